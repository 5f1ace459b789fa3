"""Reads one input of a command (a file or standard input, never more than a limit), and the
sentences about an input for people: English in JSON output, the agent's language on a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable

from app import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate where it is written; `said()` translates it when shown."""
    return text


class Sentence(str):
    """English as a str (the JSON contract's `message`); `said()` in the agent's language."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> Sentence:
        made = super().__new__(cls, template.format(**values))
        made.template, made.values = template, values
        return made

    def said(self) -> str:
        from app.cli.words import translate  # the words are read only when one is printed

        return translate("Cli", self.template).format(**self.values)


def said(text: str) -> str:
    """`text` for a person: a Sentence in the agent's language, any other text as it is."""
    return text.said() if isinstance(text, Sentence) else text


def read_limited(name: str, limit: int, fail: Callable[[Any, str], Exception]) -> bytes:
    """At most `limit` bytes of a file, or of standard input for "-"; a file that cannot be read
    raises `fail("file", sentence)` (each command has its own exception for unusable input)."""
    try:
        if name == "-":
            return sys.stdin.buffer.read(limit)
        with open(name, "rb") as handle:
            return handle.read(limit)
    except FileNotFoundError:
        raise fail(
            "file", Sentence(QT_TRANSLATE_NOOP("Cli", "There is no file named {name}."), name=name)
        ) from None
    except IsADirectoryError:
        raise fail(
            "file", Sentence(QT_TRANSLATE_NOOP("Cli", "{name} is a folder, not a file."), name=name)
        ) from None
    except OSError as error:
        sentence = QT_TRANSLATE_NOOP("Cli", "{name} cannot be read ({reason}).")
        raise fail("file", Sentence(sentence, name=name, reason=error.strerror)) from None
