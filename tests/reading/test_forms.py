"""forms: each form a paste comes in (JSON, Python and JavaScript literals, embedded, cut off)."""

from __future__ import annotations

import pytest

from app.reading import forms


def test_strict_json_and_nothing_else() -> None:
    assert forms.parse_json('{"error": {"code": "card_declined"}}') == {
        "error": {"code": "card_declined"}}
    assert forms.parse_json("{error: {code: 'card_declined'}}") is None


def test_python_literals_as_sdk_logs_print_them() -> None:
    text = "{'error': {'code': 'card_declined', 'livemode': True, 'param': None}}"
    assert forms.parse_python_literal(text) == {
        "error": {"code": "card_declined", "livemode": True, "param": None}}
    assert forms.parse_python_literal("__import__('os')") is None  # never evaluated


def test_javascript_literals_as_console_log_prints_them() -> None:
    text = "{\n  error: {\n    code: 'card_declined',\n    decline_code: 'expired_card',\n  },\n}"
    assert forms.parse_js_literal(text) == {
        "error": {"code": "card_declined", "decline_code": "expired_card"}}


def test_json_inside_a_log_line_is_found() -> None:
    parsed = forms.parse_embedded(
        '2026-01-02 ERROR stripe: {"error": {"code": "expired_card"}} (request req_1)')
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
