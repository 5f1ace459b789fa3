"""explain(): one verdict from every signal of a FailureReport."""

from __future__ import annotations

from app.catalogue.catalog import Catalog
from app.reading.report import FailureReport, Outcome
from app.verdict.explain import explain


def declined(decline_code: str, **fields: object) -> FailureReport:
    report = FailureReport(
        shape="error", error_type="card_error", code="card_declined", decline_code=decline_code
    )
    for name, value in fields.items():
        setattr(report, name, value)
    return report


def test_headline_and_steps_come_from_the_decline_code(catalog: Catalog) -> None:
    e = explain(declined("insufficient_funds"), catalog)
    assert e.headline.startswith("Card declined: ")
    assert e.agent_steps and e.reply_class == "insufficient_funds" and not e.sensitive
    assert e.confidential is None


def test_advice_code_tightens_the_retry_class_never_loosens_it(catalog: Catalog) -> None:
    assert explain(declined("insufficient_funds"), catalog).retry == "later"
    assert (
        explain(declined("insufficient_funds", advice_code="do_not_try_again"), catalog).retry
        == "never"
    )
    assert (
        explain(declined("do_not_honor", advice_code="confirm_card_data"), catalog).retry
        == "after_fix"
    )
    # "Try again later" does not mend an expired card (issue 22): the stricter signal stands.
    assert (
        explain(declined("expired_card", advice_code="try_again_later"), catalog).retry
        == "after_fix"
    )
    assert (
        explain(declined("transaction_not_allowed", advice_code="try_again_later"), catalog).retry
        == "never"
    )


def test_mastercard_advice_codes(catalog: Catalog) -> None:
    stop = explain(
        declined("insufficient_funds", network_advice_code="03", card_brand="mastercard"), catalog
    )
    assert stop.retry == "never"
    assert any("Network advice code 03" in note for note in stop.notes)
    wait = explain(
        declined("do_not_honor", network_advice_code="25", card_brand="mastercard"), catalog
    )
    assert wait.retry == "later"
    assert any("24 hours" in note for note in wait.notes)
    visa = explain(declined("do_not_honor", network_advice_code="03", card_brand="visa"), catalog)
    assert any("Mastercard" in note and "Visa" in note for note in visa.notes)


def test_outcome_type_separates_bank_stripe_review_and_invalid(catalog: Catalog) -> None:
    def charge(kind: str, reason: str | None = None) -> FailureReport:
        return FailureReport(
            shape="charge", code="card_declined", outcome=Outcome(type=kind, reason=reason)
        )

    blocked = explain(charge("blocked", "highest_risk_level"), catalog)
    assert blocked.sensitive and blocked.reply_class == "generic_decline"
    assert blocked.headline.startswith("Payment blocked")
    assert blocked.confidential and "Radar" in blocked.confidential
    review = explain(charge("manual_review", "elevated_risk_level"), catalog)
    assert review.headline.startswith("Payment in review")
    assert review.reply_class == "payment_under_review" and not review.sensitive
    invalid = explain(FailureReport(shape="charge", outcome=Outcome(type="invalid")), catalog)
    assert invalid.reply_class == "problem_on_our_side"
    issuer = explain(charge("issuer_declined", "do_not_honor"), catalog)
    assert issuer.headline.startswith("Card declined")


def test_reversed_after_approval_mentions_the_pending_hold(catalog: Catalog) -> None:
    report = FailureReport(
        shape="charge",
        outcome=Outcome(type="blocked", network_status="reversed_after_approval", reason="rule"),
    )
    e = explain(report, catalog)
    assert any("pending" in note for note in e.notes)


def test_deprecated_and_test_mode_are_called_out(catalog: Catalog) -> None:
    deprecated = explain(declined("do_not_try_again"), catalog)
    assert any("deprecated" in note for note in deprecated.notes)
    test = explain(declined("testmode_decline", livemode=False), catalog)
    assert test.test_mode and test.notes[0].startswith("Test mode")
    assert test.reply_class == "test_payment"


def test_unknown_code_is_safe_and_says_which_catalogue(catalog: Catalog) -> None:
    e = explain(FailureReport(shape="code", code="made_up_2031"), catalog)
    assert e.headline == "Unknown code: made_up_2031"
    assert catalog.info().version in e.summary
    assert e.reply_class == "generic_decline" and e.retry == "unknown"


def test_network_code_with_the_card_brand(catalog: Catalog) -> None:
    e = explain(declined("do_not_honor", network_decline_code="05", card_brand="visa"), catalog)
    assert any(note.startswith("Network decline code 05 (Visa)") for note in e.notes)


def test_unconfirmed_codes_say_so(catalog: Catalog) -> None:
    e = explain(
        FailureReport(shape="error", error_type="invalid_request_error", code="action_blocked"),
        catalog,
    )
    assert any("inferred" in note for note in e.notes)


def test_no_instruction_is_given_twice(catalog: Catalog) -> None:
    """A decline code with its sensitive network code once listed 'Do not retry this card; pass
    the payment id to our risk team' twice, with different tails."""
    network = [
        code for code, kinds in catalog.code_kinds().items() if "network_decline_code" in kinds
    ]
    declines = [code for code, kinds in catalog.code_kinds().items() if "decline_code" in kinds]
    for decline in declines:
        for net in network:
            steps = explain(
                FailureReport(
                    shape="error",
                    error_type="card_error",
                    code="card_declined",
                    decline_code=decline,
                    network_decline_code=net,
                ),
                catalog,
            ).agent_steps
            leads = [s.split(";")[0].split(". ")[0].strip().rstrip(".").lower() for s in steps]
            assert len(leads) == len(set(leads)), (decline, net, steps)
