"""Decisions that mutation testing (`make mutate`) found no test pinning: each test here fails
when the decision is turned around, whatever else the pipeline does."""

from __future__ import annotations

import json

import pytest

from app.catalogue.catalog import Catalog
from app.reading.enrichment import MAX_FAILURES
from app.reading.paste import MAX_CODES, read_paste
from app.reading.report import FailureReport, Outcome, UnreadablePaste
from app.verdict.explain import explain
from app.verdict.notes import distinct_steps
from tests.conftest import known_entry

# Decisions pinned over many codes in a second: `make mutate` runs these first.
pytestmark = pytest.mark.decisions


@pytest.mark.parametrize("brand", ["mastercard", None])
def test_a_softer_mastercard_advice_never_overrides_the_issuers_do_not_try_again(
    catalog: Catalog, brand: str | None
) -> None:
    softer = [
        e.code
        for e in catalog.entries("network_advice_code")
        if e.retry in ("now", "later", "after_fix")
    ]
    assert softer  # Mastercard's "try later" and "new details" advice
    for mac in softer:
        report = FailureReport(
            shape="error",
            error_type="card_error",
            code="card_declined",
            decline_code="do_not_honor",
            advice_code="do_not_try_again",
            network_advice_code=mac,
            card_brand=brand,
        )
        explanation = explain(report, catalog)
        assert explanation.retry == "never", mac
        assert explanation.who_acts != "card_issuer", mac  # the bank will not change its mind


@pytest.mark.parametrize("reason", ["stolen_card", "lost_card", "fraudulent", "pickup_card"])
@pytest.mark.parametrize("outcome_type", ["issuer_declined", None])
def test_an_outcome_reason_alone_makes_explain_confidential(
    catalog: Catalog, reason: str, outcome_type: str | None
) -> None:
    # No decline code and no words: only the outcome's reason names it, as a Charge built by
    # hand (or a cut paste) gives it to explain, without the reader's evidence.
    report = FailureReport(
        shape="charge", outcome=Outcome(type=outcome_type, reason=reason), evidence=[]
    )
    explanation = explain(report, catalog)
    assert explanation.sensitive, reason
    assert explanation.reply_class == "generic_decline"
    assert explanation.confidential is not None and f"({reason})" in explanation.confidential


def _charges(count: int, reason: str = "insufficient_funds") -> str:
    return json.dumps(
        {
            "object": "list",
            "data": [
                {
                    "id": f"ch_3Pin{n:04d}Lkdz2C0abcdef",
                    "object": "charge",
                    "status": "failed",
                    "failure_code": "card_declined",
                    "created": 1767000000 - n,
                    "outcome": {"type": "issuer_declined", "reason": reason},
                }
                for n in range(count)
            ],
        }
    )


def test_fifty_failures_are_all_listed_without_a_cap_warning(catalog: Catalog) -> None:
    whole = read_paste(_charges(MAX_FAILURES), catalog.code_kinds())
    assert len(whole.failures) == MAX_FAILURES
    assert not any("most relevant are shown" in w for w in whole.warnings)
    capped = read_paste(_charges(MAX_FAILURES + 1), catalog.code_kinds())
    assert len(capped.failures) == MAX_FAILURES
    assert any(f"{MAX_FAILURES + 1} failures" in w for w in capped.warnings)


def _distinct_codes(catalog: Catalog, count: int) -> list[str]:
    codes = sorted(
        code
        for code, kinds in catalog.code_kinds().items()
        if "decline_code" in kinds and "_" in code and not code.startswith(("lost", "stolen"))
    )
    assert len(codes) >= count
    return codes[:count]


def test_a_paste_of_fifty_bare_codes_reads_each_of_them(catalog: Catalog) -> None:
    codes = _distinct_codes(catalog, MAX_CODES)
    reading = read_paste(", ".join(codes), catalog.code_kinds())
    assert reading.parse_path == "codes"
    assert {r.decline_code for r in reading.failures} == set(codes)


def test_fifty_one_bare_codes_are_not_read_as_a_list_of_codes(catalog: Catalog) -> None:
    codes = _distinct_codes(catalog, MAX_CODES + 1)
    try:
        reading = read_paste(", ".join(codes), catalog.code_kinds())
    except UnreadablePaste:
        return  # refused in a sentence: fine
    assert reading.parse_path != "codes"


@pytest.mark.parametrize("where", [0, 40, -1])
def test_a_paste_with_one_nul_byte_is_binary(catalog: Catalog, where: int) -> None:
    text = json.dumps({"error": {"type": "card_error", "code": "card_declined"}})
    position = where if where >= 0 else len(text)
    damaged = text[:position] + "\x00" + text[position:]
    with pytest.raises(UnreadablePaste) as refused:
        read_paste(damaged, catalog.code_kinds())
    assert refused.value.kind == "binary"


def test_on_a_tie_the_decline_codes_own_explanation_stands(catalog: Catalog) -> None:
    # Every pair of a decline code and a network code with the same retry verdict: the network
    # code may choose the reply and put its steps first, but what happened is still the
    # decline code's summary, and its first step is still there.
    deciding = ("now", "later", "after_fix", "never")
    declines = [e for e in catalog.entries("decline_code") if not e.sensitive]
    networks = [e for e in catalog.entries("network_decline_code") if not e.sensitive]
    ties = 0
    for decline in declines:
        for network in networks:
            if decline.retry != network.retry or decline.retry not in deciding:
                continue
            report = FailureReport(
                shape="error",
                error_type="card_error",
                code="card_declined",
                decline_code=decline.code,
                network_decline_code=network.code,
            )
            explanation = explain(report, catalog)
            assert explanation.retry == decline.retry
            pair = (decline.code, network.code)
            assert decline.summary in explanation.summary, pair
            assert decline.agent_steps[0] in explanation.agent_steps, pair
            ties += 1
    assert ties > 100


@pytest.mark.parametrize("network_code", ["43", "41", "07", "04"])
@pytest.mark.parametrize("outcome_type", ["issuer_declined", None])
def test_a_confidential_decline_stripe_did_not_block_never_says_it_was_blocked(
    catalog: Catalog, network_code: str, outcome_type: str | None
) -> None:
    report = FailureReport(
        shape="charge",
        code="card_declined",
        decline_code="do_not_honor",
        network_decline_code=network_code,
        outcome=Outcome(type=outcome_type, network_status="declined_by_network"),
    )
    explanation = explain(report, catalog)
    assert explanation.sensitive and explanation.confidential is not None
    assert "blocked" not in explanation.confidential.split(". Never tell")[0], network_code


def test_words_alone_that_tell_a_stolen_card_are_confidential(catalog: Catalog) -> None:
    # No code at all: the reader found the reason only in the paste's words.
    report = FailureReport(shape="code", evidence=["stolen_card"])
    explanation = explain(report, catalog)
    assert explanation.sensitive and explanation.reply_class == "generic_decline"


@pytest.mark.parametrize("outcome_type", ["blocked", None])
def test_a_radar_rule_block_is_named_as_our_rule_in_the_confidential_line(
    catalog: Catalog, outcome_type: str | None
) -> None:
    # None: a cut paste without the type, where the charge never reached the network.
    report = FailureReport(
        shape="charge",
        code="card_declined",
        outcome=Outcome(type=outcome_type, network_status="not_sent_to_network", reason="rule"),
    )
    explanation = explain(report, catalog)
    assert explanation.sensitive and explanation.reply_class == "generic_decline"
    assert explanation.confidential is not None
    assert "Radar rules (rule)" in explanation.confidential
    assert explanation.retry == "never"


@pytest.mark.parametrize("code", ["stolen_card", "lost_card", "fraudulent", "merchant_blacklist"])
def test_a_reason_only_the_words_name_is_told_to_the_agent_once(
    catalog: Catalog, code: str
) -> None:
    """A harmless decline code whose paste's words name a confidential reason: the agent's
    confidential line and summary name that reason, as found in the text; the same reason in a
    field is named once, as the field's."""
    entry = known_entry(catalog, "decline_code", code)
    words_only = explain(
        FailureReport(
            shape="charge", code="card_declined", decline_code="do_not_honor", evidence=[code]
        ),
        catalog,
    )
    assert words_only.confidential is not None
    assert f"({code}, named in the paste's text)" in words_only.confidential
    assert words_only.summary.startswith(entry.summary)
    in_field = explain(
        FailureReport(shape="charge", code="card_declined", decline_code=code, evidence=[code]),
        catalog,
    )
    assert in_field.confidential is not None
    assert in_field.confidential.count(f"({code}") == 1
    assert "named in the paste's text" not in in_field.confidential


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        ("outcome_type", "blocked"),
        ("outcome_reason", "highest_risk_level"),
        ("network_status", "reversed_after_approval"),
    ],
)
def test_a_block_or_risk_only_the_words_tell_is_in_the_agents_line(
    catalog: Catalog, kind: str, code: str
) -> None:
    """Not only decline codes: a Radar block, the highest risk or a reversal told only in the
    paste's words is named to the agent as found in the text."""
    assert known_entry(catalog, kind, code).sensitive
    explanation = explain(
        FailureReport(
            shape="charge", code="card_declined", decline_code="do_not_honor", evidence=[code]
        ),
        catalog,
    )
    assert explanation.confidential is not None
    assert f"({code}, named in the paste's text)" in explanation.confidential


def test_every_reason_the_words_name_is_told_after_one_a_field_gives(catalog: Catalog) -> None:
    """A reason in a field and two more told only in the words: each is named once."""
    explanation = explain(
        FailureReport(
            shape="charge",
            code="card_declined",
            decline_code="stolen_card",
            evidence=["stolen_card", "fraudulent", "merchant_blacklist"],
        ),
        catalog,
    )
    assert explanation.confidential is not None
    for code in ("fraudulent", "merchant_blacklist"):
        assert f"({code}, named in the paste's text)" in explanation.confidential


def test_a_network_code_named_in_the_words_keeps_explain_answering(catalog: Catalog) -> None:
    """A sensitive network code the words name has no entry of the kinds the agent's line lists
    words for: it makes the failure confidential and explain still answers."""
    explanation = explain(
        FailureReport(
            shape="charge", code="card_declined", decline_code="do_not_honor", evidence=["43"]
        ),
        catalog,
    )
    assert explanation.sensitive and explanation.reply_class == "generic_decline"


def _sentences_a_person_reads(text: str) -> None:
    """Each sentence starts with a capital letter and reads as the catalogue's prose does."""
    for sentence in (s for s in text.split(". ") if s):
        assert sentence[0].isupper() and sentence[1:] != sentence[1:].upper(), text
    assert "XX" not in text


def test_a_failure_without_a_reason_is_ours_to_look_up(catalog: Catalog) -> None:
    """A paste that names a failed charge without its reason: the agent looks it up (the badge
    says our team), the retry is not known, and the customer gets the generic reply."""
    report = FailureReport(shape="charge")
    report.ids.charge = "ch_3PqHk2LkdIwHu7ix0a8w5c2Z"
    explanation = explain(report, catalog)
    assert explanation.headline == catalog.vocabulary("headline_forms")["no_reason"]
    assert (explanation.who_acts, explanation.retry) == ("our_team", "unknown")
    assert explanation.reply_class == "generic_decline" and explanation.sensitive is False
    assert any("ch_3PqHk2LkdIwHu7ix0a8w5c2Z" in step for step in explanation.agent_steps)


def test_a_risk_level_alone_is_explained_by_its_entry(catalog: Catalog) -> None:
    """Radar's risk level is a reason of its own: a failure that gives only it is explained by
    its entry, not as a paste that does not say why."""
    for level in ("elevated", "highest"):
        entry = catalog.entry("risk_level", level)
        assert entry is not None
        explanation = explain(
            FailureReport(shape="charge", outcome=Outcome(risk_level=level)), catalog
        )
        assert (explanation.summary, explanation.who_acts) == (entry.summary, entry.who_acts)


def test_an_unknown_code_is_ours_to_look_up_and_says_so(catalog: Catalog) -> None:
    """A code newer than the catalogue: named in the headline, the agent told what to check and
    whom to ask, in sentences a person reads, and the customer's reply reveals nothing."""
    for report in (
        FailureReport(shape="error", code="card_velocity_exceeded_v2"),
        FailureReport(shape="charge", decline_code="issuer_new_reason_2027"),
    ):
        code = report.code or report.decline_code
        explanation = explain(report, catalog)
        assert code is not None and code in explanation.headline
        assert (explanation.who_acts, explanation.retry) == ("our_team", "unknown")
        assert explanation.sensitive is False and explanation.reply_class == "generic_decline"
        summary = explanation.summary
        assert summary.startswith(f"{code} is not in Decline Desk's catalogue (version ")
        assert "newer than this catalogue or mistyped" in summary
        assert "generic decline reply, which reveals nothing" in summary
        _sentences_a_person_reads(summary.split(". ", 1)[1])  # after the code, its own case
        assert len(explanation.agent_steps) == 2
        for step in explanation.agent_steps:
            _sentences_a_person_reads(step)
        spelling, escalate = explanation.agent_steps
        assert "spelling" in spelling and "Stripe's documentation" in spelling
        assert escalate.startswith("Escalate to the payments team")


def test_every_unknown_code_is_told_once_beside_the_headline(catalog: Catalog) -> None:
    """Codes newer than the catalogue are each named to the agent once: in the headline when
    no known code explains the failure, else in the list of codes the catalogue lacks."""
    beside_known = explain(
        FailureReport(shape="error", code="card_declined", decline_code="zz_new_reason_1"), catalog
    )
    assert beside_known.unknown_codes == ["zz_new_reason_1"]
    alone = explain(
        FailureReport(shape="error", code="zz_new_code_1", decline_code="zz_new_reason_1"), catalog
    )
    assert "zz_new_reason_1" in alone.headline and alone.unknown_codes == ["zz_new_code_1"]


def test_a_reply_never_invites_a_retry_the_verdict_forbids(catalog: Catalog) -> None:
    """The issuer's do-not-try-again turns a reply that asks the customer to try again (their
    bank, later, new details) into the one that asks for another payment method."""
    invites = catalog.vocabulary("reply_invites_retry")
    for decline in ("insufficient_funds", "do_not_honor", "try_again_later", "incorrect_cvc"):
        report = FailureReport(
            shape="error",
            error_type="card_error",
            code="card_declined",
            decline_code=decline,
            advice_code="do_not_try_again",
        )
        explanation = explain(report, catalog)
        assert explanation.retry == "never", decline
        assert explanation.reply_class not in invites, decline


def test_a_step_is_told_once_by_its_first_clause() -> None:
    # Two entries often give one instruction with different tails: the first stays. The lead
    # is the first clause or sentence, its case and final full stop aside; nothing else.
    steps = [
        "Do not retry this card; pass the payment id to our risk team.",
        "do not retry this card. Especially if the order looks unusual.",
        "Check the CVC",
        "Check the CVCX",
        "Check the CVC again.",
    ]
    assert distinct_steps(steps) == [steps[0], steps[2], steps[3], steps[4]]


def test_a_brand_spelled_with_a_capital_keeps_mastercards_reading(catalog: Catalog) -> None:
    # A JSON paste gives the brand as written ("Mastercard"); Mastercard's 65 still asks for
    # authentication. (History keeps brands in lower case, so this is explain()'s own rule.)
    for network in ("65", "05"):
        said = [
            explain(
                FailureReport(
                    shape="error",
                    error_type="card_error",
                    code="card_declined",
                    decline_code="generic_decline",
                    network_decline_code=network,
                    card_brand=brand,
                ),
                catalog,
            )
            for brand in ("mastercard", "Mastercard", "MASTERCARD")
        ]
        assert len({(e.retry, e.reply_class, e.summary, tuple(e.notes)) for e in said}) == 1
