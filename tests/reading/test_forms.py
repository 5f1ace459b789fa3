"""forms: each form a paste comes in (JSON, Python and JavaScript literals, embedded, cut off)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.reading import forms


def test_strict_json_and_nothing_else() -> None:
    assert forms.parse_json('{"error": {"code": "card_declined"}}') == {
        "error": {"code": "card_declined"}
    }
    assert forms.parse_json("{error: {code: 'card_declined'}}") is None


def test_python_literals_as_sdk_logs_print_them() -> None:
    text = "{'error': {'code': 'card_declined', 'livemode': True, 'param': None}}"
    assert forms.parse_python_literal(text) == {
        "error": {"code": "card_declined", "livemode": True, "param": None}
    }
    assert forms.parse_python_literal("__import__('os')") is None  # never evaluated


def test_javascript_literals_as_console_log_prints_them() -> None:
    text = "{\n  error: {\n    code: 'card_declined',\n    decline_code: 'expired_card',\n  },\n}"
    assert forms.parse_js_literal(text) == {
        "error": {"code": "card_declined", "decline_code": "expired_card"}
    }


def test_json_inside_a_log_line_is_found() -> None:
    parsed = forms.parse_embedded(
        '2026-01-02 ERROR stripe: {"error": {"code": "expired_card"}} (request req_1)'
    )
    assert parsed is not None and parsed.objects == [{"error": {"code": "expired_card"}}]
    assert parsed.path == "json" and not parsed.cut_off


def test_cut_off_json_keeps_what_was_complete() -> None:
    completed = forms.complete_json('{"error": {"type": "card_error", "code": "card_dec')
    assert completed == {"error": {"type": "card_error"}}


def test_nesting_past_the_limit_is_refused() -> None:
    assert forms.depth_of([[[1]]]) == 3
    deep = "[" * (forms.MAX_DEPTH + 5) + "]" * (forms.MAX_DEPTH + 5)
    assert forms.depth_of(forms.parse_json("[" * 3 + "]" * 3)) == 3
    with pytest.raises(forms.TooDeep):
        forms.parse_json(deep)


def _segments_char_by_char(text: str) -> list[tuple[int, int, bool]]:
    """The reference: every character looked at in turn (segments() skips ordinary ones)."""
    depth, start, quote, escaped, found = 0, -1, "", False, []
    for index, char in enumerate(text):
        if quote:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char in (quote, "\n"):
                quote = ""
            continue
        if char in "\"'" and depth:
            quote = char
        elif char in "{[":
            start = index if depth == 0 else start
            depth += 1
        elif char in "}]" and depth:
            depth -= 1
            if depth == 0:
                found.append((start, index + 1, True))
    if depth and start >= 0:
        found.append((start, len(text), False))
    return found


@given(st.text(alphabet="{}[]\"'\\\nab :,", max_size=60))
def test_segments_skipping_ordinary_characters_finds_the_same_stretches(text: str) -> None:
    from app.reading.forms import segments

    assert list(segments(text)) == _segments_char_by_char(text)
