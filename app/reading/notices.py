"""Texts about payments that tell no failed payment: Stripe's e-mail that a webhook endpoint does
not answer, a card network's or Stripe's warning about a dispute rate, a Radar early fraud
warning. Their words ("failing", "fraud", "chargeback") are not one payment's failure, so they
are said for what they are; a failure written beside one (a code, Stripe's message) is read."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.reading.report import CodeKinds, PasteReading, UnreadablePaste

HEAD = 20_000  # a notice says what it is in its first lines
_SENTENCE = re.compile(r"[^.!?\u3002\uff01\uff1f\n]+[.!?\u3002\uff01\uff1f]?")

# A customer's e-mail in which the payments went through (taken twice, or already paid).
NOTHING_FAILED_NOTICES = {
    "double_charge": (
        "Nothing in this paste failed: the customer tells of a payment taken twice. Find both "
        "payments in the Dashboard and refund the one that should not have been taken."
    ),
    "already_paid": (
        "Nothing in this paste failed: the customer says the invoice or order is already paid. "
        "Find the payment in the Dashboard and tell them what it shows."
    ),
    "receipt": (
        "Nothing in this paste failed: the customer quotes the receipt of a payment that went "
        "through. Answer their question (an invoice, a tax id) from the payment in the Dashboard."
    ),
    "dispute_closed": (
        "Nothing in this paste failed: it tells of a dispute that is closed (won or lost) on a "
        "payment that went through. See the dispute in the Dashboard for its outcome and funds."
    ),
    "day_report": (
        "Nothing in this paste failed: it is an end-of-day report (a Z report) of a card "
        "terminal or a till, the day's payments added up, not one payment. Find the payment the "
        "customer asks about in the Dashboard."
    ),
    # Told in words (reading.told_states): a state of a dispute, a refund or a payout.
    "dispute": (
        "Nothing in this paste failed: it tells of a dispute (opened, under review, won or "
        "lost) on a payment that went through. See the dispute in the Dashboard for its state, "
        "its evidence and its funds."
    ),
    "refund": (
        "Nothing in this paste failed: it tells of a refund of a payment that went through. See "
        "the refund on the payment in the Dashboard; a refund takes 5 to 10 business days to "
        "show on the customer's statement."
    ),
    "payout": (
        "Nothing in this paste failed: it tells of a payout (money from the Stripe balance to a "
        "bank account) that is paid or on its way, not of a customer's payment. See Payouts in "
        "the Dashboard."
    ),
}
# Kinds of the vocabulary's notice words that only qualify another (a bill's words beside
# "already paid", a receipt's word beside its "amount paid" label, the words of "charged four
# times"): no notice of their own.
HELPER_KINDS = frozenset(
    {
        "bill",
        "receipt_word",
        "charged",
        "times",
        "times_unit",
        # a payout's, a dispute's or a refund's state: told only beside its noun (told_states)
        "payout_word",
        "payout_state",
        "dispute_state",
        "refund_state",
        "retry_word",  # a retry's words (reading.latest_state)
    }
)
EARLY_FRAUD_WARNING = (
    "Nothing in this paste failed: it is an early fraud warning (the card's issuer reported a "
    "payment that went through as possibly fraudulent). Look at the payment in the Dashboard "
    "and consider refunding it before it becomes a dispute."
)
_UNUSABLE = {
    "webhook_delivery": (
        "The paste is Stripe's notice that a webhook endpoint does not answer (a delivery to "
        "your server failed, not a payment): the developers fix the endpoint; paste a failed "
        "payment to have it explained."
    ),
    "dispute_fee": (
        "The paste is Stripe's notice that a dispute's fee was taken from the balance, not one "
        "failed payment: pass it to whoever handles disputes; paste a failed payment to have it "
        "explained."
    ),
    "dispute_rate": (
        "The paste is a warning about the account's dispute or chargeback rate, not one failed "
        "payment: pass it to whoever handles disputes; paste a failed payment to have it "
        "explained."
    ),
    "status_page": (
        "The paste is a status page's incident report (payments failing for many customers for "
        "a while), not one failed payment: paste the failed payment itself to have it explained."
    ),
}


def _phrases(known: CodeKinds) -> tuple[tuple[str, str], ...]:
    cached = known.cache.get("notice_words")
    if not isinstance(cached, tuple):
        words = sorted(known.notice_words.items(), key=lambda item: -len(item[0]))
        cached = known.cache["notice_words"] = tuple(w for w in words if w[1] not in HELPER_KINDS)
    return cached


# A bill's words ("invoice", "Rechnung", "請求書"): "already paid" is a notice only about one.
_BILL = "bill"
# A payment's or a dispute's id: a page or note about a dispute names its fee in passing.
_DISPUTED = re.compile(r"\b(?:ch|py|pi|du|dp)_[A-Za-z0-9]{10,}")


def _names_a_bill(text: str, known: CodeKinds) -> bool:
    lowered = text[:HEAD].lower()
    return any(_holds(lowered, w) for w, kind in known.notice_words.items() if kind == _BILL)


def _holds(lowered: str, words: str) -> bool:
    """Whether the words stand in the text as words (inside others for ja, zh-Hans, ko)."""
    at = lowered.find(words)
    while at >= 0:
        if not words.isascii():
            return True
        before = lowered[at - 1 : at]
        after = lowered[at + len(words) : at + len(words) + 1]
        if not (before.isalnum() or after.isalnum()):
            return True
        at = lowered.find(words, at + 1)
    return False


def notice_kind(text: str, known: CodeKinds) -> str | None:
    """The notice the text's first screens name (a closed dispute first, else its longest
    phrase), or None; a payment taken more than once told with any count."""
    lowered = text[:HEAD].lower()
    held = [kind for words, kind in _phrases(known) if _holds(lowered, words)]
    # A state told of a payout, a dispute or a refund ("入金 支払い済み": no bill is paid; a
    # dispute won, its fee returned: no notice of a fee taken).
    if set(held) <= {"already_paid", "dispute_fee", "receipt"}:
        from app.reading.told_states import told_state

        if (told := told_state(text, known)) is not None:
            return told[0]
    if "dispute_closed" in held:
        return "dispute_closed"  # a note about the dispute names its fee in passing
    kind = next(iter(held), None)
    if kind == "receipt" and not _has(lowered, known, "receipt_word"):
        kind = next((k for k in held if k != "receipt"), None)
    if kind == "already_paid" and _paid_denied(lowered, known):
        kind = None
    if kind is None and _charged_again(lowered, known):
        return _CHARGED_AGAIN
    return kind


# A payment taken again told with a count, a receipt, a closed dispute: a customer's or a note's
# words beside which a failure told in words ("there were failed charges", "apareceu 'Seu
# cartão foi recusado.'") is the paste's point.
_CHARGED_AGAIN = "charged_again"
_TOLD_BESIDE = frozenset({_CHARGED_AGAIN, "receipt", "dispute_closed"})


def _told_failed(rest: str, known: CodeKinds, words: bool) -> bool:
    """Whether the rest tells a payment failed (with `words`, any word of failure too)."""
    from app.reading.failure_words import says_failed, told_failure

    if told_failure(rest, known):
        return True
    if not words:
        return False
    from app.reading.sweep import codes_in  # a reason in the customer's words, above a receipt

    return says_failed(rest, known) or bool(codes_in(rest, known))


MIN_STATES = 2


def _count(text: str, known: CodeKinds, kind: str) -> int:
    lowered = text[:HEAD].lower()
    return sum(1 for w, k in known.notice_words.items() if k == kind and _holds(lowered, w))


def _has(lowered: str, known: CodeKinds, kind: str) -> bool:
    return any(_holds(lowered, w) for w, k in known.notice_words.items() if k == kind)


def _paid_denied(lowered: str, known: CodeKinds) -> bool:
    """Whether each "already paid" the text holds has a negation just before it ("nie została
    opłacona", "not yet paid")."""
    from app.reading.told_reasons import NEGATION

    found = [
        at.start()
        for words, kind in known.notice_words.items()
        if kind == "already_paid"
        for at in re.finditer(re.escape(words), lowered)
    ]
    return bool(found) and all(
        re.search(rf"{NEGATION}\W+(?:\w+\W+)?$", lowered[max(0, at - 30) : at]) for at in found
    )


def _charged_again(lowered: str, known: CodeKinds) -> bool:
    """Whether a sentence tells a payment taken more than once with a count ("charged four
    times", "dos veces cobrado", "3x abgebucht", "4回請求された")."""
    words = known.notice_words
    charged = [w for w, k in words.items() if k == "charged"]
    if not any(w in lowered for w in charged):
        return False
    units = "|".join(re.escape(w) for w, k in words.items() if k == "times_unit")
    for sentence in _SENTENCE.finditer(lowered):
        said = sentence.group()
        if not any(_holds(said, w) for w in charged):
            continue
        if any(_holds(said, w) for w, k in words.items() if k == "times"):
            return True
        if units and re.search(rf"(?<![\d.,])[2-9]\s*(?:{units})(?![a-z])", said):
            return True
    return False


def _rest(text: str, known: CodeKinds) -> str:
    """The text without the sentences that belong to the notice."""
    phrases = _phrases(known)
    head = text[:HEAD]
    parts, at = [], 0
    for sentence in _SENTENCE.finditer(head):
        if any(_holds(sentence.group().lower(), words) for words, _ in phrases):
            parts += [head[at : sentence.start()], "\n"]  # the rest as it was written
            at = sentence.end()
    return "".join([*parts, head[at:]])


# A payment's own id: with a failure told beside it, that payment failed.
_PAYMENT_ID = re.compile(r"\b(?:ch|py|pi|in)_[A-Za-z0-9]{10,}")


def _tells_a_failure(rest: str, known: CodeKinds, messages: bool = True) -> bool:
    """Whether what is left writes a Stripe code as a code, one of Stripe's failure messages
    (unless `messages` is false: a status page quotes the message its many failures showed), a
    failure event (`charge.failed`) or a payment's id with a failure told: a failed payment
    pasted beside the notice."""
    from app.reading.failure_words import told_failure
    from app.reading.messages import match
    from app.reading.plaintext import read_cli_lines
    from app.reading.sweep import codes_in

    if codes_in(rest, known, as_words=False) or read_cli_lines(rest):
        return True
    found = match(rest, known.messages) if messages else None
    if found is not None and found.outcome_type != "authorized":
        return True
    return _PAYMENT_ID.search(rest) is not None and told_failure(rest, known)


def read_notice(text: str, known: CodeKinds) -> PasteReading | None:
    """The reading of a notice: nothing failed for an early fraud warning, one sentence (raised)
    for the others; None when the text is no notice or also tells a failure."""
    kind = notice_kind(text, known)
    if kind in _TOLD_STATES:
        return _told_state(text, kind, known)
    if kind is None:
        return None
    # A status page's several states ("Investigating", "Identified", "Resolved") quote the
    # message its many failures showed; one phrase beside Stripe's message may be a note's.
    messages = kind != "status_page" or _count(text, known, kind) < MIN_STATES
    # A receipt's words ("payment method", "approved") stand in a failure's sentence too
    # ("Payment method declined: do_not_honor"): beside a receipt, every sentence is read.
    rest = text[:HEAD] if kind == "receipt" else _rest(text, known)
    if _tells_a_failure(rest, known, messages):
        return None
    if kind in _TOLD_BESIDE and _told_failed(rest, known, words=kind == "receipt"):
        return None  # "the card was refused this month (last month's receipt below)"
    kind = "double_charge" if kind == _CHARGED_AGAIN else kind
    if kind == "dispute_fee" and _DISPUTED.search(text[:HEAD]):
        return None  # the dispute's page or a note about it: read as the dispute
    if kind == "already_paid" and not _names_a_bill(text, known):
        return None  # "I paid already" in a complaint about something else
    if kind == "early_fraud_warning":
        return PasteReading([], "text", [EARLY_FRAUD_WARNING])
    if kind in NOTHING_FAILED_NOTICES:
        return PasteReading([], "text", [NOTHING_FAILED_NOTICES[kind]])
    raise UnreadablePaste("prose", _UNUSABLE.get(kind, _UNUSABLE["dispute_rate"]))


_TOLD_STATES = frozenset({"dispute", "refund", "payout"})


def _told_state(text: str, kind: str, known: CodeKinds) -> PasteReading | None:
    """Nothing failed for a dispute's, a refund's or a payout's state told in words, unless
    what is left tells a failure (a code that is no dispute's or refund's reason, Stripe's
    message of a failure, a payment told failed)."""
    from app.reading.sweep import codes_in
    from app.reading.told_states import reasons_only, told_state

    told = told_state(text, known)
    if told is None:
        return None
    from app.reading.documents import a_document, told_other

    if a_document(text, known) or told_other(text, known) is not None:
        return None  # a page, refused as one; a note naming the dispute's payment, said so
    head, at, parts = text[:HEAD], 0, []
    for start, end in sorted(told[1]):
        parts += [head[at:start], "\n"]
        at = max(at, end)
    rest = "".join([*parts, head[at:]])
    from app.reading.messages import match

    said = match(head, known.messages)  # Stripe's error in its own sentences too
    if said is not None and said.outcome_type != "authorized":
        return None  # "Charge ch_… has already been refunded.", "No such payout: …"
    codes = codes_in(head, known, as_words=False)
    if codes and not reasons_only(head, codes, kind, known):
        return None  # "refunded (reason: stolen_card)": no refund has that reason
    if codes:
        rest = re.sub("|".join(map(re.escape, codes)), " ", rest)
    if _tells_a_failure(rest, known) or _told_failed(rest, known, words=False):
        return None
    return PasteReading([], "text", [NOTHING_FAILED_NOTICES[kind]])


def not_one_payment(
    pasted: str, text: str, known: CodeKinds, read: Callable[[str, CodeKinds], PasteReading]
) -> PasteReading | None:
    """The reading of a text that may be about no one payment (a notice, a page or list about
    codes, another processor's paste), or None to read on; the unusable ones raise."""
    from app.reading.about_codes import beside_a_list
    from app.reading.other_processor import refuse_theirs

    if (notice := read_notice(text, known)) is not None:
        return notice
    from app.reading.code_guides import code_guide
    from app.reading.radar_rules import refuse_rules

    refuse_rules(text, known)
    if code_guide(pasted, known):  # as pasted: a table's rows, before any were joined
        from app.reading.about_codes import about_codes_error

        raise about_codes_error()
    from app.reading.documents import not_a_payment

    if (other := not_a_payment(text, known, pasted)) is not None:
        return other
    if (rest := beside_a_list(pasted, text, known, read)) is not None:
        return rest
    refuse_theirs(text, known)
    return None
