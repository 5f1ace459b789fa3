"""A failure the paste records without its reason: the agent is told exactly where to find it."""

from __future__ import annotations

from app.catalogue.catalog import Catalog
from app.reading.missing_reason import HEADLINE
from app.reading.report import FailureReport
from app.replies.analyse import analyse_paste
from app.verdict.explain import explain
from tests.conftest import DATA

PASTES = DATA / "pastes"


def test_an_invoice_payment_failed_event_names_the_ids_pages_and_commands(catalog: Catalog) -> None:
    text = (PASTES / "invoice_payment_failed_ids_only.txt").read_text()
    _, [finding] = analyse_paste(text, catalog)
    e = finding.explanation
    assert e.headline == HEADLINE and "does not say why" in e.summary
    steps = "\n".join(e.agent_steps)
    assert "https://dashboard.stripe.com/payments/ch_3InvIds0Lkdz2C01tgbyh" in steps
    assert "`stripe charges retrieve ch_3InvIds0Lkdz2C01tgbyh`" in steps
    assert "`stripe payment_intents retrieve pi_3InvIds0Lkdz2C01ujmik`" in steps
    assert "`stripe events retrieve evt_1InvIds0Lkdz2C0qazwsx`" in steps
    assert e.reply_class == "generic_decline" and e.retry == "unknown"


def test_test_mode_links_go_to_the_test_dashboard(catalog: Catalog) -> None:
    report = FailureReport(shape="setup_intent", livemode=False)
    report.ids.setup_intent, report.ids.event = "seti_1Abc", "evt_1Abc"
    steps = "\n".join(explain(report, catalog).agent_steps)
    assert "`stripe setup_intents retrieve seti_1Abc`" in steps
    assert "https://dashboard.stripe.com/test/events/evt_1Abc" in steps


def test_without_any_id_the_agent_is_told_what_to_paste_instead(catalog: Catalog) -> None:
    e = explain(FailureReport(shape="invoice"), catalog)
    assert e.headline == HEADLINE
    assert any("no charge, payment or invoice id" in step for step in e.agent_steps)


def test_a_report_with_a_code_is_not_a_missing_reason(catalog: Catalog) -> None:
    e = explain(FailureReport(shape="charge", code="card_declined"), catalog)
    assert e.headline != HEADLINE
