"""A code stands wherever a word can start: at the very start of the paste, or after any
character that ends a word (a space, a line end, a quote, `=`, a bracket, a slash, Japanese).
The sweep now looks for codes from the character before them, and a log's repeated pairs and
bracketed stretches are read once (branch perf11): none of them may lose a code. Written after
those changes as a held-out set of 41 cases: 39 right on the first run, on this branch and on
its base alike; the other two were this file's mistake (a code glued to a date's digit)."""

from __future__ import annotations

import pytest

from app.reading.paste import CUT_OFF, read_paste
from app.reading.report import CodeKinds
from app.reading.sweep import codes_in
from tests.reading.conftest import failures_of

EDGES = ("", " ", "\n", "\t", '"', "'", "=", ":", "(", "[", "/", ">", "\u3002", "\u306f", "\\")
FORMS = {
    "pickup_card": ("pickup_card", "PICKUP_CARD", "pickupCard", "pickup-card"),
    "do_not_honor": ("do not honor", "Do Not Honor", "do-not-honor", "DO_NOT_HONOR"),
}


@pytest.mark.parametrize("edge", EDGES, ids=repr)
@pytest.mark.parametrize("code", list(FORMS))
def test_a_code_right_after_a_word_edge_is_read(known: CodeKinds, code: str, edge: str) -> None:
    for form in FORMS[code]:
        first = f"{edge}{form} was the reason the bank gave."
        middle = f"Agent note, 2026-12-07{edge}{form} was the reason the bank gave."
        assert code in codes_in(first, known), (edge, form, "first")
        # Without an edge the code is glued to the date's digit: no word starts there.
        assert (code in codes_in(middle, known)) == bool(edge), (edge, form, "middle")


@pytest.mark.parametrize("glued", ["x", "9", "_"])
def test_a_phrase_glued_to_a_letter_or_digit_is_no_code(known: CodeKinds, glued: str) -> None:
    assert "do_not_honor" not in codes_in(f"Note: re{glued}do not honor me", known)


def _logfmt(lines: int, failure: str, at: int) -> str:
    rows = [
        f"2026-12-07T10:{i % 60:02d}:00Z heroku[router]: at=info method=POST status=200 "
        f"path=/api/checkout request_id=a{i:06x} bytes={i % 900}\n"
        for i in range(lines)
    ]
    rows.insert(at, failure + "\n")
    return "".join(rows)


@pytest.mark.parametrize("at", [0, 1_000, 2_999])
def test_a_decline_among_thousands_of_repeated_pairs_is_read(known: CodeKinds, at: int) -> None:
    text = _logfmt(3_000, "app[web.1]: code=card_declined decline_code=pickup_card", at)
    failures = failures_of(text, known)
    assert failures and failures[0].decline_code == "pickup_card"


def test_the_first_message_of_repeated_keys_is_kept(known: CodeKinds) -> None:
    first = "app[web.1]: code=card_declined message=Your card was declined."
    text = _logfmt(2_000, first, 10) + "app[web.1]: message=Your card has expired.\n"
    failures = failures_of(text, known)
    assert failures and (failures[0].message or "").startswith("Your card was declined")


@pytest.mark.parametrize("bracket", ["[INFO]", "{worker-3}", "[a\nb]", "[x\\y]"], ids=repr)
def test_an_object_after_many_bracketed_stretches_is_read(known: CodeKinds, bracket: str) -> None:
    error = (
        '{"error": {"type": "card_error", "code": "card_declined", "decline_code": "pickup_card"}}'
    )
    text = f"{bracket} request ok\n" * 2_000 + f"{bracket} failed {error}\n"
    failures = failures_of(text, known)
    assert failures and failures[0].decline_code == "pickup_card"
    cut = f"{bracket} request ok\n" * 2_000 + f'{bracket} failed {error[:-2]}, "param": "x"'
    reading = read_paste(cut, known)
    assert CUT_OFF in reading.warnings
