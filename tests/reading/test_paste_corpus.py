"""The fixture corpus: real shapes and forms of pasted failures, each with the fields it must give.

tests/data/pastes/NAME.txt is a paste; NAME.expected.json says what must be read from it:
`failures` (in order; each lists fields of the FailureReport, `outcome` and `ids` by subset),
optionally `path` (how it was parsed) and `warnings` (`cut_off`, `nothing_failed`), or
`unusable` (the kind of UnreadablePaste it must raise).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.catalogue.catalog import Catalog
from app.reading.nothing_failed import NOTHING_FAILED
from app.reading.paste import CUT_OFF, read_paste
from app.reading.report import FailureReport, UnreadablePaste

PASTES = Path(__file__).parent.parent / "data" / "pastes"
CASES = sorted(p.name.removesuffix(".txt") for p in PASTES.glob("*.txt"))
# An invoice of API 2025-03-31 on names no PaymentIntent or Charge: the warning says where to look.
WARNINGS = {
    "cut_off": CUT_OFF,
    "nothing_failed": NOTHING_FAILED,
    "reason_on_payment": "Since API version 2025-03-31 an invoice names neither",
}


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 40
    assert all((PASTES / f"{name}.expected.json").is_file() for name in CASES)


def _check(report: FailureReport, expected: dict[str, Any], where: str) -> None:
    for key, value in expected.items():
        if key == "outcome":
            assert report.outcome is not None, f"{where}: no outcome"
            for name, wanted in value.items():
                assert getattr(report.outcome, name) == wanted, f"{where}: outcome.{name}"
        elif key == "ids":
            found = report.ids.as_dict()
            for name, wanted in value.items():
                assert found.get(name) == wanted, f"{where}: ids.{name} is {found.get(name)!r}"
        else:
            assert getattr(report, key) == value, (
                f"{where}: {key} is {getattr(report, key)!r}, expected {value!r}"
            )


@pytest.mark.parametrize("name", CASES)
def test_paste_gives_the_expected_fields(name: str, catalog: Catalog) -> None:
    text = (PASTES / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((PASTES / f"{name}.expected.json").read_text(encoding="utf-8"))
    known = catalog.code_kinds()
    if "unusable" in expected:
        with pytest.raises(UnreadablePaste) as raised:
            read_paste(text, known)
        assert raised.value.kind == expected["unusable"]
        assert raised.value.message.endswith(".") and "\n" not in raised.value.message
        return
    reading = read_paste(text, known)
    if "path" in expected:
        assert reading.parse_path == expected["path"]
    for tag in expected.get("warnings", []):
        assert any(w.startswith(WARNINGS[tag]) for w in reading.warnings), reading.warnings
    if "cut_off" not in expected.get("warnings", []):
        assert CUT_OFF not in reading.warnings
    assert len(reading.failures) == len(expected["failures"]), [
        (r.shape, r.code, r.decline_code) for r in reading.failures
    ]
    for number, (report, wanted) in enumerate(
        zip(reading.failures, expected["failures"], strict=True)
    ):
        _check(report, wanted, f"{name} failure {number + 1}")
