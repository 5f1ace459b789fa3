"""The reply as HTML for a helpdesk editor: its text is the plain reply's, every character of
it escaped, and only the amount the catalogue formatted is set in bold."""

from __future__ import annotations

import re

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import CHANNELS
from app.reading.report import FailureReport, Ids
from app.replies.replies import AgentDetails, reply_for
from app.replies.rich import bold_values, html_text, reply_html

HOSTILE = [
    "<script>alert(1)</script>",
    "<b>bold</b> & <i>it</i>",
    "quote \" and ' and `",
    "&amp; &lt;p&gt; entities",
    "<p>a paragraph</p><br>",
    "<!-- comment --> <![CDATA[x]]>",
    "émoji 🙂 and 日本語",
]


def report(amount: int = 4999, currency: str = "eur") -> FailureReport:
    return FailureReport(
        shape="charge",
        amount=amount,
        currency=currency,
        card_brand="visa",
        card_last4="4242",
        created=1_767_225_600,
        ids=Ids(charge="ch_1"),
        error_type="card_error",
        code="card_declined",
        decline_code="insufficient_funds",
    )


def test_every_shipped_reply_reads_the_same_as_html(catalog: Catalog) -> None:
    """Every reply class, language and channel: the HTML's text is the plain text exactly, in
    paragraphs, with the amount in bold wherever the reply says it."""
    agent = AgentDetails("Jenny", "Sam", "Acme", None)
    classes = sorted(set(catalog.vocabulary("reply_classes")))
    assert classes
    checked = 0
    for locale in catalog.reply_locales():
        for channel in CHANNELS:
            for reply_class in classes:
                failure = report()
                text = reply_for(failure, reply_class, catalog, locale, channel, agent).text
                bold = bold_values(failure, catalog, locale)
                markup = reply_html(text, bold)
                assert html_text(markup) == text, (locale, channel, reply_class)
                paragraphs = [p for p in text.split("\n\n") if p.strip()]
                assert markup.count("<p>") == len(paragraphs)
                assert markup.count("<b>") == sum(text.count(b) for b in bold)
                checked += 1
    assert checked == len(catalog.reply_locales()) * len(CHANNELS) * len(classes)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_text_never_becomes_markup(hostile: str) -> None:
    """A reply edited to hold tags or entities pastes as those characters, never as HTML."""
    text = f"Hi {hostile},\n\nYour payment of $49.99 failed.\n{hostile}\n\nBest,\nSam"
    markup = reply_html(text, ["$49.99"])
    assert html_text(markup) == text
    tags = re.findall(r"<(/?\w+)", markup)
    assert set(tags) <= {"meta", "p", "/p", "br", "b", "/b"}


def test_only_the_values_given_are_bold() -> None:
    markup = reply_html("Your payment of €49.99 on 1 May. €49.99 again; 49.99 alone.", ["€49.99"])
    assert markup.count("<b>€49.99</b>") == 2
    assert "<b>49.99</b>" not in markup


def test_the_amount_is_bold_in_every_language(catalog: Catalog) -> None:
    """Set in bold as the reply writes it (CLDR's no-break spaces become plain ones there)."""
    for locale in catalog.reply_locales():
        failure = report()
        text = reply_for(failure, "insufficient_funds", catalog, locale, "email").text
        bold = bold_values(failure, catalog, locale)
        assert bold and bold[0] in text, locale
        assert "<b>" in reply_html(text, bold)


def test_bold_values_come_from_the_catalogue_format_not_the_paste(catalog: Catalog) -> None:
    assert bold_values(report(4999, "eur"), catalog, "en") == ("€49.99",)
    assert bold_values(report(500, "isk"), catalog, "en")[0].startswith("ISK")
    assert bold_values(report(4999, "zzz"), catalog, "en") == ()  # a currency CLDR lacks
    failure = report()
    failure.amount = None
    assert bold_values(failure, catalog, "en") == ()


def test_line_breaks_stay_inside_a_paragraph() -> None:
    markup = reply_html("Best regards,\nSam\n\n\n\nP.S. one more", [])
    assert markup.endswith("<p>Best regards,<br>Sam</p><p>P.S. one more</p>")
