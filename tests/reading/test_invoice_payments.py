"""Invoices of API version 2025-03-31 on, which name no PaymentIntent or Charge, and Payment
Records: the agent is told where the reason is, or reads it where Stripe put it (issue 22, item 6).
Shapes from Stripe's API reference (The Invoice Payment object; The Payment Record object) and
the changelog entry "Adds support for multiple (partial) payments on invoices" (2025-03-31)."""

from __future__ import annotations

import json

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.words import Words
from app.cli import main as cli
from app.reading.missing_reason import HEADLINE
from app.replies.analyse import analyse_paste
from app.replies.replies import payload_values, render_reply
from app.verdict.said import in_language
from build.languages import LOCALES
from tests.conftest import DATA

PASTES = DATA / "pastes"
WEBHOOK = PASTES / "invoice_payment_failed_basil_webhook.txt"


def test_a_new_shape_invoice_says_where_its_reason_is(
    catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    reading, [finding] = analyse_paste(WEBHOOK.read_text(), catalog)
    e = finding.explanation
    assert e.headline == HEADLINE
    assert "2025-03-31" in e.summary and "payments.data[].payment.payment_intent" in e.summary
    steps = "\n".join(e.agent_steps)
    assert (
        "`stripe invoice_payments list --invoice in_1BasilWh0Lkdz2C0ijnuhb --expand "
        "data.payment.payment_intent`"
    ) in steps
    assert e.reply_class == "generic_decline" and e.retry == "unknown"  # nothing guessed
    [warning] = [w for w in reading.warnings if "2025-03-31" in w]
    assert "InvoicePayment" in warning
    # The same words reach `explain --format json`'s warnings.
    assert cli.main(["explain", "--format", "json", str(WEBHOOK)]) == 0
    result = json.loads(capsys.readouterr().out.splitlines()[0])
    assert warning in result["warnings"]


def test_a_new_shape_invoice_that_names_its_payment_points_at_it(catalog: Catalog) -> None:
    text = (PASTES / "invoice_payment_failed_basil_api.txt").read_text()
    reading, [finding] = analyse_paste(text, catalog)
    assert any("PaymentIntent pi_3Basil0Lkdz2C01poiuyt" in w for w in reading.warnings)
    assert "pi_3Basil0Lkdz2C01poiuyt" in finding.explanation.summary
    assert any(
        "`stripe payment_intents retrieve pi_3Basil0Lkdz2C01poiuyt`" in step
        for step in finding.explanation.agent_steps
    )


@pytest.mark.parametrize(
    "name", ["invoice_payment_failed_ids_only", "invoice_payment_failed_2014_api"]
)
def test_an_old_shape_invoice_gets_no_such_warning(catalog: Catalog, name: str) -> None:
    reading, _ = analyse_paste((PASTES / f"{name}.txt").read_text(), catalog)
    assert not any("2025-03-31" in w for w in reading.warnings)


def test_an_expanded_invoice_payment_is_explained_by_its_own_decline(catalog: Catalog) -> None:
    text = (PASTES / "invoice_basil_expanded_payment.txt").read_text()
    reading, [finding] = analyse_paste(text, catalog)
    e = finding.explanation
    assert e.headline == "Card declined: not enough money on the card"
    assert e.reply_class == "insufficient_funds" and e.retry == "later"
    assert not any("2025-03-31" in w for w in reading.warnings)
    assert "$120.00" in finding.reply.text


def test_a_failed_payment_record_reads_the_network_codes_on_its_card(catalog: Catalog) -> None:
    _, [finding] = analyse_paste((PASTES / "payment_record_failed.txt").read_text(), catalog)
    e = finding.explanation
    assert (e.retry, e.who_acts) == ("never", "customer")  # Mastercard 03: stop
    assert any(
        note.startswith("Network advice code 03 (Mastercard) decides the retry") for note in e.notes
    )
    assert e.verdict is not None and e.verdict.for_customer == (
        "Ask for another card or payment method"
    )
    assert finding.report.customer_name == "Jo Bloggs"  # the window greets "Hi Jo,"


def test_an_invoice_paid_by_a_payment_record_reads_the_record(catalog: Catalog) -> None:
    text = (PASTES / "invoice_basil_payment_record.txt").read_text()
    _, [finding] = analyse_paste(text, catalog)
    e = finding.explanation
    assert e.retry == "never" and e.reply_class == "payment_stopped"  # Visa R1: a stop order


def test_a_payment_record_without_codes_points_at_the_record(catalog: Catalog) -> None:
    record = json.loads((PASTES / "payment_record_failed.txt").read_text())
    del record["payment_method_details"]["card"]["network_decline_code"]
    del record["payment_method_details"]["card"]["network_advice_code"]
    _, [finding] = analyse_paste(json.dumps(record), catalog)
    e = finding.explanation
    assert e.headline == HEADLINE
    assert any(
        "`stripe payment_records retrieve pr_5RV730PrHyAEiFail01`" in step for step in e.agent_steps
    )


def test_a_payment_record_that_succeeded_is_no_failure(catalog: Catalog) -> None:
    reading, findings = analyse_paste(
        (PASTES / "payment_record_succeeded.txt").read_text(), catalog
    )
    assert findings == [] and reading.warnings


def test_a_listen_line_of_an_invoice_event_leads_to_the_invoices_payment(catalog: Catalog) -> None:
    """`stripe listen` names only the event: its invoice may be of either shape."""
    text = (PASTES / "cli_stripe_listen_failed_events.txt").read_text()
    _, findings = analyse_paste(text, catalog)
    [invoice] = [f for f in findings if f.report.event_type == "invoice.payment_failed"]
    steps = "\n".join(invoice.explanation.agent_steps)
    assert "`stripe events retrieve evt_1ListenIn0Lkdz2C0abcd`" in steps
    assert "`stripe invoice_payments list --invoice`" in steps
    charge = [f for f in findings if f.report.event_type == "charge.failed"]
    assert charge and all(
        "invoice_payments" not in " ".join(f.explanation.agent_steps) for f in charge
    )


@pytest.mark.parametrize("network", ["04", "07", "41", "43", "59"])
def test_a_payment_records_confidential_network_code_stays_confidential(
    catalog: Catalog, network: str
) -> None:
    record = json.loads((PASTES / "payment_record_failed.txt").read_text())
    record["payment_method_details"]["card"].update(
        brand="visa", network="visa", network_decline_code=network
    )
    del record["payment_method_details"]["card"]["network_advice_code"]
    _, [finding] = analyse_paste(json.dumps(record), catalog)
    assert finding.explanation.sensitive and finding.explanation.confidential
    assert finding.reply.reply_class == "generic_decline"
    # Byte for byte the generic decline of the same payment.
    values = payload_values(finding.report, catalog, "en")
    generic = render_reply(catalog, "generic_decline", "en", "email", values)
    assert finding.reply.text == generic.text


# A Charge's outcome carries the issuer's advice code (API 2025-01-27) and the network's codes
# (API 2024-12-18), from Stripe's changelog entries "Adds advice code to Charges" and "Adds
# network advice and decline codes"; older payloads have them on the error only.
OUTCOME_CODES = {"advice_code": "do_not_try_again", "network_decline_code": "05"}


def _failed_charge(**outcome: str) -> dict[str, object]:
    return {
        "id": "ch_3Outcome",
        "object": "charge",
        "status": "failed",
        "amount": 1500,
        "currency": "usd",
        "failure_code": "card_declined",
        "outcome": {"type": "issuer_declined", "reason": "generic_decline", **outcome},
        "payment_method_details": {
            "type": "card",
            "card": {"brand": "mastercard", "last4": "4444"},
        },
    }


@pytest.mark.parametrize("place", ["charge", "charge.failed event", "expanded latest_charge"])
def test_the_outcomes_advice_and_network_codes_are_read_where_stripe_puts_them(
    catalog: Catalog, place: str
) -> None:
    charge = _failed_charge(**OUTCOME_CODES, network_advice_code="03")
    paste: dict[str, object] = charge
    if place == "charge.failed event":
        paste = {
            "id": "evt_1",
            "object": "event",
            "type": "charge.failed",
            "data": {"object": charge},
        }
    elif place == "expanded latest_charge":
        paste = {
            "id": "pi_3Outcome",
            "object": "payment_intent",
            "status": "requires_payment_method",
            "amount": 1500,
            "currency": "usd",
            "latest_charge": charge,
        }
    _, [finding] = analyse_paste(json.dumps(paste), catalog)
    report = finding.report
    assert (report.advice_code, report.network_decline_code, report.network_advice_code) == (
        "do_not_try_again",
        "05",
        "03",
    )
    # And they decide: the issuer's and Mastercard's stop orders beat a generic decline's "later".
    assert finding.explanation.retry == "never"


# What an InvoicePayment names, as a webhook's invoice gives it (ids, not expanded objects), and
# the id the warning must keep: each of the four places the warning can send the agent.
NAMED_PAYMENTS = {
    "payment_intent": ({"type": "payment_intent", "payment_intent": "pi_3Wx0Lkdz2C0"}, "pi_3Wx0"),
    "payment_record": ({"type": "payment_record", "payment_record": "pr_1Wx0Lkdz2C0"}, "pr_1Wx0"),
    "charge": ({"type": "charge", "charge": "ch_3Wx0Lkdz2C0"}, "ch_3Wx0"),
    "none": (None, "InvoicePayment"),
}


@pytest.mark.parametrize("named", list(NAMED_PAYMENTS))
def test_where_the_invoices_reason_is_is_said_in_every_language(
    catalog: Catalog, named: str
) -> None:
    """The warning that sends the agent to an invoice's payment, for every payment it can name,
    in all eleven window languages: a form of [warning_forms] matches it whole and keeps the
    id; never the English sentence tagged [EN]."""
    payment, kept = NAMED_PAYMENTS[named]
    invoice: dict[str, object] = {
        "id": "in_1Wx0Lkdz2C0",
        "object": "invoice",
        "status": "open",
        "attempted": True,
        "amount_due": 4200,
        "currency": "eur",
    }
    if payment is not None:
        invoice["payments"] = {"object": "list", "data": [{"payment": payment}]}
    event = {"object": "event", "type": "invoice.payment_failed", "data": {"object": invoice}}
    reading, [finding] = analyse_paste(json.dumps(event), catalog)
    [warning] = [w for w in reading.warnings if "2025-03-31" in w]
    summary = finding.explanation.summary
    assert kept in warning and kept in summary
    for language in LOCALES:
        said = Words(catalog, language).warning(warning)
        assert not said.english and kept in said.text and "2025-03-31" in said.text, language
        assert (said.text == warning) == (language == "en"), language
        # What happened says the same place, in the language too.
        what = in_language(finding.explanation, catalog, language).summary
        assert not what.english and kept in what.text and "2025-03-31" in what.text, language
        assert (what.text == summary) == (language == "en"), language


@pytest.mark.parametrize("language", LOCALES)
def test_a_failure_that_names_no_reason_says_so_in_the_language(
    catalog: Catalog, language: str
) -> None:
    """An old-shape invoice that gives only ids: what happened says, in the language, that the
    reason is on the payment itself."""
    text = (PASTES / "invoice_payment_failed_ids_only.txt").read_text()
    _, [finding] = analyse_paste(text, catalog)
    e = finding.explanation
    assert e.headline == HEADLINE and "reason is on the payment itself" in e.summary
    said = in_language(e, catalog, language)
    assert not said.summary.english and not said.headline.english, language
    assert (said.summary.text == e.summary) == (language == "en"), language
