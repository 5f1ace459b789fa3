"""What the catalogue holds: every code of the seeds and the reference lists, complete entries."""

from __future__ import annotations

import re

import pytest

from app.catalogue.catalog import KINDS, Catalog
from tests.conftest import DATA, DESIGN_SENSITIVE, ROOT

SEEDS = DATA / "seeds"
SHARED = ROOT.parent / "shared"  # where CI and every worktree keep it, beside the checkout


B3_EXTRA_DECLINE_CODES = {
    "authentication_not_handled",
    "incorrect_address",
    "mobile_device_authentication_required",
    "lost_or_stolen_card",
}

# Stripe's declines page, "Local payment method decline codes" (issue 17), besides the card codes.
LOCAL_PAYMENT_METHOD_CODES = {
    "partner_generic_decline",
    "invalid_customer_account",
    "payment_limit_exceeded",
    "invalid_billing_agreement",
    "invalid_business_account",
    "partner_high_risk_customer",
    "compliance_violation",
    "payment_disputed",
    "invalid_authorization",
    "invalid_payment_information",
    "partner_payment_not_found",
    "expired_payment_information",
    "recurring_not_supported_by_bank",
    "partner_action_not_supported",
    "card_already_activated",
    "invalid_track_data",
}

# The decline codes of Stripe's network-codes page (ACH table) that no other list has.
ACH_DECLINE_CODES = {"bank_account_closed", "bank_account_invalid_details", "bank_account_frozen"}
# Decline codes the API returns that the declines page does not list (its message: "Your request
# was in live mode, but used a known test card.", in public issue threads and Shopify's notes;
# and its twin "Your request was in test mode, but used a non test card.", reading14s).
API_ONLY_DECLINE_CODES = {"live_mode_test_card", "test_mode_live_card"}

# The SEPA Direct Debit failure codes of Stripe's SEPA page that its error-codes page lacks.
SEPA_FAILURE_CODES = (
    "debit_disputed",
    "authorization_revoked",
    "debit_authorization_not_match",
    "recipient_deceased",
    "branch_does_not_exist",
    "incorrect_account_holder_name",
    "invalid_account_number",
    "generic_could_not_process",
)

EXPECTED_COUNTS = {
    "error_code": 208,  # with issue 17's payment_intent_mandate_revoked and 8 SEPA failure codes
    "decline_code": 72,  # with 16 local-payment-method codes, 3 ACH codes, the 2 test-mode codes
    "error_type": 6,
    "advice_code": 3,
    "outcome_type": 5,
    "network_status": 4,
    "risk_level": 5,
    "outcome_reason": 11,  # with previously_declined_do_not_retry (issue 22)
    "network_decline_code": 63,  # with 15 ACH return codes and Visa 86, N3, N4, 6P (issue 22)
    "network_advice_code": 18,
}


def words(name: str) -> list[str]:
    return (SEEDS / name).read_text(encoding="utf-8").split()


def seed_error_paragraphs() -> list[tuple[str, str]]:
    """The seed's description paragraphs paired with the names list, in order."""
    text = (SEEDS / "000_4d2cb102e70d22dc.txt").read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    start = next(i for i, p in enumerate(paragraphs) if p.startswith("The customer’s bank account"))
    body = [p for p in paragraphs[start:] if not re.fullmatch(r"(\[[^\]]*\]\([^)]*\)\s*)+", p)]
    names = words("error-codes-in-seed-order.txt")
    assert len(body) == len(names) == 171
    return list(zip(names, body, strict=True))


def seed_decline_rows() -> dict[str, str]:
    text = (SEEDS / "004_8e7c044d451a7230.txt").read_text(encoding="utf-8")
    table = text[text.index("Decline Code Explanation Next Steps") :].splitlines()[1:]
    return dict(line.strip().split(" ", 1) for line in table if line.strip())


def test_the_seed_copies_match_shared_when_it_is_there() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    for copy in SEEDS.iterdir():
        original = SHARED / ("seeds" if copy.name[0].isdigit() else "reference") / copy.name
        assert copy.read_bytes() == original.read_bytes(), copy.name


def test_counts_per_kind(catalog: Catalog) -> None:
    assert catalog.info().counts == EXPECTED_COUNTS
    assert list(catalog.info().counts) == list(KINDS)


def test_every_error_code_of_the_seed_and_the_newer_list(catalog: Catalog) -> None:
    codes = {entry.code for entry in catalog.entries("error_code")}
    seed_names = {name for name, _ in seed_error_paragraphs()}
    newer = set(words("error-codes-newer-than-seed.txt"))
    assert len(newer) == 28 and not newer & seed_names
    issue_17 = {"payment_intent_mandate_revoked", *SEPA_FAILURE_CODES}
    assert codes == seed_names | newer | issue_17


def test_every_seed_error_code_keeps_its_seed_paragraph_verbatim(catalog: Catalog) -> None:
    for name, paragraph in seed_error_paragraphs():
        entry = catalog.entry("error_code", name)
        assert entry is not None, name
        assert entry.stripe_description == paragraph, name


def test_every_decline_code_of_the_current_list_and_b3(catalog: Catalog) -> None:
    codes = {entry.code for entry in catalog.entries("decline_code")}
    assert codes == (
        set(words("decline-codes-current.txt"))
        | B3_EXTRA_DECLINE_CODES
        | LOCAL_PAYMENT_METHOD_CODES
        | ACH_DECLINE_CODES
        | API_ONLY_DECLINE_CODES
    )


def test_every_seed_decline_code_keeps_its_explanation_and_next_steps(catalog: Catalog) -> None:
    rows = seed_decline_rows()
    assert len(rows) == 31  # the seed's table; facts.md B1 counts the other 16 of the 47
    for code, text in rows.items():
        entry = catalog.entry("decline_code", code)
        assert entry is not None, code
        assert entry.stripe_next_steps, code
        assert text == f"{entry.stripe_description} {entry.stripe_next_steps}", code


def test_the_sensitive_set_is_exactly_designs(catalog: Catalog) -> None:
    sensitive = {(e.kind, e.code) for e in catalog.entries() if e.sensitive}
    assert sensitive == DESIGN_SENSITIVE


def test_every_sensitive_entry_replies_with_the_generic_decline(catalog: Catalog) -> None:
    for entry in catalog.entries():
        if entry.sensitive:
            assert entry.reply_class == "generic_decline", entry.code


def test_every_entry_has_every_field_filled(catalog: Catalog) -> None:
    allowed = {
        group: set(catalog.vocabulary(group))
        for group in ("who_acts", "retry", "reply_classes", "categories")
    }
    for entry in catalog.entries():
        for name in (
            "title",
            "category",
            "who_acts",
            "retry",
            "reply_class",
            "summary",
            "stripe_description",
            "source",
            "as_of",
        ):
            value = getattr(entry, name)
            assert isinstance(value, str) and value.strip(), (entry.kind, entry.code, name)
        assert entry.agent_steps and all(s.strip() for s in entry.agent_steps), entry.code
        assert entry.who_acts in allowed["who_acts"]
        assert entry.retry in allowed["retry"]
        assert entry.reply_class in allowed["reply_classes"]
        assert entry.category in allowed["categories"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry.as_of), (entry.code, entry.as_of)
        assert len(entry.title) <= 80, entry.code


def test_reply_classes_are_a_workable_set_and_all_used(catalog: Catalog) -> None:
    classes = set(catalog.vocabulary("reply_classes"))
    # Every class is a text to write and review in 12 languages and 2 channels. 34 since issue 22
    # item 5: a card's generic decline in words that fit any method (wallets, local methods,
    # bank debits), and bank debits split by what the customer can do (add funds, set up a new
    # mandate, settle a dispute, give an open account's details). 36 since: a bank account to
    # verify again, and a bank debit returned for a reason no reply may tell (ACH R15).
    assert 15 <= len(classes) <= 36
    used = {entry.reply_class for entry in catalog.entries()}
    assert used == classes


def test_unconfirmed_meanings_say_so_and_send_the_agent_to_escalate(catalog: Catalog) -> None:
    unconfirmed = [e for e in catalog.entries("error_code") if e.unconfirmed]
    assert len(unconfirmed) >= 10  # facts.md A marks most of the 28 newer codes unconfirmed
    for entry in unconfirmed:
        assert "inferred from the code's name" in entry.summary, entry.code
        assert any("scalate" in step for step in entry.agent_steps), entry.code


def test_deprecated_decline_codes_are_marked(catalog: Catalog) -> None:
    deprecated = {e.code for e in catalog.entries("decline_code") if e.deprecated}
    assert deprecated == {"do_not_try_again", "try_again_later"}


def test_integration_errors_are_written_for_an_agent_not_a_developer(catalog: Catalog) -> None:
    for entry in catalog.entries("error_code"):
        text = " ".join(entry.agent_steps).lower()
        assert "update your integration" not in text, entry.code
        assert "your code" not in text, entry.code
