"""Text as a terminal shows it: a Chinese, Japanese or Korean character (East Asian Wide or
Fullwidth) takes two columns, so lines are measured and wrapped by columns, not characters,
and CJK text, which has no spaces, may break between any two of its characters."""

from __future__ import annotations

import re
import unicodedata

# A CJK character is a place to break by itself; other text breaks at spaces. Closing
# punctuation stays with what it closes (no line starts with a full stop or a closing bracket).
_PIECES = re.compile(r"\s+|[^\s]")
_NO_LINE_START = frozenset(
    "\u3001\u3002\uff0c\uff0e\uff01\uff1f\uff1a\uff1b\uff09\u300d\u300f\u3011\u3015\u3009"
    "\u300b\u2019\u201d,.!?:;)]}%"
)


def char_width(char: str) -> int:
    """Columns one character takes: 2 for East Asian Wide and Fullwidth, 0 for combining."""
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def width(text: str) -> int:
    """Columns `text` takes in a terminal."""
    return sum(char_width(char) for char in text)


def _words(text: str) -> list[str]:
    """Breakable pieces: a run of spaces, a run of narrow letters, or one wide character (with
    the closing punctuation after it)."""
    pieces: list[str] = []
    for piece in _PIECES.findall(text):
        wide = char_width(piece) == 2
        if piece.isspace():
            pieces.append(piece)
        elif pieces and (piece in _NO_LINE_START or (not wide and _narrow_tail(pieces[-1]))):
            pieces[-1] += piece
        else:
            pieces.append(piece)
    return pieces


def _narrow_tail(piece: str) -> bool:
    """Whether a narrow letter may join `piece` (a word of narrow letters goes on)."""
    return not piece.isspace() and char_width(piece[-1]) != 2


def wrap(text: str, columns: int, first: str = "", rest: str = "") -> list[str]:
    """`text` in lines of at most `columns` columns (a longer word stands alone), `first`
    before the first line and `rest` before the others; spaces run together."""
    lines: list[str] = []
    line, used = first, width(first)
    empty = True
    for piece in _words(" ".join(text.split())):
        if piece.isspace():
            if not empty:
                line, used = line + " ", used + 1
            continue
        size = width(piece)
        if not empty and used + size > columns:
            lines.append(line.rstrip())
            line, used = rest, width(rest)
        line, used, empty = line + piece, used + size, False
    lines.append(line.rstrip())
    return lines


def has_wide(text: str) -> bool:
    return any(char_width(char) == 2 for char in text)


def fill(text: str, columns: int, first: str = "", rest: str = "") -> str:
    """textwrap.fill() by columns: text with a wide character is wrapped here, any other by
    textwrap itself (hyphens and over-long words as ever)."""
    if not has_wide(text + first + rest):
        import textwrap

        return textwrap.fill(text, columns, initial_indent=first, subsequent_indent=rest)
    return "\n".join(wrap(text, columns, first, rest))
