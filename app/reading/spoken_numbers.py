"""A card network's response code said in words (issue 26, reading15w): a call transcript, a
voice memo or a note that writes "Antwortcode null fünf", "응답코드 공 사", "code de réponse
cinquante-neuf" or "response code five nine". The numbers of every shipped language are
vocabulary group `number_words` (made from one table per language, resources/catalog/
number_words.toml); a run of them right after a code's label is read as its digits, a number
(cinquante-neuf: 59) or one digit at a time (null fünf: 05), and the text with the run written
as digits goes to the same label reader as any code (reading.labels)."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.reading.labels import code_labels, network_code_after_label, no_spaces
from app.reading.report import CodeKinds

HEAD = 20_000  # a transcript, a memo or a note; a log writes its codes as digits
MAX_RUNS = 50
_LONGEST = 4  # words of the longest phrase ("quatre vingt dix neuf")
_LATIN_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_HANGUL = ("\uac00", "\ud7af")


def _unspaced(char: str) -> bool:
    """Whether a number word starting with `char` is written without spaces (U+3007 too)."""
    return char == "\u3007" or no_spaces(char)


def _words(known: CodeKinds) -> tuple[dict[str, str], dict[str, int]]:
    """The phrases and the number each says, and for each first character of a phrase of a
    script without spaces, the longest phrase's length."""
    cached = known.cache.get("number_words")
    if isinstance(cached, tuple):
        return cached
    phrases: dict[str, str] = dict(getattr(known, "number_words", {}) or {})
    firsts: dict[str, int] = {}
    for phrase in phrases:
        if _unspaced(phrase[:1]):
            firsts[phrase[0]] = max(firsts.get(phrase[0], 0), len(phrase))
    known.cache["number_words"] = (phrases, firsts)
    return phrases, firsts


def _items(text: str, at: int, known: CodeKinds) -> tuple[list[str], int]:
    """The numbers said one after another from `at` (spaces, hyphens and commas between them),
    and where the last one ends."""
    phrases, firsts = _words(known)
    items: list[str] = []
    end = at
    while len(items) < 3:
        start = end
        while start < len(text) and text[start] in " \t,-\u00a0":
            start += 1
        found = _cjk(text, start, phrases, firsts) or _latin(text, start, phrases)
        if found is None:
            break
        value, end = found
        items.append(value)
    return items, end


def _cjk(
    text: str, at: int, phrases: dict[str, str], firsts: dict[str, int]
) -> tuple[str, int] | None:
    """The longest phrase of a script without spaces standing at `at`."""
    longest = firsts.get(text[at : at + 1], 0)
    for size in range(longest, 0, -1):
        value = phrases.get(text[at : at + size])
        if value is not None:
            return value, at + size
    return None


def _latin(text: str, at: int, phrases: dict[str, str]) -> tuple[str, int] | None:
    """The longest phrase of whole words (a hyphen read as a space) standing at `at`."""
    if at > 0 and text[at - 1].isalpha():
        return None
    words: list[re.Match[str]] = []
    pos = at
    while len(words) < _LONGEST and (found := _LATIN_WORD.match(text, pos)) is not None:
        words.append(found)
        pos = found.end()
        while pos < len(text) and text[pos] in " \t":
            pos += 1
    for count in range(len(words), 0, -1):
        said = " ".join(w.group().lower().replace("-", " ") for w in words[:count])
        value = phrases.get(" ".join(said.split()))
        if value is not None:
            return value, words[count - 1].end()
    return None


def _code(items: list[str]) -> str | None:
    """The code a run says: one number from 10 to 99, or two or more digits said one by one
    ("zero five", "fünf neun", "공 사"); a lone digit is too often another word ("un", "이")."""
    if items and int(items[0]) >= 10:
        return items[0]
    digits = [item for item in items if int(item) < 10]
    return "".join(digits) if len(digits) >= 2 and len(digits) == len(items) else None


def _starts(head: str, known: CodeKinds) -> list[int]:
    """Where a number word may start: after a word's edge, or at a character of a script
    without spaces that starts a phrase."""
    phrases, firsts = _words(known)
    firsts_latin = {phrase.split()[0] for phrase in phrases if not _unspaced(phrase[:1])}
    starts = [
        m.start()
        for m in _LATIN_WORD.finditer(head)
        if m.group().lower().split("-")[0] in firsts_latin
    ]
    if firsts and not head.isascii():
        starts += [at for at, char in enumerate(head) if char in firsts]
    return sorted(starts)


def with_codes_as_digits(text: str, known: CodeKinds) -> str | None:
    """The text with each code said in words after a code's label written as digits, or None
    when it says none."""
    head = text[:HEAD]
    pieces: list[str] = []
    last = 0
    runs = 0
    for start in _starts(head, known):
        if start < last or runs >= MAX_RUNS:
            continue
        if not code_labels(head, start, known.names):
            continue
        items, end = _items(head, start, known)
        code = _code(items)
        if code is None or (end < len(head) and len(items) == 2 and _glued(head, start, end)):
            continue
        pieces += [head[last:start], code]
        last = end
        runs += 1
    if not pieces:
        return None
    return "".join(pieces) + text[last:]


def _glued(head: str, start: int, end: int) -> bool:
    """Whether two Korean syllables that are digits run on into a word ("공사중": works, not
    0 then 4), so are no number; Japanese and Chinese write a verb right after one ("五九です")."""
    return _HANGUL[0] <= head[start] <= _HANGUL[1] and end - start <= 2 and head[end].isalpha()


def said_network_code(
    text: str, known: CodeKinds, told: Callable[[str], bool] | None = None
) -> str | None:
    """A network code said in words after its label, read as if written in digits."""
    digits = with_codes_as_digits(text, known)
    return None if digits is None else network_code_after_label(digits, known, told)
