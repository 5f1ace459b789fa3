"""One verdict from every signal of a FailureReport: what happened, what to do, who acts, retry."""

from __future__ import annotations

from app.catalogue.catalog import Catalog, CatalogEntry
from app.catalogue.vocabulary import (
    DECIDING_RETRY,
    GENERIC_DECLINE,
    GENERIC_DECLINE_ANY_METHOD,
    UNKNOWN,
    USE_ANOTHER_METHOD,
)
from app.catalogue.words import Form, Words, say
from app.reading import missing_reason, sensitivity
from app.reading.report import FailureReport
from app.verdict.explanation import Explanation
from app.verdict.notes import add_notes, distinct_steps, headline_form
from app.verdict.retry import decide, looser, mastercard_advice_counts
from app.verdict.wording import verdict_words, wait_code_of

# Replies in words that fit the payment method: a wallet, a local method or a bank debit is told
# nothing about a card, and its generic decline is the same text whatever the reason (these
# were app/verdict/method.py, a module every explain imported with this one).


def paid_by_card(report: FailureReport, catalog: Catalog) -> bool:
    """Whether the paste shows a card payment: its payment method type says so when it is there,
    then a card's brand or last digits; without either, a code that only a wallet's or local
    method's provider gives means another method (vocabulary.toml [payment_methods]). Only the
    method decides: a confidential code and a reasonless one of the same method lead to the
    same answer."""
    kind = report.payment_method_type
    if kind:
        return kind in catalog.vocabulary("card_payment_types")
    if report.card_brand or report.card_last4:
        return True
    provider = catalog.vocabulary("provider_codes")
    reason = report.outcome.reason if report.outcome else None
    codes = (report.code, report.decline_code, reason)
    return not any(code in provider for code in codes if code)


def generic_decline(by_card: bool) -> str:
    """The reply every confidential and every reasonless decline gets for this method."""
    return GENERIC_DECLINE if by_card else GENERIC_DECLINE_ANY_METHOD


def fitting(reply_class: str, by_card: bool, catalog: Catalog) -> str:
    """`reply_class`, or on a payment not made by card, the reply that speaks of its payment
    service instead of a card (vocabulary.toml [payment_methods.card_replies])."""
    if by_card:
        return reply_class
    return catalog.vocabulary("other_method_replies").get(reply_class, reply_class)


def _collect(report: FailureReport, catalog: Catalog) -> tuple[dict[str, CatalogEntry], list[str]]:
    """The catalogue entry of every signal in the report, keyed by the field it came from."""
    found: dict[str, CatalogEntry] = {}
    unknown: list[str] = []
    outcome = report.outcome

    def take(name: str, kind: str, code: str | None) -> None:
        if not code:
            return
        entry = catalog.entry(kind, code)
        if entry is not None:
            found[name] = entry
        elif code not in unknown:
            unknown.append(code)

    # Stripe names some bank-debit decline codes as their failure codes (debit_not_authorized,
    # recipient_deceased): such a code is read as the error code of the same name.
    def kind_of(code: str | None, *kinds: str) -> str:
        return next((k for k in kinds if code and catalog.entry(k, code)), kinds[0])

    # A Charge's failure names a wallet provider's decline by its outcome reason
    # (partner_insufficient_funds): read it as that outcome reason's entry.
    take(
        "decline_code",
        kind_of(report.decline_code, "decline_code", "error_code", "outcome_reason"),
        report.decline_code,
    )
    # Stripe gives an ACH return's decline code as a Charge's failure code (bank_account_closed,
    # https://docs.stripe.com/declines/network-codes): a code no error code names is read as one.
    take("code", kind_of(report.code, "error_code", "decline_code"), report.code)
    if outcome and outcome.reason and outcome.reason != report.decline_code:
        kind = kind_of(outcome.reason, "decline_code", "outcome_reason", "error_code")
        take("reason", kind, outcome.reason)
    if outcome:
        take("outcome_type", "outcome_type", outcome.type)
        take("network_status", "network_status", outcome.network_status)
        take("risk_level", "risk_level", outcome.risk_level)
    take("error_type", "error_type", report.error_type)
    take("advice_code", "advice_code", report.advice_code)
    # A code that means something else on this brand is read as the entry that says so
    # (vocabulary.toml [brand_network_codes]: Mastercard's 65 asks for authentication).
    network = report.network_decline_code
    if network and report.card_brand:
        readings = catalog.vocabulary("brand_network_codes")
        network = readings.get(f"{report.card_brand.lower()}.{network}", network)
    take("network_decline_code", "network_decline_code", network)
    take("network_advice_code", "network_advice_code", report.network_advice_code)
    return found, unknown


def _primary(found: dict[str, CatalogEntry], report: FailureReport) -> CatalogEntry | None:
    """The entry that best says what happened: the most specific signal wins."""
    outcome_type = report.outcome.type if report.outcome else None
    order = ["decline_code"]
    if outcome_type in ("blocked", "manual_review", "invalid"):
        order = ["reason", "outcome_type", "decline_code"]
    if report.code == "card_declined":
        order += ["reason", "network_decline_code", "code"]
    elif (
        report.decline_code == "partner_generic_decline"
        and report.code != "payment_method_provider_decline"
    ):
        # A provider's reasonless decline beside a specific error code (a revoked mandate): the
        # error code says what happened.
        order = ["code", *order, "reason"]
    else:
        order += ["code", "reason"]
    bank_return = found.get("network_decline_code")
    if bank_return is not None and bank_return.category == "bank_debit":
        # An ACH return code says more than "declined by the issuer", which speaks of a card.
        order.append("network_decline_code")
    order += [
        "outcome_type",
        "network_decline_code",
        "error_type",
        "network_status",
        "advice_code",
        "network_advice_code",
        "risk_level",
    ]
    for name in order:
        if name in found:
            return found[name]
    return None


def explain(report: FailureReport, catalog: Catalog) -> Explanation:
    """Combines the report's codes and outcome into one explanation for the agent."""
    found, unknown = _collect(report, catalog)
    primary = _primary(found, report)
    outcome_type = report.outcome.type if report.outcome else None
    sensitive_entries = [e for e in found.values() if e.sensitive]
    kinds = catalog.code_kinds()
    named = sensitivity.signals(report, kinds.sensitive, kinds.sensitive_codes)
    sensitive = bool(named)
    english = Words(catalog)  # the explanation is English (the JSON contract); said.py translates
    by_card = paid_by_card(report, catalog)

    if primary is None and not unknown and missing_reason.has_no_reason(report):
        form = Form("headline_forms", "no_reason")
        explanation = Explanation(
            headline=say(form, english).text,
            summary=missing_reason.summary(report),
            agent_steps=missing_reason.where_to_look(report),
            retry=UNKNOWN,
            who_acts="our_team",
            sensitive=sensitive,
            reply_class=GENERIC_DECLINE,
        )
    elif primary is None:
        code = unknown[0] if unknown else "(no code)"
        version = catalog.info().version
        form = Form("headline_forms", "unknown_code", (("code", code),))
        explanation = Explanation(
            headline=say(form, english).text,
            summary=(
                f"{code} is not in Decline Desk's catalogue (version {version}). It may be "
                "newer than this catalogue or mistyped. The customer gets the generic "
                "decline reply, which reveals nothing."
            ),
            agent_steps=[
                "Check the code's spelling and look it up in Stripe's documentation.",
                "Escalate to the payments team with the code and the request or object id.",
            ],
            retry=UNKNOWN,
            who_acts="our_team",
            sensitive=sensitive,
            reply_class=GENERIC_DECLINE,
        )
    else:
        form = headline_form(primary, report, by_card)
        explanation = Explanation(
            headline=say(form, english).text,
            summary=primary.summary,
            agent_steps=list(primary.agent_steps),
            retry=primary.retry,
            who_acts=primary.who_acts,
            sensitive=sensitive,
            reply_class=primary.reply_class,
        )
    if outcome_type == "manual_review" and "outcome_type" in found:
        # A held payment has not failed, whichever rule held it: the customer hears "in review".
        explanation.reply_class = found["outcome_type"].reply_class
    explanation.headline_form = form
    explanation.summary_from = [primary] if primary is not None else []
    explanation.entries = list(found.values())
    explanation.primary = primary
    explanation.unknown_codes = unknown if primary is not None else unknown[1:]
    _apply_verdict(explanation, primary, found, report, catalog)
    if explanation.retry == "never" and explanation.reply_class in catalog.vocabulary(
        "reply_invites_retry"
    ):
        # The issuer's or network's advice forbids a retry that this class's reply would invite.
        explanation.reply_class = USE_ANOTHER_METHOD
    if report.payment_method_type in catalog.vocabulary("bank_debit_types"):
        # No card was used: the bank debit's own reply (vocabulary.toml [bank_debits]).
        bank = catalog.vocabulary("card_replies").get(explanation.reply_class)
        explanation.reply_class = bank or explanation.reply_class
    explanation.reply_class = fitting(explanation.reply_class, by_card, catalog)
    add_notes(explanation, found, report, english)
    if sensitive:
        # Only a sensitive code's explanation needs it: an import fewer for most pastes.
        from app.verdict.confidential import (
            ConfidentialReasons,
            confidential_text,
            stripe_block_reason,
        )

        explanation.reply_class = generic_decline(by_card)
        block = stripe_block_reason(primary, outcome_type)
        # A block with its own reason (too many retries) is told as that reason, not as fraud
        # screening; the reply stays the generic decline, as for every blocked charge.
        told = [e for e in sensitive_entries if not (block and e.kind == "outcome_type")]
        words = _named_entries(report, named, sensitive_entries, catalog)
        explanation.confidential_reasons = ConfidentialReasons(
            tuple(told), outcome_type, sensitivity.blocked_by_rule(report), block, tuple(words)
        )
        explanation.confidential = confidential_text(explanation.confidential_reasons, english).text
        extra = told or words
        if (
            primary is not None
            and not primary.sensitive
            and extra
            and extra[0].summary not in explanation.summary
        ):
            # e.g. a card_declined error whose network code says "stolen": the agent must know.
            explanation.summary = f"{extra[0].summary} {explanation.summary}"
            explanation.summary_from = [extra[0], *explanation.summary_from]
    explanation.agent_steps = distinct_steps(explanation.agent_steps)
    mac = found.get("network_advice_code")
    wait = wait_code_of(mac, catalog) if mastercard_advice_counts(report.card_brand) else None
    explanation.verdict = verdict_words(
        explanation.retry,
        explanation.who_acts,
        explanation.reply_class,
        catalog,
        wait if explanation.retry == "later" else None,
        by_card,
    )
    return explanation


def _apply_verdict(
    explanation: Explanation,
    primary: CatalogEntry | None,
    found: dict[str, CatalogEntry],
    report: FailureReport,
    catalog: Catalog,
) -> None:
    """The retry verdict of every signal together (app/verdict/retry.py); the signal that set it
    also chooses the reply, who acts and, when it is stricter than the primary entry, the steps."""
    if primary is None:
        return
    vague = frozenset(catalog.vocabulary("vague_replies"))
    said = dict(found)
    if sensitivity.blocked_by_rule(report) and "outcome_type" not in said:
        blocked = catalog.entry("outcome_type", "blocked")
        if blocked is not None:
            said["outcome_type"] = blocked  # a cut paste: the rule blocked it all the same
    verdict = decide(primary, said, report.card_brand, vague)
    explanation.retry = verdict.retry
    decider = verdict.decided_by
    if decider is not None and explanation.reply_class == primary.reply_class:
        explanation.reply_class = decider.reply_class
    if decider is not None:
        explanation.who_acts = decider.who_acts
        if looser(primary.retry, verdict.retry):
            # The stricter signal is what happened for the retry: "a later attempt may work"
            # must not stand beside a stop order.
            explanation.summary = decider.summary
            explanation.summary_from = [decider]
            explanation.decided_by = decider
            explanation.agent_steps = list(decider.agent_steps)
        elif decider.reply_class != primary.reply_class or decider.sensitive:
            # A tie that changes the reply, or a confidential code: its steps come first.
            rest = [s for s in explanation.agent_steps if s not in decider.agent_steps]
            explanation.agent_steps = [*decider.agent_steps, *rest]
    advice = found.get("advice_code")
    if advice is not None and (advice is explanation.decided_by or advice.retry in DECIDING_RETRY):
        code = (("code", advice.code),)
        if advice is explanation.decided_by:
            title = ("title", "title", advice.kind, advice.code, advice.title)
            form = Form("note_forms", "advice_decides", code, (title,), ("title",))
        else:
            summary = ("summary", "summary", advice.kind, advice.code, advice.summary)
            form = Form("note_forms", "advice_said", code, (summary,))
        explanation.notes.append(say(form, Words(catalog)).text)
        explanation.note_forms.append(form)
    if explanation.retry == "never" and explanation.who_acts == "card_issuer":
        explanation.who_acts = "customer"  # the bank will not change its mind: another card


def _named_entries(
    report: FailureReport, named: list[str], entries: list[CatalogEntry], catalog: Catalog
) -> list[CatalogEntry]:
    """The sensitive entries that only the paste's words name (`stolen_card` in a note)."""
    shown = {entry.code for entry in entries}
    found = []
    for code in named:
        if code in shown or code not in report.evidence:
            continue
        entry = next(
            (
                e
                for kind in ("decline_code", "outcome_type", "outcome_reason", "network_status")
                if (e := catalog.entry(kind, code)) is not None and e.sensitive
            ),
            None,
        )
        if entry is not None:
            found.append(entry)
    return found
