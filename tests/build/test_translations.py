"""The window's translations: one .ts per language of resources/languages.toml but English,
each text of the window translated in each, with its placeholders and Alt+letter kept, and the
files up to date with the code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from build.languages import LOCALES
from build.translations import (
    FOLDER,
    compile_all,
    languages,
    messages,
    placeholders,
    problems,
    ts_file,
    update,
)


def test_every_language_but_the_source_has_a_ts_file() -> None:
    assert set(languages()) == set(LOCALES) - {"en"}
    assert {p.name for p in FOLDER.glob("*.ts")} == {ts_file(code).name for code in languages()}


@pytest.mark.parametrize("language", languages())
def test_every_text_is_translated_with_its_placeholders(language: str) -> None:
    ts = ts_file(language)
    found = messages(ts)
    assert len(found) > 250  # the whole window, not a sample
    assert problems(ts) == []
    # A translation is the language's own words, not the English left in place: only names,
    # codes and symbols may stay as they are.
    same = [m.source for m in found if m.translation == m.source]
    assert len(same) <= 12, same
    for message in found:
        assert placeholders(message.translation) == placeholders(message.source)


def test_a_damaged_translation_is_named(tmp_path: Path) -> None:
    ts = tmp_path / "declinedesk_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="xx">'
        "<context><name>Menus</name>"
        "<message><source>&amp;File</source><translation>Datei</translation></message>"
        "<message><source>Catalogue {version}</source><translation>Katalog</translation>"
        "</message>"
        '<message><source>Open</source><translation type="unfinished"></translation>'
        "</message></context></TS>\n",
        encoding="utf-8",
    )
    found = problems(ts)
    assert len(found) == 3
    assert "&" in found[0] and "placeholders" in found[1] and "not translated" in found[2]


@pytest.mark.slow
def test_the_ts_files_hold_every_text_of_the_code(tmp_path: Path) -> None:
    """pyside6-lupdate over app/ui finds nothing the .ts files lack, and nothing they have
    that the code lost: a text added to the window fails here until it is translated."""
    for language in languages():
        shutil.copy(ts_file(language), tmp_path)
    update(tmp_path)
    for language in languages():
        fresh = {(m.context, m.source) for m in messages(ts_file(language, tmp_path))}
        kept = {(m.context, m.source) for m in messages(ts_file(language))}
        assert fresh == kept, language
        assert problems(ts_file(language, tmp_path)) == []


def test_every_ts_file_compiles(tmp_path: Path) -> None:
    built = compile_all(tmp_path)
    assert sorted(p.stem for p in built) == sorted(ts_file(c).stem for c in languages())
    assert all(p.stat().st_size > 10_000 for p in built)
