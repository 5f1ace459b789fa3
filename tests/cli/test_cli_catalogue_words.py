"""`explain` and `lookup` say the reader's warnings and the CONFIDENTIAL line in the agent's
language (issue 28); the JSON keeps the reader's English warnings exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.words import Words
from app.cli import words
from app.cli.main import main
from build.languages import LOCALES
from tests.catalogue.test_translated_entries import EXPLAINING
from tests.cli.test_cli_words import in_ts

FOREIGN = [locale for locale in LOCALES if locale != "en"]
CUT = '{"error": {"type": "card_error", "code": "card_declined", "decline_code": "lost_ca'


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    words.language.cache_clear()
    main(list(args))
    return capsys.readouterr().out


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("language", FOREIGN)
def test_explain_says_the_readers_warnings_in_the_language(
    speaking: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    catalog: Catalog,
    tmp_path: Path,
    language: str,
) -> None:
    paste = tmp_path / "cut.json"
    paste.write_text(CUT, encoding="utf-8")
    english = json.loads(run(capsys, "explain", "--format", "json", str(paste)))["warnings"]
    assert english and all(w.isascii() for w in english)
    speaking.setenv("LANGUAGE", language)
    said = run(capsys, "explain", str(paste))
    for warning in english:
        ours = Words(catalog, language).warning(warning)
        assert not ours.english
        assert f"{in_ts(language, 'Note:')} {ours.text}" in said.splitlines()
        assert warning not in said
    assert json.loads(run(capsys, "explain", "--format", "json", str(paste)))["warnings"] == english


def bare(text: str) -> str:
    """Text without its white space: a wrapped Chinese line breaks between any two characters."""
    return "".join(text.split())


@pytest.mark.parametrize("language", EXPLAINING)
def test_lookup_says_confidential_title_summary_and_steps_in_the_language(
    speaking: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    catalog: Catalog,
    language: str,
) -> None:
    english = run(capsys, "lookup", "stolen_card")
    speaking.setenv("LANGUAGE", language)
    said = run(capsys, "lookup", "stolen_card")
    ours = Words(catalog, language)
    line = ours.word("confidential_forms", "lookup")
    assert not line.english and flat(line.text) in flat(said)
    assert "CONFIDENTIAL" in english and "CONFIDENTIAL" not in said
    entry = catalog.entry("decline_code", "stolen_card")
    assert entry is not None
    title = ours.entry_text("title", entry.kind, entry.code, entry.title)
    assert not title.english and title.text in said
    summary = ours.entry_text("summary", entry.kind, entry.code, entry.summary)
    steps = ours.steps(entry.agent_steps)
    assert not summary.english and steps is not None and "[EN]" not in said
    for text in (summary.text, *steps):
        assert bare(text) in bare(said), (language, text)
    start = bare(entry.summary[:40])  # the English summary: in English's lookup, not here
    assert start in bare(english) and start not in bare(said)
    assert json.loads(run(capsys, "lookup", "--format", "json", "stolen_card"))["title"] == (
        entry.title
    )
