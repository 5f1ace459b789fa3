"""Fresh pastes for the other-processor check (tests/data/processors/fresh_startup11c.toml):
another processor's error with its API's host or SDK class and none of Stripe's words is theirs;
a Stripe paste, alone, naming another processor in a sentence or standing beside that
processor's machinery, is read. The misses the file marks are the reading's still to fix."""

from __future__ import annotations

import tomllib

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds, UnreadablePaste
from tests.conftest import DATA

CASES = tomllib.loads((DATA / "processors" / "fresh_startup11c.toml").read_text(encoding="utf-8"))[
    "case"
]


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            case,
            id=f"{number:02d}",
            marks=[pytest.mark.xfail(strict=True, reason=case["miss"])] if "miss" in case else [],
        )
        for number, case in enumerate(CASES)
    ],
)
def test_a_fresh_paste_is_theirs_or_read_as_stripes(case: dict[str, str], known: CodeKinds) -> None:
    if case["expected"] == "theirs":
        with pytest.raises(UnreadablePaste) as raised:
            read_paste(case["text"], known)
        assert "not from Stripe" in raised.value.message
    else:
        assert case["expected"] == "read"
        assert read_paste(case["text"], known).failures
