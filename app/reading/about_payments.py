"""A text ABOUT payments or ONE payment's (issue 26, reading12d): the features that set them
apart, weighed once. One payment's text tells it: a person's or a customer's own payment ("my
Link payment", "ich habe bezahlt", "私の支払い"), an amount, a date or a time (a Stripe id or a
labelled code is asked first, by documents.py). A text about payments shows what it is: a
quiz's options (A-D) or words, an FAQ's questions, code that branches on a code (`case
"fraudulent":`, `if decline_code == ...`), a commit or a diff, a template's placeholders
(`{{ name }}`), several codes each with its sentence, and weaker signs (a title over a body,
headings, a code defined, advice to a reader, a pull request's words, a forum's question).
A pull request or a page about ONE code stays that code explained (docs/labels.md: a question that
names a code explains it). Any sensitive code such a text names still shows beside its
"unusable" sentence (paste.py's warning): the invariant holds."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from app.reading.about_codes import holds_words
from app.reading.report import CodeKinds

HEAD = 50_000
STRONG = 2  # a list of codes each explained is as much as two weak signs
ENOUGH = 3  # what makes a text about payments: a strong sign, or a list and a weak one
MIN_OPTIONS = 3  # a quiz's options: three of A) B) C) D)
MIN_PLACEHOLDERS = 2  # distinct ones ({{ name }}, %AMOUNT%, *|FNAME|*): a template's
MIN_HANDLED = 1  # code that branches on a decline or error code: a handler, not a payment
MIN_QUESTIONS = 2  # an FAQ's
MIN_EXPLAINED = 3  # codes each on a line of its own with words explaining it
MIN_BODY = 150  # the characters under a title that make it a page's, not a one-line question

_OPTION = re.compile(r"(?m)^[ \t]*(?:[-*][ \t]+)?\(?([A-Da-d])[).:][ \t]+\S")
# A comparison or a branch on a code: `case "x":`, `== 'x'`, `when :x`, `in ("x", ...)`.
_HANDLES = re.compile(
    r"(?:\bcase\b|[=!]==?|\bwhen\b|\bin\s*[\[(]|\bincludes\(|\bequals\()\s*[:'\"`]"
    r"(?P<code>[a-z]+(?:_[a-z0-9]+)*)\b"
)
_CHANGE = re.compile(
    r"(?m)^(?:feat|fix|chore|refactor|docs|test|perf|build|ci)(?:\([^)\n]*\))?!?:\s"
    r"|^(?:\+\+\+ b/|--- a/|@@ -\d|Merge (?:pull request|branch) |(?:Signed-off|Co-authored)-by: )"
)
_TRAILER = re.compile(r"(?im)^[ \t]*(?:closes|fixes|resolves|refs?)[ \t]+#\d+")  # an issue's number
_PLACEHOLDER = re.compile(r"\{\{[^{}\n]{1,40}\}\}|%[A-Z][A-Z_]{2,30}%|\*\|[A-Z_]{3,30}\|\*")
# Words that explain a code, in the order a page writes them: "Stripe returns x when", "what
# does x mean", "understanding x" (code_guides.defined reads "x means", "x bedeutet"...).
_DEFINING = (
    r"\b(?:returns?|gives|sends|understanding|what\s+does|was\s+bedeutet|que\s+signifie"
    r"|qu[ée]\s+significa|o\s+que\s+significa|cosa\s+significa|wat\s+betekent|vad\s+betyder"
    r"|co\s+oznacza)\s+(?:the\s+|a\s+|an\s+|el\s+c[óo]digo\s+(?:de\s+rechazo\s+)?)?[`'\"]?"
    r"{code}\b|\b{code}[`'\"]?\s*(?:とは|是什么|란)"
)
_HEADING = re.compile(r"(?m)^[ \t>]*#{1,6}[ \t]+\S")
# A title that asks ("Which Radar action blocks a payment?"): the first line, short.
_QUESTION = re.compile(r"(?m)[?\uff1f][ \t]*$")  # a line that asks (a quiz's question)
_WORD_LETTER = re.compile(r"\w")
_TITLE_QUESTION = re.compile(r"^[^\n]{5,120}[?\uff1f][ \t]*$")


def about_payments(head: str, known: CodeKinds, written: Iterable[str]) -> bool:
    """Whether the text (in which `tells_own` found no payment of its own) is about payments
    or codes: a sign no payment's text has (a commit, a template, code that branches on a
    code, a quiz), or codes each explained on a line with a page's weaker signs beside them,
    or a forum's question about payments in general."""
    head = re.sub(r"\r\n?", "\n", head[:HEAD])  # as pasted: Windows' line ends too
    lowered = head.lower()
    codes = list(dict.fromkeys(written))
    decisive, strong, listed, weak = weigh(head, lowered, known, codes)
    if decisive:
        return True
    if not (strong or listed):
        return _asks_the_crowd(head, lowered, known, [c for c in codes if "_" in c])
    from app.reading.articles import payment_details

    # An amount or a date is one payment's, or a page's example: it takes one sign away.
    return ENOUGH * strong + STRONG * listed + weak - payment_details(head) >= ENOUGH


def tells_own(head: str, known: CodeKinds) -> bool:
    """Whether one person's or one customer's own payment is told outside a page's titles."""
    return _own(_not_titles(head[:HEAD].lower()), known)


def weigh(
    head: str, lowered: str, known: CodeKinds, written: list[str]
) -> tuple[int, int, bool, int]:
    """How many signs of a text about payments it shows: decisive ones (a commit, a template),
    strong ones (code, a quiz, an FAQ), whether codes are listed each explained, weak ones."""
    kinds = {kind for words, kind in _words(known) if holds_words(lowered, words)}
    options = {m.group(1).upper() for m in _OPTION.finditer(head)}
    from app.reading.code_guides import defined, is_code

    handled = {m["code"] for m in _HANDLES.finditer(head) if is_code(m["code"], known)}
    # A commit, a diff or a template's unfilled placeholders: never a payment's text at all;
    # code that branches on a code, a quiz's question and options: enough alone.
    decisive = (_CHANGE.search(head) is not None) + (
        len(set(_PLACEHOLDER.findall(head))) >= MIN_PLACEHOLDERS
    )
    asks = _QUESTION.search(head) is not None  # a quiz's question, with options or its words
    quiz = asks and (len(options) >= MIN_OPTIONS or "quiz" in kinds)
    from app.reading.about_codes import faq_questions

    faq = faq_questions(head) >= MIN_QUESTIONS  # an FAQ's questions as bullets or headings
    strong = (len(handled) >= MIN_HANDLED) + quiz + faq
    listed = _explained(head, written) >= MIN_EXPLAINED
    weak = (
        _titled(head)
        + (_HEADING.search(head) is not None or _headings(head, known))
        + bool(defined(head, written) or _defines(lowered, written))
        + bool(kinds & {"advice", "heading"})
        + ("hint" in kinds)
        + ("forum" in kinds)
        + ("change" in kinds or _TRAILER.search(head) is not None)
    )
    return decisive, strong, listed, weak


def _asks_the_crowd(head: str, lowered: str, known: CodeKinds, codes: list[str]) -> bool:
    """A forum's question about payments in general (fees, fraud, Radar) under its title: no
    code written, no payment told failed (headings and advice alone are an issue's too)."""
    if codes or not _titled(head):
        return False
    if not any(kind == "forum" and holds_words(lowered, w) for w, kind in _words(known)):
        return False
    from app.reading.failure_words import told_failure

    return not told_failure(head, known)


def _words(known: CodeKinds) -> list[tuple[str, str]]:
    return list(known.document_words.items())


def _defines(lowered: str, written: list[str]) -> bool:
    """Whether words explain one of the codes the text writes ("Stripe returns x when")."""
    return any(re.search(_DEFINING.format(code=re.escape(code)), lowered) for code in written)


def _titled(head: str) -> bool:
    """Whether the text opens with a title over a body: a short first line that asks, names
    a code or has no sentence's end, then paragraphs (an agent's one-line question has none)."""
    lines = head.strip().splitlines()
    if not lines or len(lines[0]) > 100 or len(head.strip()) - len(lines[0]) < MIN_BODY:
        return False
    title = lines[0].strip().lstrip("#").strip()
    return (
        bool(title)
        and (_TITLE_QUESTION.match(title) is not None or not title.endswith((".", "!", ":", ",")))
        and len(lines) > 2
        and not lines[1].strip()
    )


def _headings(head: str, known: CodeKinds) -> bool:
    from app.reading.articles import article_signs

    return article_signs(head, known) >= 1


def _explained(head: str, written: list[str]) -> int:
    """How many distinct codes stand each on its own line with words explaining it."""
    return len(set(explaining_lines(head, written)))


_NAME = re.compile(r"[A-Za-z_]+")
_CODE_NAME = re.compile(r"[A-Za-z]+(?:_[A-Za-z0-9]+)+")
_WORDS = re.compile(r"[^\W\d_]{2,}")


def explaining_lines(text: str, written: list[str]) -> Iterator[str]:
    """The code of each line that holds one code (however often) and two words or more
    explaining it ("| `lost_card` | Kaart als verloren gemeld |"), not a bare list of codes."""
    codes = set(written)
    if not codes:
        return
    for line in text.splitlines():
        named = {word for word in _NAME.findall(line) if word in codes}
        if len(named) == 1 and len(_WORDS.findall(_CODE_NAME.sub(" ", line))) >= 2:
            yield named.pop()


def _not_titles(lowered: str) -> str:
    """The text without its questions set as titles ("Why was my card declined?" heads a help
    page in its reader's words; a sentence of a note that asks goes on with more)."""
    return "\n".join(
        line
        for line in lowered.splitlines()
        if not (_TITLE_QUESTION.match(line.strip()) and len(line.strip()) <= 80)
    )


def _own(lowered: str, known: CodeKinds) -> bool:
    """Whether one person's or one customer's own payment is told, a word or two allowed
    between the possessive and its noun ("my Link payment", "ma nouvelle carte")."""
    pattern = known.cache.get("own_payment")
    if not isinstance(pattern, re.Pattern):
        phrases = sorted(w for w, kind in known.document_words.items() if kind == "own")
        # Grouped by first letter, each group led by its letter: re skips in C to a place
        # where one stands, and a word's edge is asked after it (`(?<!\w.)`, as `\b` before a
        # letter). Only whether one is found counts, so the order of the phrases does not.
        by_first: dict[str, list[str]] = {}
        for phrase in phrases:
            first, _, rest = phrase.partition(" ")
            if rest and first.isascii():
                body = rf"{re.escape(first)}(?:\s+[^\W\d_]+){{0,2}}?\s+{re.escape(rest)}"
            else:  # one word, or Japanese, Chinese or Korean, which stand inside others
                body = re.escape(phrase)
            letter = re.escape(phrase[0])
            edged = (rest and first.isascii()) or phrase.isascii()
            if edged and not _WORD_LETTER.match(phrase):
                by_first.setdefault("", []).append(rf"\b{body}")  # no letter to lead it
                continue
            by_first.setdefault(letter, []).append(
                ("(?<!\\w.)" if edged else "") + body.removeprefix(letter)
            )
        parts = [
            f"{letter}(?:{'|'.join(rests)})" if letter else "|".join(rests)
            for letter, rests in by_first.items()
        ]
        pattern = known.cache["own_payment"] = re.compile("|".join(parts) or r"(?!)")
    return pattern.search(lowered) is not None
