"""The reply as HTML beside its text: paragraphs, the amount in bold, every word escaped, and
the HTML's words the same as the text, so that the guard reads the same reply in both."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.catalogue.catalog import Catalog
from app.reading.paste import read_paste
from app.replies.replies import AgentDetails, reply_for
from app.replies.rich import html_text, reply_html


def test_paragraphs_lines_and_the_amount_in_bold() -> None:
    text = "Hi Jenny,\n\nYour payment of $49.99 failed.\nNo money was taken.\n\nBest regards,\nSam"
    assert reply_html(text, ["$49.99"]) == (
        "<p>Hi Jenny,</p><p>Your payment of <b>$49.99</b> failed.<br>No money was taken.</p>"
        "<p>Best regards,<br>Sam</p>"
    )


def test_words_are_escaped_and_an_amount_cannot_inject_markup() -> None:
    html = reply_html("Hi <script>alert(1)</script> & co,\n\nPaid 5 <b>", ["<b>", " "])
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp; co" in html
    assert html.count("<b>") == 1 and "<b>&lt;b&gt;</b>" in html


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40),
                min_size=1, max_size=6),
       st.text(max_size=8))
def test_the_html_reads_as_the_text(lines: list[str], amount: str) -> None:
    text = "\n".join(line.strip() for line in lines).strip()
    normal = "\n".join(line.strip() for line in text.split("\n") if line.strip())
    read = "\n".join(line for line in html_text(reply_html(text, [amount])).split("\n") if line)
    assert read == normal


@pytest.mark.parametrize("locale", ["en", "de", "ja"])
def test_a_reply_knows_its_amount_for_the_bold(catalog: Catalog, locale: str) -> None:
    paste = '{"object": "charge", "amount": 4999, "currency": "usd", "status": "failed", ' \
            '"failure_code": "card_declined", "outcome": {"reason": "insufficient_funds"}}'
    report = read_paste(paste, catalog.code_kinds()).failures[0]
    reply = reply_for(report, "insufficient_funds", catalog, locale, "email",
                      AgentDetails(customer_first_name="Jenny"))
    assert reply.bold and "49" in reply.bold[0] and reply.bold[0] in reply.text
    html = reply_html(reply.text, reply.bold)
    assert html.count("<b>") == reply.text.count(reply.bold[0]) >= 1
    assert html_text(html).split() == reply.text.split()
    chat = reply_for(report, "insufficient_funds", catalog, locale, "chat")
    assert chat.bold == reply.bold  # the same amount, whether or not the chat text names it
