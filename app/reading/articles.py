"""The shape of a help-centre article (issue 26, session 9): who speaks and how the text is set,
in any of the twelve languages, rather than one heading's words. An article gives the reader
numbered steps in the imperative ("1. Log into your Stripe account 2. Click Payments"), is set
under short headings, opens with a question as its title, and tells of no one payment (no
amount, no date or time). A bug report's "steps to reproduce" tell what someone did, beside an
error, an id or a labelled code: documents.py reads those as one payment before asking this."""

from __future__ import annotations

import re
from functools import lru_cache

from app.reading.report import CodeKinds

# A step, numbered or a list's item ("1.", "2)", "3、", "-", "Step 4:") and what follows it.
_STEP = re.compile(
    r"(?im)^[ \t]*(?:\d{1,2}[.)\u3001\uff0e]|[-*\u2022]"
    r"|(?:step|schritt|étape|paso|passo|stap|steg|krok)[ \t]+\d{1,2}[:.]?"
    r"|(?:ステップ|步骤|단계)[ \t]*\d{1,2}[:.\uff1a]?)[ \t]*(\S[^\n]*)$"
)
MIN_STEPS = 2
# A heading: a short line of words, no sentence's end (a question mark may end a title).
_HEADING = re.compile(r"^[ \t]*(?:#{1,4}[ \t]+)?[^\W\d_][^\n.!:;,\u3002]{1,58}[?\uff1f]?[ \t]*$")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*\u2022]|\d{1,2}[.)\u3001])[ \t]")
MIN_HEADINGS = 2
TITLE_LINES = 3
# One payment's details: an amount in a currency, a date or a time of day.
_DETAILS = re.compile(
    r"[$€£¥₩]\s?\d|\d[\d.,\u00a0 ]*\s?(?:€|zł|kr|USD|EUR|GBP|JPY|円|元|원)\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b"
)


def article_signs(text: str, known: CodeKinds) -> int:
    """How many of an article's signs the text shows (0 to 3): steps in the imperative, two
    headings or more, a question as its title. None when it tells of one payment's details."""
    if payment_details(text):
        return 0
    lines = text.splitlines()
    # The title among the first lines (an e-mail's greeting or quote header may stand above).
    firsts = [line.strip() for line in lines if line.strip()][:TITLE_LINES]
    return (
        (_imperative_steps(text, known) >= MIN_STEPS)
        + (_headings(lines) >= MIN_HEADINGS)
        + any(line.endswith(("?", "\uff1f")) and _HEADING.match(line) for line in firsts)
    )


@lru_cache(maxsize=4)  # the page readers ask it of the same head in turn (a log's: 7 ms each)
def payment_details(text: str) -> bool:
    """Whether the text tells one payment's details: an amount, a date or a time of day."""
    return _DETAILS.search(text) is not None


def _imperative_steps(text: str, known: CodeKinds) -> int:
    """How many numbered lines tell the reader to do something."""
    verbs = [words for words, kind in known.document_words.items() if kind == "step"]
    return sum(
        any(_holds(step.group(1).lower(), verb) for verb in verbs) for step in _STEP.finditer(text)
    )


def _holds(line: str, words: str) -> bool:
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", words):
        return words in line  # ja, zh-Hans and ko words stand inside others
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", line) is not None


def _headings(lines: list[str]) -> int:
    """How many lines stand as headings: short, no sentence's end, after a blank line or at
    the top, and before a list or a blank line and more text."""
    count = 0
    heads = [bool(line.strip()) and _is_heading(line) for line in lines]
    for at in range(len(lines)):
        if not heads[at]:
            continue
        above = lines[at - 1].rstrip() if at else ""
        # after a blank line, the top, a sentence's end or another heading
        before = not above or above.endswith(_ENDS) or heads[at - 1]
        after = lines[at + 1] if at + 1 < len(lines) else ""
        if before and (not after.strip() or _LIST_ITEM.match(after) or heads[at + 1]):
            count += 1
    return count


_ENDS = (".", "!", "?", ":", "\u3002", "\uff01", "\uff1f", "\uff1a")


def _is_heading(line: str) -> bool:
    return not _LIST_ITEM.match(line) and _HEADING.match(line) is not None
