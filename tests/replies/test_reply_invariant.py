"""DESIGN.md's promise, proved over every code, kind, language and channel: a sensitive reason
never reaches the customer, and no free text of the paste ever does."""

from __future__ import annotations

import re

import pytest

from app.catalogue.catalog import KINDS, Catalog, CatalogEntry
from app.catalogue.vocabulary import CHANNELS
from app.reading.report import FailureReport, Ids, Outcome
from app.replies.guard import Guard
from app.replies.replies import AgentDetails, Reply, reply_for
from app.verdict.explain import explain
from build.languages import LOCALES
from tests.conftest import DESIGN_SENSITIVE

FREE_TEXT = "QZX-free-text-from-the-paste"
AGENT = AgentDetails(
    customer_first_name="Maria", agent_name="Sam Lee", company="Acme Shop", sign_off=None
)


def report_for(entry: CatalogEntry, **payload: object) -> FailureReport:
    """A realistic failure carrying `entry`'s code where Stripe puts that kind of code."""
    report = FailureReport(
        shape="charge",
        message=FREE_TEXT,
        amount=129_900,
        currency="jpy",
        card_brand="visa",
        card_last4="4242",
        created=1_767_225_600,
        livemode=True,
        ids=Ids(charge="ch_1"),
    )
    outcome = Outcome(seller_message=FREE_TEXT)
    kind, code = entry.kind, entry.code
    if kind == "decline_code":
        report.error_type, report.code, report.decline_code = "card_error", "card_declined", code
        outcome.type, outcome.reason = "issuer_declined", code
    elif kind == "error_code":
        report.error_type, report.code = "invalid_request_error", code
    elif kind == "error_type":
        report.error_type = code
    elif kind == "advice_code":
        report.code, report.decline_code, report.advice_code = (
            "card_declined",
            "generic_decline",
            code,
        )
    elif kind == "outcome_type":
        outcome.type = code
    elif kind == "network_status":
        outcome.network_status = code
    elif kind == "risk_level":
        outcome.risk_level = code
    elif kind == "outcome_reason":
        outcome.type, outcome.reason = "blocked", code
    elif kind == "network_decline_code":
        report.code, report.network_decline_code = "card_declined", code
    elif kind == "network_advice_code":
        report.code, report.network_advice_code = "card_declined", code
    report.outcome = outcome
    for name, value in payload.items():
        setattr(report, name, value)
    return report


@pytest.fixture(scope="module")
def entries(catalog: Catalog) -> list[CatalogEntry]:
    found = list(catalog.entries())
    assert {e.kind for e in found} == set(KINDS)
    return found


def generic(report: FailureReport, catalog: Catalog, locale: str, channel: str) -> Reply:
    return reply_for(report, "generic_decline", catalog, locale, channel, AGENT)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("channel", CHANNELS)
def test_every_code_renders_safely(
    catalog: Catalog, entries: list[CatalogEntry], guard: Guard, locale: str, channel: str
) -> None:
    sensitive_seen = 0
    for entry in entries:
        report = report_for(entry)
        explanation = explain(report, catalog)
        reply = reply_for(report, explanation.reply_class, catalog, locale, channel, AGENT)
        where = f"{entry.kind}.{entry.code} {locale}/{channel}"
        assert reply.text.strip(), where
        assert not re.search(r"\{\w*\}|\[\[|\]\]", reply.text), f"{where}: placeholder left"
        assert FREE_TEXT not in reply.text, f"{where}: free text of the paste in the reply"
        if entry.sensitive:
            sensitive_seen += 1
            assert explanation.sensitive and explanation.reply_class == "generic_decline", where
        if explanation.sensitive:
            assert reply.text == generic(report, catalog, locale, channel).text, where
            assert explanation.confidential, where
        else:
            assert not guard.revealing_words(reply.text, locale), where
    assert sensitive_seen == 22  # DESIGN.md's 16 and issue 17's 6


def test_the_sensitive_set_is_designs_list(entries: list[CatalogEntry]) -> None:
    assert {(e.kind, e.code) for e in entries if e.sensitive} == DESIGN_SENSITIVE


@pytest.mark.parametrize("locale", LOCALES)
def test_a_harmless_code_with_a_sensitive_signal_is_still_generic(
    catalog: Catalog, locale: str
) -> None:
    # insufficient_funds, but the network code says "stolen" (43) or Stripe blocked it.
    for extra in ({"network_decline_code": "43"}, {"outcome": Outcome(type="blocked")}):
        entry = catalog.entry("decline_code", "insufficient_funds")
        assert entry is not None
        report = report_for(entry, **extra)
        explanation = explain(report, catalog)
        assert explanation.sensitive and explanation.reply_class == "generic_decline"
        for channel in CHANNELS:
            reply = reply_for(report, explanation.reply_class, catalog, locale, channel, AGENT)
            assert reply.text == generic(report, catalog, locale, channel).text


HOSTILE = [
    "Stolen {amount}",
    "[[{company}]] fraud",
    "<script>alert(1)</script>",
    "\u202eenilceD",
    "x" * 10_000,
    "{card_last4}",
    "%s%n",
    "Ｓｔｏｌｅｎ",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_render_literally_and_cannot_change_the_reply(
    catalog: Catalog, value: str
) -> None:
    stolen = catalog.entry("decline_code", "stolen_card")
    funds = catalog.entry("decline_code", "insufficient_funds")
    assert stolen and funds
    for entry in (stolen, funds):
        report = report_for(entry, card_brand=value)
        explanation = explain(report, catalog)
        assert explanation.reply_class == (
            "generic_decline" if entry.sensitive else "insufficient_funds"
        )
        agent = AgentDetails(customer_first_name=value, agent_name=value, company=value)
        for locale in LOCALES:
            for channel in CHANNELS:
                reply = reply_for(report, explanation.reply_class, catalog, locale, channel, agent)
                cleaned = value.replace("\u202e", "")
                if channel == "email":
                    assert cleaned in reply.text
                assert reply.reply_class == explanation.reply_class
