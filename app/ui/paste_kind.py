"""What a clipboard holds, for the window's one meaning of Ctrl+V, and whether a reply carries a
Stripe payload: both read the text with the pipeline's own paste reader.

No Qt here: the window and the reply panel ask, tests/ui/test_paste_kind.py checks the answers.
"""

from __future__ import annotations

import re
from enum import Enum

from app.reading.paste import read_paste
from app.reading.report import CodeKinds, PasteReading, UnreadablePaste
from app.ui.i18n import translate

# No reply is this long: a longer clipboard is read as a ticket, never typed into a reply.
REPLY_MAX_CHARS = 20_000
# The reader's forms that only data has (a code alone is data too): never a customer's words.
_DATA_PATHS = frozenset({"json", "python_literal", "js_literal", "scanner", "codes"})
_WORD = re.compile(r"[A-Za-z0-9_]+")
# What a program prints and people do not write: an exception's class, a stack frame.
_PRINTED = re.compile(r"\w*(?:Exception|Error)\b[:(]|^\s+at\s", re.MULTILINE)


class Clip(Enum):
    """What pasting a text means (see `clip_kind`)."""

    EMPTY = "empty"  # nothing to paste
    TICKET = "ticket"  # a Stripe payload or failure: the new ticket, wherever the focus is
    CODE = "code"  # codes alone ("do_not_honor"): the ticket, but a search field's words
    PROSE = "prose"  # a sentence Stripe writes ("Your card was declined."): text where one types
    DATA = "data"  # HTML, binary, JSON without Stripe fields: never typed into a reply
    TEXT = "text"  # ordinary words


def clip_kind(text: str, known: CodeKinds) -> Clip:
    """How Ctrl+V treats `text`; reads at most REPLY_MAX_CHARS on the caller's thread."""
    if not text.strip():
        return Clip.EMPTY
    if len(text) > REPLY_MAX_CHARS:
        return Clip.TICKET  # read off the UI thread by the window, as any large paste
    try:
        reading = read_paste(text, known)
    except UnreadablePaste as error:
        return Clip.TEXT if error.kind == "prose" else Clip.DATA
    if reading.parse_path == "codes":
        return Clip.CODE
    if reading.parse_path == "text" and not reading.failures:
        return Clip.PROSE  # words saying nothing failed ("お支払いは完了しました")
    if reading.parse_path in _DATA_PATHS or not reading.failures:
        return Clip.TICKET  # a payload, also one where nothing failed (a succeeded charge)
    if _is_only_words(text, reading, known):
        return Clip.PROSE
    return Clip.TICKET


def _is_only_words(text: str, reading: PasteReading, known: CodeKinds) -> bool:
    """A failure read from words alone: no id, event, SDK exception or code written in it."""
    if any(r.ids.as_dict() or r.event_type for r in reading.failures):
        return False
    from app.reading import plaintext  # as the reader does: loaded when first needed (1.4 ms)

    if plaintext.sdk_error_type(text) is not None or _PRINTED.search(text):
        return False
    return not codes_in(text, known)


def codes_in(text: str, known: CodeKinds) -> list[str]:
    """The catalogue's snake_case codes written in `text` ("do_not_honor"), each once.

    Numeric network codes ("51") are left out: a number in a sentence is an amount or a date."""
    found = (word.lower() for word in _WORD.findall(text) if "_" in word)
    return list(dict.fromkeys(word for word in found if word in known))


def payload_in_reply(text: str, known: CodeKinds) -> str | None:
    """Why a reply must not be copied because it carries a Stripe payload (raw JSON, a log line,
    codes), or None: a customer gets words, never the data the agent pasted."""
    codes = codes_in(text, known)
    if codes:
        if len(codes) > 1:
            return translate(
                "PasteKind",
                "it contains the Stripe code “{code}” (and {more} more), which is for you, not "
                "the customer: say it in words",
            ).format(code=codes[0], more=len(codes) - 1)
        return translate(
            "PasteKind",
            "it contains the Stripe code “{code}”, which is for you, not the customer: say it "
            "in words",
        ).format(code=codes[0])
    try:
        reading = read_paste(text[: REPLY_MAX_CHARS * 5], known)
    except UnreadablePaste:
        return None
    if reading.parse_path in _DATA_PATHS or (
        reading.failures and not _is_only_words(text, reading, known)
    ):
        return translate(
            "PasteKind",
            "it contains Stripe data (JSON, a log line or an SDK error) pasted from the ticket",
        )
    return None
