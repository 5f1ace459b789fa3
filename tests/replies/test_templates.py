"""The reply template language: optional parts, plain-text values, clear errors."""

from __future__ import annotations

import pytest

from app.replies.templates import TemplateError, clean_value, parse, placeholders, render

SENTENCE = "Your payment[[ of {amount}]][[ on {payment_date}]] was declined."


def test_optional_parts_disappear_without_a_trace() -> None:
    lines = parse(SENTENCE)
    assert render(lines, {}) == "Your payment was declined."
    assert render(lines, {"amount": "$5.00"}) == "Your payment of $5.00 was declined."
    assert render(lines, {"amount": "$5.00", "payment_date": "May 1, 2026"}) == (
        "Your payment of $5.00 on May 1, 2026 was declined."
    )
    assert render(lines, {"amount": "  "}) == "Your payment was declined."


def test_a_line_left_empty_by_missing_values_is_removed() -> None:
    lines = parse("Best regards,\n[[{agent_name}]]\n[[{company}]]")
    assert render(lines, {"company": "Acme"}) == "Best regards,\nAcme"
    assert render(lines, {}) == "Best regards,"


@pytest.mark.parametrize(
    "value",
    [
        "Stolen {amount}",
        "[[{company}]]",
        "{",
        "}}",
        "<b>fraud</b>",
        "%s %(amount)s {0}",
        "x" * 10_000,
    ],
)
def test_values_are_inserted_as_plain_text(value: str) -> None:
    assert render(parse("Hi[[ {customer_first_name}]],"), {"customer_first_name": value}) == (
        f"Hi {value},"
    )


def test_invisible_direction_marks_and_line_breaks_are_taken_out_of_values() -> None:
    value = "Ann\u202eeil\u202c\nSmith\x00"
    assert clean_value(value) == "Anneil Smith"
    assert render(parse("Hi[[ {customer_first_name}]],"), {"customer_first_name": value}) == (
        "Hi Anneil Smith,"
    )


@pytest.mark.parametrize(
    "template, message",
    [
        ("Hi {name}", "{name} is not a known placeholder"),
        ("Hi [[{amount}", "is not closed"),
        ("Hi {amount}]]", "never opened"),
        ("[[a [[{amount}]] b]]", "cannot be nested"),
        ("[[no placeholder]]", "needs a placeholder"),
        ("a { b", "lone {"),
    ],
)
def test_malformed_templates_say_what_is_wrong(template: str, message: str) -> None:
    with pytest.raises(TemplateError, match=message.replace("[", r"\[").replace("{", r"\{")):
        parse(template)


def test_placeholders_lists_the_names_used() -> None:
    assert placeholders(SENTENCE) == {"amount", "payment_date"}


def test_variants_show_each_optional_part_left_out_and_filled_in() -> None:
    from app.replies.templates import variants

    texts = variants("It is sto[[{customer_first_name}]]len[[ for {amount}]].")
    assert texts[0] == "It is stoAlexlen for $49.99.\n"
    assert "It is stolen.\n" in texts and "It is stolen for $49.99.\n" in texts
    assert len(texts) == 4


def test_variant_windows_keep_whole_words_around_the_part_that_changed() -> None:
    from app.replies.templates import variants

    long = "Thank you for your message, we looked into it carefully. " * 5
    texts = variants(long + "Almost[[ {amount}]] lost[[ for {payment_date}]]." + long, radius=10)
    assert texts[0].startswith(long) and len(texts[1]) > len(long)  # first two: whole texts
    windows = texts[2:]
    assert windows and all(len(w) < 60 for w in windows)
    assert windows == ["$49.99 lost.Thank you", "carefully. Almost lost for 3"]
