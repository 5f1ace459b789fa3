"""Text as the reader sees it: the disguises a hostile edit uses to slip a word past the guard.

`Normaliser.fold()` turns a reply into a plain, comparable form while remembering where each
character came from, so a refused phrase can be pointed at in the text the agent wrote:

- HTML entities are decoded and tags dropped (`st&#111;len`, `st<b>ole</b>n`);
- invisible and format characters go (zero-width spaces, soft hyphens, direction marks);
- compatibility forms are unified (NFKC: full-width letters, ligatures);
- look-alike letters of other scripts become the Latin letter they imitate (Cyrillic o,
  Greek omicron), from Unicode's confusables data built into the catalogue;
- case and accents are ignored (`VOLÉE` reads as `volee`, Polish `ł` as `l`);
- Hangul is read as its letters (jamo), so a syllable and its decomposed form (NFD) match.

`tokens()` then splits the folded text into words, reading digits and signs that stand for
letters in a word (`st0len`, `fr4ud`, `fr@ud`) as those letters.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Callable, Mapping

from app.records import record

# Hangul, Japanese and the CJK blocks (Chinese): matched as they are, anywhere (Chinese and
# Japanese have no spaces between words, and Korean attaches its particles and endings to the
# word), with no look-alikes. Hangul is folded to its jamo (NFD), so a syllable and its
# decomposed letters read alike. Compiling the ranges as a character class costs about 3 ms
# (the compiler visits every character of it): is_cjk compiles it only for a long text that
# has such characters.
_CJK_RANGES = (
    (0x1100, 0x11FF),
    (0x3000, 0x30FF),
    (0x3130, 0x318F),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xA960, 0xA97F),
    (0xAC00, 0xD7FF),
    (0xF900, 0xFAFF),
    (0xFF66, 0xFFDC),
)
_CJK_FIRST = chr(_CJK_RANGES[0][0])
_cjk_pattern: list[re.Pattern[str]] = []  # compiled on first use
_cjk_runs: list[re.Pattern[str]] = []  # the same, a run at a time
# HTML comments, tags and entities, and URL-encoded runs ("st%6Flen"): each read once.
_ENCODED = re.compile(
    r"<!--.{0,300}?-->|<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)[^<>]{0,300}>"
    r"|&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?"
    r"|%[0-9a-fA-F]{2}(?:%[0-9a-fA-F]{2})*+"  # each branch begins with a letter: re skips to one
)
_SEGMENT = 512
ONE_TO_ONE, VERBATIM, WHOLE = 0, 1, 2
# Tags that break a line end a word; inline tags (<b>, <span>) may sit inside one.
_BLOCK_TAGS = {
    "br",
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "blockquote",
    "pre",
}
# Characters read as letters inside a word that also has letters: st0len, fr4ud, fr@ud, $candal.
LEET = str.maketrans(
    {
        "0": "o",
        "1": "l",
        "3": "e",
        "4": "a",
        "5": "s",
        "6": "b",
        "7": "t",
        "8": "b",
        "9": "g",
        "@": "a",
        "$": "s",
    }
)
# Letters with a stroke, which Unicode does not decompose into a letter and an accent: Polish
# "złodziej" reads as "zlodziej", as a writer without Polish letters types it.
_STROKED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h"})
LEET_ALTERNATIVE = str.maketrans({"1": "i"})  # "1" is as often an i as an l
_TOKEN = re.compile(r"[a-z0-9@$]+")
_DIGITS_AND_SIGNS = re.compile(r"[0-9@$]")
_LETTERS = re.compile(r"[a-z]")


class Folded:
    """The folded text, and where each of its characters came from in the original.

    `segments` are (folded start, original start, original end, how): ONE_TO_ONE text folded
    letter for letter (plain ASCII), VERBATIM text whose letters fold to more or fewer (ß to
    ss, invisible ones to nothing), WHOLE a piece that stands as a whole for its span of the
    original (an HTML entity, a tag read as a space, a URL-encoded run)."""

    __slots__ = ("_normaliser", "_starts", "_sums", "original", "segments", "text")

    def __init__(
        self,
        original: str,
        text: str,
        normaliser: Normaliser,
        segments: list[tuple[int, int, int, int]],
    ) -> None:
        self.original, self.text = original, text
        self._normaliser, self.segments = normaliser, segments
        self._starts = [segment[0] for segment in segments]
        self._sums: dict[int, list[int]] = {}

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's span for folded characters start..end."""
        return self._where(start)[0], self._where(end - 1)[1]

    def _where(self, position: int) -> tuple[int, int]:
        """The original span of one folded character."""
        index = bisect.bisect_right(self._starts, position) - 1
        folded, first, last, how = self.segments[index]
        if how == WHOLE:
            return first, last
        if how == ONE_TO_ONE:
            where = min(first + position - folded, last - 1)
            return where, where + 1
        sums = self._sums.get(index)
        if sums is None:  # worked out once per segment that holds a refused phrase
            # (each letter's folded length from the fold's table, summed in C: a segment can
            # be most of a megabyte)
            lengths = map(
                len, map(self._normaliser._chars.__getitem__, map(ord, self.original[first:last]))
            )
            sums = self._sums[index] = list(itertools.accumulate(lengths, initial=folded))[1:]
        where = min(first + bisect.bisect_right(sums, position), last - 1)
        return where, where + 1

    def folded_positions(self, originals: list[int]) -> list[int]:
        """Where characters of the original (in order) stand in the folded text; one that folds
        to nothing or into a piece read as a whole has none. One pass over the segments."""
        found: list[int] = []
        fold_char = self._normaliser._fold_char
        index, counted_to, total = 0, -1, 0  # a VERBATIM segment's letters folded so far
        for original in originals:
            while index + 1 < len(self.segments) and self.segments[index + 1][1] <= original:
                index += 1
            folded, first, last, how = self.segments[index]
            if not first <= original < last or how == WHOLE:
                continue
            if how == ONE_TO_ONE:
                found.append(folded + original - first)
                continue
            if counted_to < first or counted_to > original:
                counted_to, total = first, 0
            total += sum(len(fold_char(ch)) for ch in self.original[counted_to:original])
            counted_to = original
            if fold_char(self.original[original]):
                found.append(folded + total)
        return found


@record(slots=True)  # not frozen: made for every word of every check, so kept cheap
class Token:
    """One word of the folded text: `text` as written, `read` with look-alike digits as letters."""

    text: str
    read: str
    start: int  # span in the folded text
    end: int


def is_cjk(text: str) -> bool:
    """Whether `text` has a character of the CJK blocks."""
    if len(text) == 1:  # one letter (asked of every clause end's neighbours): no max, no loop
        if text < _CJK_FIRST:
            return False
        code = ord(text)
        return any(low <= code <= high for low, high in _CJK_RANGES)
    if len(text) <= 64:  # a word-list phrase: a loop is quicker than compiling the pattern
        if max(text, default="\0") < _CJK_FIRST:  # Latin, Greek, Cyrillic...: nothing to look for
            return False
        return any(
            low <= ord(ch) <= high for ch in text if ch >= _CJK_FIRST for low, high in _CJK_RANGES
        )
    # A text: one search of the class in C (a max over a megabyte took 15 ms, the search 4 ms).
    if text.isascii():
        return False
    if not _cjk_pattern:
        _cjk_pattern.append(
            re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _CJK_RANGES) + "]")
        )
    return _cjk_pattern[0].search(text) is not None


def cjk_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of the characters is_cjk looks for."""
    if not _cjk_runs:
        _cjk_runs.append(
            re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _CJK_RANGES) + "]+")
        )
    return [match.span() for match in _cjk_runs[0].finditer(text)]


class Normaliser:
    """Folds text for comparison; `confusables` maps a look-alike character to its Latin letter."""

    def __init__(self, confusables: Mapping[str, str]) -> None:
        self._confusables = dict(confusables)
        self._chars = _FoldTable(self._compute)

    def _fold_char(self, ch: str) -> str:
        return self._chars[ord(ch)]

    def _compute(self, ch: str) -> str:
        if ch in "\n\t\r\v\f":
            return " "
        if unicodedata.category(ch) in ("Cf", "Cc", "Cs", "Co", "Zl", "Zp") or ch == "\u034f":
            return ""  # zero-width, soft hyphen, direction marks, joiners: invisible to a reader
        out = []
        for part in unicodedata.normalize("NFKC", ch):
            part = self._confusables.get(part, part)
            for piece in unicodedata.normalize("NFD", part.casefold()).translate(_STROKED):
                # Accents go, except Japanese sound marks, which change the kana itself.
                if unicodedata.category(piece) == "Mn" and piece not in "\u3099\u309a":
                    continue
                out.append(" " if piece.isspace() else piece)
        return "".join(out)

    def fold(self, text: str) -> Folded:
        """`text` folded, with the segments that say where each folded character came from."""
        parts: list[str] = []
        segments: list[tuple[int, int, int, int]] = []
        length = 0
        for piece, start, end in _decode_pieces(text):
            whole = end - start != len(piece)
            # Long pieces are cut so that pointing at a character looks at a short stretch.
            step = len(piece) or 1 if whole else _SEGMENT
            for offset in range(0, len(piece), step):
                chunk = piece[offset : offset + step]
                folded = chunk.translate(self._chars)
                if whole:
                    if folded:
                        segments.append((length, start, end, WHOLE))
                else:
                    same = len(folded) == len(chunk) and chunk.isascii()
                    how = ONE_TO_ONE if same else VERBATIM
                    segments.append((length, start + offset, start + offset + len(chunk), how))
                parts.append(folded)
                length += len(folded)
        return Folded(text, "".join(parts), self, segments)

    def fold_phrase(self, phrase: str) -> str:
        """A list phrase folded as text is: its words read and joined by single spaces."""
        folded = self.fold(phrase).text
        if is_cjk(folded):
            return folded.strip()
        return " ".join(read(word) for word in _TOKEN.findall(folded))


def read(word: str) -> str:
    """A word with the digits and signs in it read as letters, when it also has letters."""
    if word.isalpha():
        return word
    if _LETTERS.search(word) and _DIGITS_AND_SIGNS.search(word):
        return word.translate(LEET)
    return word


def tokens(folded: Folded, drop: str = "") -> list[Token]:
    """The words of a folded text; characters in `drop` are removed first (Markdown `**`)."""
    text = folded.text
    index: list[int] | range = range(len(text))
    if drop:
        keep = [i for i, ch in enumerate(text) if ch not in drop]
        text = "".join(text[i] for i in keep)
        index = keep
    found = []
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        found.append(Token(match.group(), read(match.group()), index[start], index[end - 1] + 1))
    return found


# The letters of words: Latin letters, the digits and signs that can stand for them, and the
# letters of Japanese, the CJK blocks and Hangul's jamo (each syllable its own word).
CJK_LETTERS = (
    "\u1100-\u11ff\u3005\u3040-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff66-\uff9f"
)
# Letters that continue the letter before them rather than start a word: Japanese sound marks
# (folded apart from their kana) and Hangul's vowels and final consonants.
HANGUL_CONTINUING = "\u1160-\u11ff\ud7b0-\ud7ff"
CJK_CONTINUING = "\u3099\u309a" + HANGUL_CONTINUING
WORD_CHARS = "a-z0-9@$"
_NOT_WORD = re.compile(f"[^ {WORD_CHARS}{CJK_LETTERS}]")
# Letters written one by one ("s t 0 l e n"): the digits among them are letters too.
_ONE_BY_ONE = re.compile(
    r"(?<![a-z0-9@$])[a-z0-9@$](?![a-z0-9@$])(?: {1,3}[a-z0-9@$](?![a-z0-9@$])){2,}+"
)


def words_line(folded: str) -> str:
    """`folded` as the guard matches it, character for character: every sign that is not part
    of a word a space, and digits and signs inside words read as letters ("st0len")."""
    line = _NOT_WORD.sub(" ", folded)
    if _DIGITS_AND_SIGNS.search(line) is None:
        return line
    from app.replies.signs import read_mixed, read_spelled

    return read_spelled(read_mixed(line, LEET), _ONE_BY_ONE, _spelled_out)


def _spelled_out(match: re.Match[str]) -> str:
    run = match.group()
    if _LETTERS.search(run) and _DIGITS_AND_SIGNS.search(run):
        return run.translate(LEET)
    return run


class _FoldTable(dict[int, str]):
    """str.translate's table: each character's folded form, worked out on first sight."""

    def __init__(self, compute: Callable[[str], str]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, code: int) -> str:
        folded = self[code] = self._compute(chr(code))
        return folded


def _decode_pieces(text: str) -> list[tuple[str, int, int]]:
    """(text, start, end) pieces with HTML entities and URL-encoded runs decoded, and tags
    dropped or read as spaces."""
    if "<" not in text and "&" not in text and "%" not in text:
        return [(text, 0, len(text))]
    pieces: list[tuple[str, int, int]] = []
    position = 0
    for match in _ENCODED.finditer(text):
        if match.start() > position:
            pieces.append((text[position : match.start()], position, match.start()))
        written = match.group()
        if written.startswith("%"):
            decoded = _url_decoded(written)
            pieces.append((decoded or written, match.start(), match.end()))
        elif written.startswith("<!--"):
            pass  # a comment shows nothing
        elif match.group(2) is not None:
            if match.group(2).lower() in _BLOCK_TAGS:
                pieces.append((" ", match.start(), match.end()))
        else:
            import html  # only for text with an entity; html.entities is a large table

            pieces.append((html.unescape(written), match.start(), match.end()))
        position = match.end()
    if position < len(text):
        pieces.append((text[position:], position, len(text)))
    return pieces


def _url_decoded(written: str) -> str:
    """A URL-encoded run as the text it stands for, "" when it is not text."""
    try:
        decoded = bytes.fromhex(written.replace("%", "")).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return ""
    return decoded if decoded.isprintable() else ""
