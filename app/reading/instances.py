"""ONE payment's text, or a text ABOUT payments that shows a sample (issue 26, reading14d)?
Weighed in one place from evidence that holds for texts never seen, not from one site's words.

One payment leaves traces a page has no reason to write: ids of the shapes Stripe gives (not a
docs' `ch_123`, `pi_xxx` or Stripe's docs account), a log's prefix on a line, a date with a time,
an amount, a ticket's or an order's number, a person telling their own payment. A page, a post,
a glossary, a cheat sheet or a help article shows what it is: headings, advice to its reader,
definitions and conditionals ("x means", "if you see"), steps, a sample announced as one
("Example response", "Beispiel", "レスポンス例"), sample ids, several processors named side by
side. The words are vocabulary.toml's `document_words`; the shapes are here. A text with a
page's signs and none of one payment's is a page, whatever sample failure it quotes: read_paste
raises with the page's sentence, and the confidential warning stays when a sensitive code
stands in it (DESIGN.md's invariant)."""

from __future__ import annotations

import re
from collections import Counter

from app.reading.report import CodeKinds

HEAD = 50_000
# Ids of the objects a failure concerns; the tail Stripe gives is long, random and mixed.
_ID = re.compile(
    r"\b(?:ch|py|pi|pm|req|evt|seti|in|src|re|dp|cus|sub|card|cs|tok|iauth|po)_"
    r"(?P<tail>[A-Za-z0-9]{3,})"
)
MIN_TAIL = 14
SHORT_TAIL = 8  # shorter than any id Stripe gives: a docs' `ch_123`, `pi_1a2b`
# What a sample id's tail shows: a run, a placeholder word, Stripe's docs account's ids.
_SAMPLE_TAIL = re.compile(
    r"(?i)x{3,}|0{4,}|1234|example|sample|test|fake|dummy|placeholder|your"
    r"|(?-i:LkdIwHu7ix|1032D82eZvKYlo2C)"
)
# An id its writer masked ("seti_*******", "pi_•••", "ch_[redacted]"): one payment's, hidden.
_MASKED = re.compile(
    r"\b(?:ch|py|pi|pm|req|evt|seti|in|src|re|cus|sub|acct)_(?:[*\u2022]{3,}|\[?redacted\]?"
    r"|<redacted>|\.{3}|\u2026)",
    re.IGNORECASE,
)
# The writer speaking of what they did or saw ("I can see", "ich habe", "j'ai", "eu vi").
_FIRST_PERSON = re.compile(r"\bI(?:'m|'ve|'d)?\b|(?i:\b(?:ich|j'ai|je|yo|eu|io|ik|jag)\s)")
# A stack trace's frame: one error raised once (Python's, Ruby's, Java's, JavaScript's, Go's).
_FRAME = re.compile(
    r"(?m)^[ \t]*(?:File \"[^\"\n]+\", line \d+|at [\w$.<>]+ ?\(?[^\n()]*:\d+"
    r"|[\w./-]+\.(?:rb|py|php|js|ts|go|java|kt|cs|ex|swift):\d+)"
)
_LOG_LINE = re.compile(
    r"(?m)^[ \t]*(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}|\[?\d{2}:\d{2}:\d{2}"
    r"|\[?(?:ERROR|WARN|WARNING|INFO|DEBUG|FATAL|CRITICAL)\b[\]:]?)"
)
_DATE_TIME = re.compile(r"\b\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}|\b\d{1,2}:\d{2}(?::\d{2})?\b")
_AMOUNT = re.compile(
    r"[$€£¥₩]\s?\d|\b\d[\d.,\u00a0 ]*\s?(?:€|zł|kr|USD|EUR|GBP|JPY|CAD|AUD|円|元|원)(?!\w)"
)
_NUMBERED = re.compile(
    r"(?i)\b(?:ticket|order|case|bestellung|commande|pedido|ordine|bestelling|order-?nr|zamówienie)"
    r"[ \t]*(?:#|no\.?|nr\.?|n[º°]|number)?[ \t]*[A-Z]{0,4}-?\d{3,}|(?<![\w&])#\d{4,}\b"
)
_MARKDOWN_HEADING = re.compile(r"(?m)^[ \t>]*#{1,6}[ \t]+\S")
# The reader addressed (Stripe's own messages say "your card", "Ihre Karte", rarely these).
_YOU = re.compile(r"(?i:\b(?:you|vous|você|usted)\b)|(?<=\w )Sie\b")
MIN_YOU = 3
PAGE = 3  # a page's signs enough to call it one, where one payment shows none
DOUBT = 1  # one sign more where the sample is confidential: a confidential failure is safe
MAX_SAMPLE_LINE = 40
MANY_PROCESSORS = 3
MANY_HEADINGS = 3  # markdown headings: one may be a note's, three are a page's sections
# The kinds of vocabulary.toml's document_words that are a page's, each counted once.
PAGE_KINDS = frozenset(
    {"heading", "advice", "step", "quiz", "change", "card_testing", "sample", "generic"}
)
SURE_PAGE = 6  # so many that one weak trace of a payment (a price, a time) does not outweigh
# An object or a body set out as data: a brace, then a field's name and a colon or an equals.
_OBJECT = re.compile(
    r"[{(]\s*[\"'`]?[A-Za-z_][\w.\\-]*[\"'`]?\s*(?:[:=](?!//)|=>)"
    r"|(?m:^[ \t]*\"[a-z_]+\"[ \t]*:[ \t]*\S[^\n]*\n[ \t]*\"[a-z_]+\"[ \t]*:)"
)


def instance_weight(text: str, known: CodeKinds, enough: int = 99) -> int:
    """How much of one payment the text shows (0 when none): a real id weighs 2, a log's line
    or a stack trace's frame 2, a masked id 2, one person's own payment told 2, a date with a
    time, an amount, a numbered ticket, the writer speaking in the first person 1. Counting
    stops at `enough` (the words are looked for last)."""
    head = text[:HEAD]
    weight = 2 * any(_real_id(m.group("tail")) for m in _ID.finditer(head))
    weight += 2 * (_MASKED.search(head) is not None)
    weight += 2 * (_LOG_LINE.search(head) is not None or _FRAME.search(head) is not None)
    if weight >= enough:
        return weight
    weight += _FIRST_PERSON.search(head) is not None
    weight += _DATE_TIME.search(head) is not None
    weight += _AMOUNT.search(head) is not None
    weight += _NUMBERED.search(head) is not None
    if weight >= enough:
        return weight
    from app.reading.about_payments import tells_own

    told = _kinds(head.lower(), known) & {"own", "told", "taken"}
    return weight + 2 * bool(told or tells_own(head, known))


def reference_weight(text: str, known: CodeKinds) -> int:
    """How much of a page the text shows: each kind of a page's words once (hints at most
    two), a sample announced, an article's shape, markdown headings, a reader addressed,
    questions set as an FAQ's, sample ids, several processors named side by side."""
    head = text[:HEAD]
    lowered = head.lower()
    from app.reading.about_codes import faq_questions, holds_words
    from app.reading.documents import _CONDITIONAL

    held = Counter(k for w, k in known.document_words.items() if holds_words(lowered, w))
    kinds, hints = set(held), held["hint"]  # each hint counts, up to two
    weight = len(kinds & PAGE_KINDS) + _announced(lowered, kinds, known)
    weight += min(hints + (len(_CONDITIONAL.findall(head)) >= 2), 2)
    from app.reading.articles import _headings, _imperative_steps

    lines = head.splitlines()
    weight += _headings(lines) >= 2 or _sections(lines) >= 2
    weight += _imperative_steps(head, known) >= 2
    markdown = len(_MARKDOWN_HEADING.findall(head))
    weight += (markdown >= 1) + (markdown >= MANY_HEADINGS)
    weight += len(_YOU.findall(head)) >= MIN_YOU
    weight += faq_questions(head) >= 2
    weight += any(_sample_id(m.group("tail")) for m in _ID.finditer(head))
    return weight + _processors_named(lowered, known)


def _sections(lines: list[str]) -> int:
    """How many lines stand as a section's heading over its paragraph: short, no sentence's
    end, after a blank line or the top, and followed by a longer sentence ("Bedeutung" over
    "Die Karte ist abgelaufen.", "意味" over its explanation) or a list."""
    from app.reading.articles import _ENDS, _LIST_ITEM, _is_heading

    count = 0
    for at, line in enumerate(lines[:-1]):
        above = lines[at - 1].strip() if at else ""
        below = lines[at + 1].strip()
        if above or not line.strip() or not _is_heading(line) or ":" in line:
            continue
        if _LIST_ITEM.match(lines[at + 1]) or (
            len(below) > len(line.strip()) and below.endswith(_ENDS)
        ):
            count += 1
    return count


def _announced(lowered: str, kinds: set[str], known: CodeKinds) -> bool:
    """Whether a sample is announced: a phrase ("Example response", "sieht so aus") or a
    line that is the word alone or opens with it before a colon ("Beispiel", "Exemplo de
    resposta da API:")."""
    if "sample" in kinds:
        return True
    words = tuple(w for w, kind in known.document_words.items() if kind == "sample_line")
    lines = (line.strip(" \t#*>`_-") for line in lowered.splitlines())
    return any(
        len(line) <= MAX_SAMPLE_LINE
        and line.startswith(words)
        and (line.rstrip(" :\uff1a") in words or line.endswith((":", "\uff1a")))
        for line in lines
    )


def a_sample(text: str, known: CodeKinds, confidential: bool = False) -> bool:
    """Whether the text is a page, a post or docs whose failure is a sample object: a page's
    signs and no trace of one payment, or a page's many signs against one weak trace. A page
    about one code with no object set out as data explains that code (docs/labels.md); one whose
    sample is confidential needs one sign more (a confidential failure is the safe side)."""
    return _weighed(text, known) >= PAGE + DOUBT * confidential


def _weighed(text: str, known: CodeKinds) -> int:
    """A page's weight over the bar PAGE stands for (below it when one payment shows)."""
    if _OBJECT.search(text[:HEAD]) is None:
        return 0
    instance = instance_weight(text, known, enough=2)
    if instance >= 2:
        return 0
    reference = reference_weight(text, known)
    return reference - (SURE_PAGE - PAGE) * instance


def _real_id(tail: str) -> bool:
    """Whether an id's tail has the shape Stripe gives: long, letters and digits, no sample's
    run or placeholder."""
    return (
        len(tail) >= MIN_TAIL
        and any(c.isdigit() for c in tail)
        and any(c.isalpha() for c in tail)
        and _SAMPLE_TAIL.search(tail) is None
    )


def _sample_id(tail: str) -> bool:
    """Whether an id's tail is a sample's: a placeholder run or word beside digits (`ch_123`,
    `pi_3Mtw...LkdIwHu7ix...`), or x's alone (`pi_xxxxxxxx`); a word (`card_declined`) is none."""
    if set(tail.lower()) == {"x"}:
        return True
    digits = any(c.isdigit() for c in tail)
    return digits and (len(tail) < SHORT_TAIL or _SAMPLE_TAIL.search(tail) is not None)


def _kinds(lowered: str, known: CodeKinds) -> set[str]:
    from app.reading.about_codes import holds_words

    return {kind for words, kind in known.document_words.items() if holds_words(lowered, words)}


def _processors_named(lowered: str, known: CodeKinds) -> int:
    """How much the processors named weigh: 1 for three or more, Stripe among them (a
    comparison), 2 for three others or more (a library mapping their codes, an orchestration's
    docs): one payment's note names its processor, and Stripe or one other beside it at most."""
    names = {name for word, name in known.other_processors.items() if _word_in(lowered, word)}
    if len(names) >= MANY_PROCESSORS:
        return 2
    return int(len(names) + ("stripe" in lowered) >= MANY_PROCESSORS)


def _word_in(lowered: str, word: str) -> bool:
    at = lowered.find(word)
    while at >= 0:
        before = lowered[at - 1] if at else " "
        end = at + len(word)
        after = lowered[end] if end < len(lowered) else " "
        if not (before.isalnum() or after.isalnum()):
            return True
        at = lowered.find(word, at + 1)
    return False


def refuse_sample(text: str, known: CodeKinds) -> None:
    """Raises with a page's sentence (another processor's when it names one and not Stripe)
    when the failures read from `text` are a page's sample: the error keeps the confidential
    codes the page names, so the agent still sees the warning."""
    weight = _weighed(text, known)
    if weight < PAGE:
        return
    from app.reading.sweep import evidence

    confidential = tuple(dict.fromkeys(evidence(text, known)))
    if confidential and weight < PAGE + DOUBT:
        return
    from app.reading.about_codes import about_codes_error
    from app.reading.other_processor import named_processor, stripe_named, theirs

    other = named_processor(text, known)
    error = theirs(other) if other and not stripe_named(text) else about_codes_error()
    error.confidential = confidential
    raise error
