"""A log of many objects: the failure is read wherever it stands, however many objects come
before it. The objects reader once stopped after 200 stretches, so a JSON-lines log's 201st
object was read only by the scanner, which warned that the complete JSON was not; the reading
is bounded by the characters it reads now, never by a count of objects that loses the failure.

Generated: 10 to 20,000 ordinary objects, the failure first, in the middle or last, in four
renderings (JSON lines, one JSON array, logfmt, JSON after a log prefix); two failures, the
sensitive one anywhere, listed first and marked confidential (DESIGN.md's invariant)."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any

import pytest

from app.catalogue.catalog import Catalog
from app.reading.paste import CUT_OFF, SCANNED
from app.replies.analyse import analyse_paste

COUNTS = (10, 199, 200, 201, 1000, 20000)
WHERE = {"first": 0.0, "middle": 0.5, "last": 1.0}
SENSITIVE = ("stolen_card", "lost_card", "fraudulent", "merchant_blacklist", "pickup_card")


def _ordinary(number: int, source: random.Random) -> dict[str, Any]:
    """One line of a service's own log: a request that went well, no failure's words."""
    return {
        "ts": f"2026-12-07T09:{number % 60:02d}:{source.randrange(60):02d}Z",
        "level": "info",
        "msg": "request finished",
        "path": f"/api/orders/{source.randrange(99999)}",
        "duration_ms": source.randrange(900),
        "status": source.choice((200, 201, 204)),
    }


def _failure(code: str) -> dict[str, Any]:
    return {
        "ts": "2026-12-07T09:30:00Z",
        "level": "error",
        "msg": "stripe error",
        "error": {"type": "card_error", "code": "card_declined", "decline_code": code},
    }


def _logfmt(entry: dict[str, Any]) -> str:
    flat = dict(entry)
    error = flat.pop("error", None)
    if error is not None:
        flat.update(
            error_type=error["type"], error_code=error["code"], decline_code=error["decline_code"]
        )
    return " ".join(f'{k}="{v}"' if " " in str(v) else f"{k}={v}" for k, v in flat.items())


def _prefixed(entry: dict[str, Any]) -> str:
    level = "ERROR" if entry["level"] == "error" else "INFO"
    return f"{entry['ts']} {level} shop.payments: {json.dumps(entry)}"


# Each rendering of a list of log entries as one paste.
RENDERINGS: dict[str, Callable[[list[dict[str, Any]]], str]] = {
    "json lines": lambda entries: "\n".join(json.dumps(e) for e in entries) + "\n",
    "a json array": lambda entries: json.dumps(entries),
    "logfmt": lambda entries: "\n".join(_logfmt(e) for e in entries) + "\n",
    "log-prefixed json": lambda entries: "\n".join(_prefixed(e) for e in entries) + "\n",
}
JSON_RENDERINGS = ("json lines", "a json array", "log-prefixed json")


def _log(rendering: str, count: int, failures: dict[float, str]) -> str:
    """`count` ordinary entries with a failure of each code put in at its place (0 first)."""
    source = random.Random(count)
    entries = [_ordinary(n, source) for n in range(count)]
    for where, code in sorted(failures.items(), reverse=True):
        entries.insert(round(where * count), _failure(code))
    return RENDERINGS[rendering](entries)


@pytest.mark.parametrize("where", list(WHERE))
@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize("rendering", list(RENDERINGS))
def test_a_failure_after_any_number_of_objects_is_read_and_marked(
    catalog: Catalog, rendering: str, count: int, where: str
) -> None:
    code = SENSITIVE[(COUNTS.index(count) + list(WHERE).index(where)) % len(SENSITIVE)]
    reading, findings = analyse_paste(_log(rendering, count, {WHERE[where]: code}), catalog)
    assert findings, (rendering, count, where)
    assert findings[0].report.decline_code == code
    assert findings[0].explanation.sensitive
    if rendering in JSON_RENDERINGS:  # complete JSON: read as objects, never warned as cut
        assert reading.parse_path != "scanner", (rendering, count, where)
        assert SCANNED not in reading.warnings and CUT_OFF not in reading.warnings


@pytest.mark.parametrize("places", [(0.0, 1.0), (1.0, 0.0), (0.5, 0.9), (0.02, 0.5)])
@pytest.mark.parametrize("count", (201, 1000, 20000))
@pytest.mark.parametrize("rendering", JSON_RENDERINGS)
def test_a_sensitive_failure_anywhere_among_many_is_listed_first_and_marked(
    catalog: Catalog, rendering: str, count: int, places: tuple[float, float]
) -> None:
    """An ordinary decline at one place, a sensitive one at the other: both read, the
    sensitive one first, marked confidential."""
    harmless, sensitive = places
    code = SENSITIVE[int(sensitive * 10) % len(SENSITIVE)]
    text = _log(rendering, count, {harmless: "insufficient_funds", sensitive: code})
    reading, findings = analyse_paste(text, catalog)
    codes = [finding.report.decline_code for finding in findings]
    assert codes[0] == code and findings[0].explanation.sensitive, (codes, places)
    assert "insufficient_funds" in codes, (codes, places)
    assert SCANNED not in reading.warnings


@pytest.mark.parametrize("count", (201, 5000))
def test_objects_past_the_first_two_hundred_that_name_no_failure_are_not_read(
    catalog: Catalog, count: int
) -> None:
    """A log of ordinary JSON lines and nothing failed reads as before: no invented failure."""
    text = RENDERINGS["json lines"]([_ordinary(n, random.Random(n)) for n in range(count)])
    try:
        _, findings = analyse_paste(text, catalog)
    except Exception as error:  # unreadable: a clear sentence is a right answer here
        assert type(error).__name__ == "UnreadablePaste"
        return
    assert not findings
