"""A text about reasons rather than one failed payment: a table or list of decline reasons in
words, another processor's codes, a test-card table with outcomes, a help centre's page or FAQ.
When it writes none of Stripe's codes, the reasons it lists are examples, not this customer's,
so it is not read as a failure (issue 26: a text that writes Stripe's codes is read from its
words, and any sensitive one among them makes it confidential); a failure written beside it (a
Stripe id, a labelled code) is read from the rest of the text, without the list's rows."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.reading.report import CodeKinds, PasteReading, UnreadablePaste

HEAD = 50_000  # a page about codes shows what it is in its first screens
MAX_LINES = 600
MIN_ROWS = 3  # rows naming this many distinct codes make a list (two codes may be one payment)

# A row's marker: a bullet, a number, a table's bar or cell, an HTML cell.
_MARKER = r"^[ \t]*(?:(?:<t[rdh][^>]*>|[-*•·◦‣+>|]|\d{1,2}[.)])[ \t]*)*"
# What a row names first: a code token in any style, a numeric code, a card number.
_HEAD = (
    r"[`'\"*]*(?P<head>[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]+)+"
    r"|\d{4}(?:[ -]?\d{2,4}){2,4}|\d{2,6}|[A-Za-z]{8,})[`'\"*]*"
)
# Between a row's code and its description: a bar, a cell, a tab, a dash, a colon, two spaces.
_SEPARATOR = (
    r"(?:[ \t]*(?:\||</t[dh]>\s*<t[dh][^>]*>|\t|[,;])[ \t]*"
    r"|[ \t]+[-\u2013\u2014:=][ \t]+|:[ \t]+|[ \t]{2,})"
)
_DESCRIBED = re.compile(rf"{_MARKER}{_HEAD}{_SEPARATOR}(?P<rest>.*)$")
_ALONE = re.compile(rf"{_MARKER}{_HEAD}[ \t.,;|]*(?:</t[dh]>)?[ \t]*$")
_BULLET = re.compile(r"^[ \t]*(?:[-*•·◦‣+]|\d{1,2}[.)])[ \t]+(?P<words>[^\n]{3,60}?)[ \t.,;]*$")
_QUESTION = re.compile(r"(?m)^[ \t]*(?:[-*•·◦‣+#]+|q:)[ \t]*[^\n?]{10,120}\?[ \t]*$")
_BULLET_QUESTION = re.compile(
    r"(?m)^[ \t]*(?:[-*•·◦‣+]|q:|\d{1,2}[.)])[ \t]*[^\n?]{10,120}\?[ \t]*$"
)
_WORD = re.compile(r"[^\W\d_]{2,}")

# What one payment's paste has and a page about codes has not: a Stripe id, a code after its
# field's name (`decline_code: lost_card`, "Decline code = x").
_INCIDENT = re.compile(
    r"\b(?:ch|py|pi|pm|req|evt|seti|in|src|re|dp|cus)_[A-Za-z0-9]{8,}"
    r"|(?i:\b(?:decline|failure|error|refusal)[ _-]?(?:code|reason)s?[\"'`]?\s*(?:[:=]|=>)\s*"
    r"[\"'`]?[A-Za-z0-9]+_[A-Za-z0-9_]+)"
)


def incident(text: str) -> bool:
    """Whether the text names one payment of its own: a Stripe id or a labelled code."""
    return _INCIDENT.search(text[:HEAD]) is not None


def list_rows(text: str, known: CodeKinds) -> list[tuple[int, str]]:
    """The lines of a code table or list (line number, the code it names), when at least
    MIN_ROWS distinct codes stand at the head of rows; otherwise none. Remembered for the
    last head read: the page readers ask it of one head several times."""
    last = known.cache.get("list_rows")
    if isinstance(last, tuple) and last[0] == text[:HEAD]:
        return list(last[1])
    rows = []
    for number, line in enumerate(text[:HEAD].splitlines()[:MAX_LINES]):
        head = _row_head(line, known)
        if head is not None:
            rows.append((number, head))
    rows = rows if len({head for _, head in rows}) >= MIN_ROWS else []
    known.cache["list_rows"] = (text[:HEAD], rows)
    return list(rows)


def _row_head(line: str, known: CodeKinds) -> str | None:
    if len(line) > 400:
        return None
    if (match := _DESCRIBED.match(line)) is not None:
        head, rest = match.group("head"), match.group("rest")
        if _is_code(head, known, alone=False) and _describes(rest):
            return head.lower()
        return None
    if (match := _ALONE.match(line)) is not None and re.match(r"\s*\S", line):
        head = match.group("head")
        if _is_code(head, known, alone=True) and match.group().strip() != head:
            return head.lower()  # marked as a row: a bullet or a cell, not a bare code
        return None
    if (bullet := _BULLET.match(line)) is not None and (named := _in_words(bullet["words"], known)):
        return named
    cells = re.split(_SEPARATOR, re.sub(_MARKER, "", line), maxsplit=1)
    if len(cells) == 2 and _describes(cells[1]):
        return _in_words(cells[0], known)  # "| Insufficient funds | Ask for another card |"
    return None


def _describes(rest: str) -> bool:
    """Whether a row's rest is a description: two words, or a phrase of a language written
    without spaces ("資金不足", "リスクレベルが高い課金")."""
    words = _WORD.findall(rest)
    from app.reading.labels import no_spaces

    return len(words) >= 2 or any(len(word) >= 4 and no_spaces(word) for word in words)


def _in_words(cell: str, known: CodeKinds) -> str | None:
    """The words of a short cell that tells a code ("Restricted Card", "Insufficient funds")."""
    words = " ".join(_WORD.findall(cell.lower()))
    if not words or words.count(" ") > 5:
        return None
    code = words.replace(" ", "_")
    if ("_" in code and code in known) or words in known.reason_words:
        return words  # each row its own reason, however many tell one code
    from app.reading.told_reasons import told_reasons

    return words if told_reasons(words) else None  # "Card reported stolen", "Suspected fraud"


def _is_code(head: str, known: CodeKinds, *, alone: bool) -> bool:
    """Whether a row's head is a code: a catalogue code in any style, an upper-case token
    (`PIN_RETRY_COUNT_EXCEEDED`), a numeric code or a card number in a described row."""
    if head.isdigit() or head.replace(" ", "").replace("-", "").isdigit():
        return not alone
    folded = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", head).replace("-", "_").lower()
    if folded in known.names:
        return False  # a field's name, as in `decline_code: x`
    if "_" not in folded:  # one word: a decline code (`fraudulent`), not a title's word
        return "decline_code" in known.get(folded, ())
    return folded in known or (head.isupper() and "_" in head)


def markers(text: str, known: CodeKinds) -> tuple[int, int, int]:
    """How many of a help page's headings and hints the text's first screens hold, and how
    many words of one person's report of what happened ("steps to reproduce")."""
    lowered = text[:HEAD].lower()
    counts = {"heading": 0, "hint": 0, "told": 0}
    for words, kind in known.document_words.items():
        # Advice to a page's reader ("your customers", "we recommend") is one of its hints.
        kind = "hint" if kind == "advice" else kind
        if kind in counts and holds_words(lowered, words):
            counts[kind] += 1
    if len(_QUESTION.findall(lowered)) >= 2:
        counts["heading"] += 2  # an FAQ: its questions as bullets or headings
    return counts["heading"], counts["hint"], counts["told"]


def faq_questions(text: str) -> int:
    """How many questions the text sets as bullets, as an FAQ does (an issue's template asks
    its questions as headings: "### What's wrong?")."""
    return len(_BULLET_QUESTION.findall(text[:HEAD]))


# The answers for the last texts asked about: the page readers ask each of several hundred
# words of the same head in turn (a log's head of 50 KB: a look for each word each time).
_HELD: dict[str, dict[str, bool]] = {}


def holds_words(lowered: str, words: str) -> bool:
    """Whether `words` stand whole in a lower-cased text (inside others for ja, zh, ko)."""
    held = _HELD.get(lowered)
    if held is None:
        if len(_HELD) >= 2:
            _HELD.clear()
        held = _HELD[lowered] = {}
    found = held.get(words)
    if found is None:
        found = held[words] = _holds_words(lowered, words)
    return found


def _holds_words(lowered: str, words: str) -> bool:
    at = lowered.find(words)
    if at < 0:
        return False
    if not words.isascii():
        return True  # ja, zh-Hans and ko words stand inside others
    before = lowered[at - 1 : at]
    after = lowered[at + len(words) : at + len(words) + 1]
    return not (before.isalnum() or after.isalnum()) or _holds_words(lowered[at + 1 :], words)


def a_page(text: str, known: CodeKinds) -> bool:
    """Whether prose is a help page about failures in general: a heading and another of its
    words, no words of one person's report, and a title that names no one error."""
    headings, hints, told = markers(text, known)
    if told or headings < 1 or headings + hints < 2:
        return False
    return not titled_by_a_message(text, known)


def titled_by_a_message(text: str, known: CodeKinds) -> bool:
    """Whether the page's title names one code in words or is one of Stripe's messages ("Your
    card was declined"): a page about that one error, explained as an agent's question is."""
    from app.reading.messages import match

    title = _before_a_row(next((line for line in text[:2000].splitlines() if line.strip()), ""))
    if len(title) > 120 or title.rstrip().endswith("?"):
        return False  # "Why was my card declined?" asks about every reason
    words = re.findall(r"[a-z0-9]+", title.lower())
    named = {
        code
        for start in range(len(words))
        for end in range(start + 2, min(start + 5, len(words)) + 1)
        if (code := "_".join(words[start:end])) in known
    }
    if named:
        return len(named) == 1  # "Stripe Error: Revocation Of Authorization"
    return match(title, known.messages) is not None


_ROW_CODE = re.compile(r"[:\u2013\u2014]\s*[`'\"*]*[A-Za-z]+(?:_[A-Za-z0-9]+)+")


def _before_a_row(title: str) -> str:
    """The title without a list's first row written after its colon or dash ("Card declines
    \u2013 cheat sheet: insufficient_funds \u2192 ask for another card"): that code is the
    list's first entry, not the page's subject."""
    from app.reading.said_codes import ROW_AFTER

    for row in _ROW_CODE.finditer(title):
        if ROW_AFTER.match(title, row.end()):
            return title[: row.start()]
    return title


def only_rows(text: str, rows: list[tuple[int, str]]) -> str:
    """The list's rows alone: whether they write Stripe's codes."""
    kept = {number for number, _ in rows}
    return "\n".join(line for n, line in enumerate(text.splitlines()) if n in kept)


def without_rows(text: str, rows: list[tuple[int, str]]) -> str:
    """The text with a list's rows taken out: what is left may tell one payment."""
    dropped = {number for number, _ in rows}
    return "\n".join(line for n, line in enumerate(text.splitlines()) if n not in dropped)


def about_codes_error() -> UnreadablePaste:
    """The one sentence for a page or list about codes."""
    return UnreadablePaste(
        "prose",
        "The paste is a page or list about decline codes (a table, an FAQ or a help page), "
        "not one failed payment: paste the payment's JSON, its Dashboard page or the error.",
    )


def beside_a_list(
    pasted: str, text: str, known: CodeKinds, read: Callable[[str, CodeKinds], PasteReading]
) -> PasteReading | None:
    """A list of reasons or a help page that writes no Stripe code is no failure; beside one
    payment's id or labelled code, that payment is `read` without the list's rows. Stripe's
    codes written in it are read from the words, as issue 26 asks: every one of them evidence.
    Rows are found as pasted: unwrapping joins rows of one width as if one wrapped line."""
    from app.reading.sweep import codes_in

    rows = list_rows(pasted, known)
    if rows:
        if codes_in(only_rows(pasted, rows), known, as_words=False):
            return None
    elif codes_in(text, known, as_words=False) or incident(text):
        return None
    elif a_page(text, known):
        raise about_codes_error()
    else:
        return None
    if not incident(text):
        raise about_codes_error()
    try:
        return read(without_rows(pasted, rows), known)
    except UnreadablePaste:
        raise about_codes_error() from None
