"""argparse in the agent's language: its own words ("usage:", "error:", "invalid choice") and
our help texts are translated when help or an error is printed, never while a command runs.

Python ships no translations of argparse: resources/i18n/argparse-words.toml holds them, and the
build step compiles them into each .qm file under the context "argparse".
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

ARGPARSE = "argparse"


def gettext(text: str) -> str:
    """argparse's `_()`: its own words in the agent's language."""
    from app.cli.words import translate

    return translate(ARGPARSE, text)


def ngettext(singular: str, plural: str, count: int) -> str:
    return gettext(singular if count == 1 else plural)


def said(text: str) -> str:
    """A help text: each line is one sentence of ours ("Cli") or of argparse's own words."""
    from app.cli.words import translate

    lines = (translate("Cli", line) for line in text.split("\n"))
    return " ".join(gettext(line) for line in lines)


@contextmanager
def speaking() -> Iterator[None]:
    """argparse's words in the agent's language while it parses (its errors) or prints help."""
    # setattr/getattr: typeshed declares neither argparse._ nor argparse.ngettext.
    before = {name: getattr(argparse, name) for name in ("_", "ngettext")}
    setattr(argparse, "_", gettext)  # noqa: B010
    setattr(argparse, "ngettext", ngettext)  # noqa: B010
    try:
        yield
    finally:
        for name, value in before.items():
            setattr(argparse, name, value)


class Formatter(argparse.HelpFormatter):
    """Translates help texts, descriptions and section titles as they are printed."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return said(action.help) if action.help else action.help

    def add_text(self, text: str | None) -> None:
        super().add_text(said(text) if text and text != argparse.SUPPRESS else text)

    def _split_lines(self, text: str, width: int) -> list[str]:
        """A help line in Chinese, Japanese or Korean wrapped by columns (two a character)."""
        from app.cli.columns import has_wide, wrap

        return wrap(text, width) if has_wide(text) else super()._split_lines(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        from app.cli.columns import fill, has_wide

        if not has_wide(text):
            return super()._fill_text(text, width, indent)
        return fill(text, width, indent, indent)

    def start_section(self, heading: str | None) -> None:
        super().start_section(gettext(heading) if heading else heading)


class SpeakingParser(argparse.ArgumentParser):
    """An ArgumentParser (and its subcommands') that speaks the agent's language to people."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)

    def parse_args(  # type: ignore[override]
        self, args: Any = None, namespace: Any = None
    ) -> argparse.Namespace:
        with speaking():  # "unrecognized arguments" is said here, after parse_known_args
            return super().parse_args(args, namespace)

    def parse_known_args(  # type: ignore[override]
        self, args: Any = None, namespace: Any = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with speaking():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with speaking():
            return super().format_usage()

    def format_help(self) -> str:
        with speaking():
            return super().format_help()
