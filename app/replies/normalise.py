"""Text as the reader sees it: the disguises a hostile edit uses to slip a word past the guard.

`Normaliser.fold()` turns a reply into a plain, comparable form while remembering where each
character came from, so a refused phrase can be pointed at in the text the agent wrote:

- HTML entities are decoded and tags dropped (`st&#111;len`, `st<b>ole</b>n`);
- invisible and format characters go (zero-width spaces, soft hyphens, direction marks);
- compatibility forms are unified (NFKC: full-width letters, ligatures);
- look-alike letters of other scripts become the Latin letter they imitate (Cyrillic o,
  Greek omicron), from Unicode's confusables data built into the catalogue;
- case and accents are ignored (`VOLÉE` reads as `volee`).

`tokens()` then splits the folded text into words, reading digits and signs that stand for
letters in a word (`st0len`, `fr4ud`, `fr@ud`) as those letters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping

from app.records import record

# Japanese and the CJK blocks: matched as they are (no spaces between words, no look-alikes).
# Compiling them as a character class costs about 3 ms (the compiler visits every character
# of it): is_cjk compiles it only for a long text that has such characters.
_CJK_RANGES = (
    (0x3000, 0x30FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFF66, 0xFF9F),
)
_CJK_FIRST = chr(_CJK_RANGES[0][0])
_cjk_pattern: list[re.Pattern[str]] = []  # compiled on first use
_HTML = re.compile(
    r"<!--.{0,300}?-->|<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)[^<>]{0,300}>"
    r"|&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?"
)
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
LEET_ALTERNATIVE = str.maketrans({"1": "i"})  # "1" is as often an i as an l
_TOKEN = re.compile(r"[a-z0-9@$]+")
_DIGITS_AND_SIGNS = re.compile(r"[0-9@$]")
_LETTERS = re.compile(r"[a-z]")


class Folded:
    """The folded text, and where each of its characters came from in the original."""

    __slots__ = ("_normaliser", "_spans", "original", "text")

    def __init__(
        self,
        original: str,
        text: str,
        normaliser: Normaliser,
        spans: tuple[list[int], list[int]] | None = None,
    ) -> None:
        self.original, self.text = original, text
        self._normaliser, self._spans = normaliser, spans

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's span for folded characters start..end."""
        if self._spans is None:  # worked out only when a phrase is to be pointed at
            self._spans = self._normaliser._fold_with_spans(self.original)[1]
        starts, ends = self._spans
        return starts[start], ends[end - 1]


@record(slots=True)  # not frozen: made for every word of every check, so kept cheap
class Token:
    """One word of the folded text: `text` as written, `read` with look-alike digits as letters."""

    text: str
    read: str
    start: int  # span in the folded text
    end: int


def is_cjk(text: str) -> bool:
    """Whether `text` has a character of the CJK blocks."""
    if max(text, default="\0") < _CJK_FIRST:  # Latin, Greek, Cyrillic...: nothing to look for
        return False
    if len(text) <= 64:  # a word-list phrase: a loop is quicker than compiling the pattern
        return any(
            low <= ord(ch) <= high for ch in text if ch >= _CJK_FIRST for low, high in _CJK_RANGES
        )
    if not _cjk_pattern:
        _cjk_pattern.append(
            re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _CJK_RANGES) + "]")
        )
    return _cjk_pattern[0].search(text) is not None


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
            for piece in unicodedata.normalize("NFD", part.casefold()):
                # Accents go, except Japanese sound marks, which change the kana itself.
                if unicodedata.category(piece) == "Mn" and piece not in "\u3099\u309a":
                    continue
                out.append(" " if piece.isspace() else piece)
        return "".join(out)

    def fold(self, text: str) -> Folded:
        if "<" in text or "&" in text:
            folded, spans = self._fold_with_spans(text)
            return Folded(text, folded, self, spans)
        return Folded(text, text.translate(self._chars), self)

    def _fold_with_spans(self, text: str) -> tuple[str, tuple[list[int], list[int]]]:
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for piece, start, end in _decode_html(text):
            for offset, ch in enumerate(piece):
                folded = self._fold_char(ch)
                if folded:
                    chars.append(folded)
                    first = start + offset if end - start == len(piece) else start
                    last = first + 1 if end - start == len(piece) else end
                    starts.extend([first] * len(folded))
                    ends.extend([last] * len(folded))
        return "".join(chars), (starts, ends)

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


class _FoldTable(dict[int, str]):
    """str.translate's table: each character's folded form, worked out on first sight."""

    def __init__(self, compute: Callable[[str], str]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, code: int) -> str:
        folded = self[code] = self._compute(chr(code))
        return folded


def _decode_html(text: str) -> list[tuple[str, int, int]]:
    """(text, start, end) pieces with entities decoded and tags dropped or turned into spaces."""
    if "<" not in text and "&" not in text:
        return [(text, 0, len(text))]
    pieces: list[tuple[str, int, int]] = []
    position = 0
    for match in _HTML.finditer(text):
        if match.start() > position:
            pieces.append((text[position : match.start()], position, match.start()))
        if match.group().startswith("<!--"):
            pass  # a comment shows nothing
        elif match.group(2) is not None:
            if match.group(2).lower() in _BLOCK_TAGS:
                pieces.append((" ", match.start(), match.end()))
        else:
            import html  # only for text with an entity; html.entities is a large table

            decoded = html.unescape(match.group())
            if decoded != match.group():
                pieces.append((decoded, match.start(), match.end()))
            else:
                pieces.append((match.group(), match.start(), match.end()))
        position = match.end()
    if position < len(text):
        pieces.append((text[position:], position, len(text)))
    return pieces
