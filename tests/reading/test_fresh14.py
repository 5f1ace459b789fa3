"""The fourteenth start-up pass's fresh pastes (tests/data/fresh14/texts.json, written after the
changes and measured once: 108 of 108 answers in en, de and ja the same as main's): each reads
and is explained the same whether the reader's later parts are made up front or when first
asked, and whether sensitive values are found with str.find or with their pattern."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.entries import _READ_LATER
from app.reading import field_values
from app.reading.paste import read_paste
from app.reading.report import UnreadablePaste
from app.replies.analyse import findings_for
from build.languages import LOCALES
from tests.conftest import CATALOG_DB

TEXTS: list[str] = json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "fresh14" / "texts.json").read_text("utf-8")
)


def _answers(text: str, catalog: Catalog) -> list[object]:
    known = catalog.code_kinds()
    answers: list[object] = []
    for locale in LOCALES:  # every shipped language (measured once in en, de and ja)
        try:
            reading = read_paste(text, known)
        except UnreadablePaste as error:
            answers.append((error.kind, error.message, error.confidential))
            continue
        findings = findings_for(reading, catalog, locale, "email")
        answers.append((reading.warnings, reading.confidential, [f.to_json() for f in findings]))
    return answers


def test_the_fresh_set_is_whole() -> None:
    assert len(TEXTS) == 36 and len(set(TEXTS)) == 36


@pytest.mark.parametrize("index", range(len(TEXTS)))
def test_a_fresh_paste_is_answered_the_same_by_every_path(
    index: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = TEXTS[index]
    with Catalog(CATALOG_DB) as catalog:
        asked = _answers(text, catalog)
    with Catalog(CATALOG_DB) as catalog:
        known = catalog.code_kinds()
        for name in ("messages", *_READ_LATER):  # every later part made before reading
            getattr(known, name)
        monkeypatch.setattr(field_values, "_FIND_CHARS", -1)  # the values' pattern
        assert _answers(text, catalog) == asked
