"""argparse's own words in every window language (resources/i18n/argparse-words.toml): each is
still a text of this Python's argparse, every text argparse says to people is there, and each
translation keeps its %-placeholders."""

from __future__ import annotations

import argparse
import ast
import inspect
import tomllib

import pytest

from build.translations import ARGPARSE_WORDS, argparse_words, languages, placeholders


def argparse_texts() -> set[str]:
    """Every literal text this Python's argparse passes to `_()` or `ngettext()`."""
    found = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("_", "ngettext"):
            for argument in node.args:
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    found.add(argument.value)
    return found


def test_every_text_argparse_says_is_translated_or_is_for_programmers() -> None:
    data = tomllib.loads(ARGPARSE_WORDS.read_text(encoding="utf-8"))
    ours, for_programmers = set(data["words"]), set(data["not_for_people"])
    said = argparse_texts()
    assert len(said) > 30
    assert said - ours - for_programmers == set()  # a new Python's new text fails here
    assert ours - said == set() and for_programmers - said == set()  # none is stale
    assert not ours & for_programmers


@pytest.mark.parametrize("language", languages())
def test_each_word_is_in_every_language_with_its_placeholders(language: str) -> None:
    same = []
    for text, translations in argparse_words().items():
        translated = translations[language]
        assert translated.strip(), (language, text)
        if translated == text:  # French "options", Dutch "argument": the same word
            same.append(text)
        assert placeholders(translated) == placeholders(text), (language, text)
        assert translated.endswith("\n") == text.endswith("\n")
    assert len(same) <= 2, same
