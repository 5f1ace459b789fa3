"""Is this text ONE Stripe payment's failure? A text about payments in general is not: a help
page or a blog post that names codes as examples, Stripe's docs about the outcome model, another
gateway's table of codes, Stripe Issuing (the business is the card's issuer: its authorizations
are no payment it took), a dispute or a refund (nothing failed). Decided from evidence that
generalises: how much of the text is about one payment (a Stripe id, a code after its field's
name, one code told as the reason) against a document's signs (headings, advice to the reader,
codes named only as examples, another processor's name, Issuing's words). The words are
vocabulary.toml's `document_words`. A sensitive code told as the payment's is never a page: when
in doubt, a confidential failure is the safe side."""

from __future__ import annotations

import re
from collections import Counter

from app.reading.about_codes import holds_words, incident
from app.reading.other_processor import ISSUING
from app.reading.report import CodeKinds, PasteReading, UnreadablePaste

HEAD = 50_000  # a page shows what it is in its first screens
NOTE = 5_000  # a note about one dispute is shorter
# Stripe Issuing's ids: an authorization, a card, a cardholder, a transaction, a dispute.
_ISSUING_ID = re.compile(r"\b(?:iauth|ic|ich|ipi|idp)_[A-Za-z0-9]{8,}")
_ONE_PAYMENT = re.compile(r"\b(?:ch|py|pi|dp|du)_[A-Za-z0-9]{10,}")
# Sentences that explain a rule ("If Radar blocks the payment, outcome.type is blocked"):
# two or more of them read as a page's, never as one payment's note.
_CONDITIONAL = re.compile(
    r"(?im)(?:^|[.!?]\s+)(?:if|when|whenever|si|lorsque|quand|wenn|falls|sobald|cuando|se|"
    r"quando|als|wanneer|om|när|jeśli|jeżeli|gdy)\s"
)


def signs(text: str, known: CodeKinds) -> Counter[str]:
    """How many of each kind of document_words the text's first screens hold."""
    lowered = text[:HEAD].lower()
    found: Counter[str] = Counter()
    for words, kind in known.document_words.items():
        if not kind.endswith("_reason") and holds_words(lowered, words):
            found[kind] += 1
    if len(_CONDITIONAL.findall(text[:HEAD])) >= 2:
        found["hint"] += 1
    return found


def about_issuing(text: str, known: CodeKinds) -> bool:
    """Whether a text speaks of Stripe Issuing and of no payment the business took: an Issuing
    id or object name, unless a payment's id and a labelled code stand beside it; Issuing's
    words alone, unless a code is labelled or told (a confidential failure is the safe side)."""
    head = text[:HEAD]
    lowered = head.lower()
    if _ISSUING_ID.search(head) or "issuing_authorization" in lowered or "issuing.auth" in lowered:
        return not (_ONE_PAYMENT.search(head) and incident(head))
    kinds = {kind for w, kind in known.document_words.items() if holds_words(lowered, w)}
    if "issuing" not in kinds:
        return False
    if "issuing_authorization" in kinds:  # Issuing's words and its authorization
        return not (_ONE_PAYMENT.search(head) and incident(head))
    return not incident(head) and not _told_codes(head, _written(text, known), known)


def _written(text: str, known: CodeKinds) -> list[str]:
    """The codes the whole text writes as codes: the sweep the other readers share (a sweep of
    a slice of it would be a second sweep of a long paste)."""
    from app.reading.sweep import read_words

    return list(read_words(text, known).written)


def _told_codes(text: str, written: list[str], known: CodeKinds) -> list[str]:
    """The codes the words tell as the payment's ("failed with x", "decline_code: x")."""
    from app.reading.said_codes import TOLD, roles

    if not written:
        return []
    found = roles(text[:HEAD], written, known)
    return [code for code in written if TOLD in found[code]]


# A line of a bulleted or numbered list that is short (a reason, not a sentence of a note).
_BULLET = re.compile(
    r"(?m)^[ \t]*(?:[-*\u2022\u00b7\u25e6\u2023+]|\d{1,2}[.)])[ \t]+\S[^\n]{0,70}$"
)
MIN_BULLETS = 4
MANY_CODES = 5  # codes named, none told as the payment's: a page or a post about codes
# A line that starts with a code and describes it ("20051 Insufficient funds", "R01 - ..."):
# four of them make a table of codes, however its cells are set.
_CODE_LINE = re.compile(
    r"(?m)^[ \t]*[`'\"*|]*(?:\d{2,6}|[A-Z]\d{1,3}|[A-Za-z]+(?:_[A-Za-z0-9]+)+)[`'\"*|]*"
    r"[ \t]*(?:[-\u2013\u2014:=|.)\u2192\u21d2]|->|=>|\uff1a)?[ \t]*"
    r"(?:(?<=[\s\uff1a])|(?<=:)(?=[^\x00-\x7f]|[^\W\d_]{2,}[ \t,;]))[^\W\d_]{2,}[^\n]{0,100}$"
)
# Three names or more in a run ("authorized, manual_review, blocked, or invalid"): a page
# enumerating a field's values, in any of the languages' "or" and "and".
_ENUMERATION = re.compile(
    r"(?i)(?:`?[a-z]+(?:_[a-z0-9]+)*`?,\s+){1,}(?:or|and|ou|oder|und|o|y|e|of|en|eller|och|"
    r"lub|albo|i)\s+`?[a-z]+(?:_[a-z0-9]+)*`?"
)


def _enumerates(text: str) -> bool:
    """A run of names, two of them or more in snake_case (not a sentence's "a, b and c")."""
    return any(run.group().count("_") >= 2 for run in _ENUMERATION.finditer(text))


def _rows(text: str, known: CodeKinds) -> bool:
    """Whether the text is set as a list: rows of a table or list of codes, four short bullets
    or four lines that each start with a code."""
    from app.reading.about_codes import list_rows

    if len(_BULLET.findall(text)) >= MIN_BULLETS or len(_CODE_LINE.findall(text)) >= MIN_BULLETS:
        return True
    return bool(list_rows(text, known))


def _headed_rows(text: str, written: list[str]) -> bool:
    """Whether three codes or more each head a row ("insufficient_funds \u2192 ask for another
    card"), wherever the row starts (the first may follow a title's colon)."""
    from app.reading.said_codes import MIN_ROWS, row_heads

    return len(row_heads(text, written)) >= MIN_ROWS


def _explained_rows(text: str, written: list[str]) -> int:
    """How many lines hold one code and words explaining it ("| `lost_card` | Kaart als
    verloren gemeld |", "pickup_card: la tarjeta no debe usarse"), not a bare list of codes."""
    from app.reading.about_payments import explaining_lines

    return sum(1 for _ in explaining_lines(text, written))


def _one_payment(text: str) -> bool:
    from app.reading.articles import payment_details

    return _ONE_PAYMENT.search(text) is not None or payment_details(text)


def _names_many(text: str, written: list[str], told: list[str]) -> bool:
    """Whether prose names three codes or more with none told as the payment's, or runs
    through a field's values ("authorized, manual_review, blocked, or invalid")."""
    return (len(set(written)) >= 3 and not told) or _enumerates(text)


def _about_one_error(text: str, written: list[str], known: CodeKinds) -> bool:
    """Whether a page is about one error, explained as an agent's question about it is: its
    title names one code or is one of Stripe's messages, or it writes one code (or several,
    each its own subject, as a glossary's entries), or one of Stripe's messages and no code.
    Codes named only as examples or in a run ("codes like x, y or z") are no page's subject."""
    from app.reading.about_codes import titled_by_a_message
    from app.reading.messages import match
    from app.reading.said_codes import NEUTRAL, QUESTION, roles

    if titled_by_a_message(text, known):
        return True
    if not written:
        return match(text, known.messages) is not None
    found = roles(text, written, known)
    return any(found[code] & {NEUTRAL, QUESTION} for code in written)


def a_document(text: str, known: CodeKinds, pasted: str | None = None) -> bool:
    """Whether prose is a page, a post, docs or a table about payments in general: no Stripe
    id or labelled code, no code told as the payment's, no words of one person's report, and
    at least two strong signs (headings, advice to a reader, a list of reasons or codes,
    another processor's name), three signs in all with the weak ones (hints)."""
    from app.reading.code_guides import code_guide, glossary, names_in_prose
    from app.reading.other_processor import named_processor, stripe_named

    head = text[:HEAD]
    if code_guide(head, known):
        return True  # a table of codes in source, a macro choosing a reply by code
    if incident(head):
        return False
    from app.reading.about_payments import about_payments, tells_own

    if tells_own(head, known):
        return False  # "my payment ... was declined" beside a quoted page: that payment's
    written = _written(text, known)
    # Lines as pasted too: unwrapping joins a quiz's short lines as if one wrapped line, and
    # undoes the HTML or the quoting that hides them.
    if any(about_payments(view[:HEAD], known, written) for view in {text, pasted or text}):
        return True  # a quiz, a commit, code, a template, a page: no one payment told
    if glossary(head, written) and not _one_payment(head):
        return True  # three codes or more, each defined where it stands
    told = _told_codes(head, written, known)
    if told:
        return False
    found = signs(head, known)
    if found["told"]:
        return False
    if not _one_payment(head) and (
        (
            found["card_testing"]
            and len(set(written)) >= 2
            and not set(written) & known.sensitive_codes
        )
        or (not _rows(head, known) and names_in_prose(head, known, written))
    ):
        return True  # a post about card testing, or codes named in prose, none told or failed
    from app.reading.about_codes import list_rows

    others = found["heading"] + found["advice"] + (named_processor(head, known) is not None)
    if list_rows(head, known) and others + found["hint"] >= 1:
        return True  # a table or list of codes, each described, under a title or a header
    rows = _rows(head, known) or _headed_rows(head, written)
    listed = rows or _names_many(head, written, told)
    if listed and named_processor(head, known) is not None and not stripe_named(head):
        return True  # another gateway's list of codes, whichever codes it shares with Stripe
    from app.reading.articles import article_signs

    distinct, shaped = len(set(written)), article_signs(head, known)  # steps, headings, title
    many = distinct >= MANY_CODES or (rows and distinct >= MIN_BULLETS)  # each code a row
    if many and _explained_rows(head, written) >= MIN_BULLETS and not _one_payment(head):
        return True  # codes each explained on its row, none told, no one payment's id or time
    if not many and shaped < 2 and _about_one_error(head, written, known):
        return False
    if rows and found["heading"]:
        return True  # a list of reasons set under a page's heading ("Powody odrzucenia: - ...")
    strong = others + listed + shaped + many  # one payment has one code, or one a try
    return strong >= 2 and strong + min(found["hint"], 2) >= 3


_REFUND_ID = re.compile(r"\b(?:re|pyr)_[A-Za-z0-9]{8,}")
# What a note tells instead of a failure: its words' kind and the kinds of the reasons it may
# write (a refund's reasons are its own and two of a dispute's, "duplicate" and "fraudulent").
_TOLD_OBJECTS = (
    ("dispute", ("dispute_reason",)),
    ("refund", ("refund_reason", "dispute_reason")),
)


def told_other(text: str, known: CodeKinds) -> tuple[str, dict[str, str]] | None:
    """The dispute (a chargeback) or refund a note tells, with no failure, as (kind, its id),
    or None: the only codes it writes are that object's reasons (`fraudulent`,
    `requested_by_customer`), it names one payment, refund or reason, no word says a payment
    failed and nothing was blocked."""
    from app.reading.failure_words import says_failed
    from app.reading.sweep import read_words

    if len(text) > NOTE:
        return None  # a note about one dispute or refund, not a log or a page
    lowered = text.lower()
    words = known.document_words
    for kind, reason_kinds in _TOLD_OBJECTS:
        if not any(told == kind and holds_words(lowered, w) for w, told in words.items()):
            continue
        reasons = {w for w, told in words.items() if told in reason_kinds}
        swept = read_words(text, known)
        # A chargeback's story: the money was taken (after failed retries, maybe) and the
        # cardholder disputed it; "the card was lost" is the dispute's reason, not a decline's.
        taken = kind == "dispute" and any(
            told == "taken" and holds_words(lowered, w) for w, told in words.items()
        )
        spoken = reasons | known.sensitive_codes if taken else reasons
        if swept.blocked or not set(swept.written) <= reasons or not set(swept.spoken) <= spoken:
            return None
        refund = _REFUND_ID.search(text) if kind == "refund" else None
        if not (swept.written or _ONE_PAYMENT.search(text) or refund or taken):
            return None
        if says_failed(text, known) and not taken:
            return None
        return kind, ({"id": refund.group()} if refund else {})
    return None


def not_a_payment(text: str, known: CodeKinds, pasted: str | None = None) -> PasteReading | None:
    """The reading of a text about no one failed payment (a dispute: nothing failed), or None
    to read on; Issuing and pages raise with one sentence. `pasted`: the text before it was
    unwrapped, whose lines a page's signs are read from."""
    if about_issuing(text, known):
        raise UnreadablePaste("prose", ISSUING)
    if a_document(text, known, pasted):
        from app.reading.about_codes import about_codes_error
        from app.reading.other_processor import named_processor, stripe_named, theirs

        other = named_processor(text, known)
        raise theirs(other) if other and not stripe_named(text) else about_codes_error()
    told = told_other(text, known)
    if told is not None:  # said as the window's languages say "it is a dispute" or "a refund"
        from app.reading.nothing_failed import nothing_failed

        return PasteReading([], "text", [nothing_failed(told)])
    return None
