"""Undoes what copying did to a paste, so every reader sees the text Stripe or the SDK printed.

Each step removes one layer (escaping inside a string, HTML, URL encoding, typographic quotes,
a log or comment prefix on every line, `<LF>` markers, lines a terminal or mail client wrapped
at a fixed width) and the steps repeat until the text stops changing, so layers can come in
any order and any depth. Every step is one linear pass.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise

MAX_ROUNDS = 8  # each round removes at least one layer; no real paste has more

# Patterns as text, compiled by re on first use (a JSON paste that reads at once needs none).
_ESCAPE = r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\\\"'/nrtbf])"
_ESCAPED = r"\\[\"'nrt/]|\\u00[0-9a-fA-F]{2}|\\\\"
_ENTITY = r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});"
# Only tags of HTML that text is copied from (an email, a helpdesk, a web page), never Ruby's
# `#<Stripe::CardError ...>` or a Java `<init>`.
_TAG = (
    r"(?i)</?(?:pre|code|br|p|div|span|b|i|u|em|strong|a|li|ul|ol|table|tbody|thead|tr|td|th|"
    r"caption|dl|dt|dd|"
    r"tt|blockquote|font|small|hr|h[1-6]|textarea|kbd|samp|section|article|body|html|head)"
    r"\b[^<>]{0,300}>"
)
_BREAK_TAG = r"(?i)<(?:br|/p|/div|/li|/tr|/h[1-6]|hr)\b[^<>]{0,300}>"
_CELL_END = r"(?i)</t[dh]>"
_ITEM = r"(?i)<li\b[^<>]{0,300}>"
_HEADING_END = r"(?i)</h[1-6]>"
_PERCENT = r"%[0-9A-Fa-f]{2}"
_FULL_WIDTH = r"[\uff01-\uff5e]"
_LF_MARKER = r"<(?:LF|CR|CRLF|NL)>|\u2424|\u21b5"
_QUOTES = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\uff02": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\uff07": "'",
        "\u00a0": " ",
        "\u3000": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
        "\u00ad": None,
    }
)
# The parts of a prefix a logger, a terminal, a chat or a quoting mail client puts before every
# line: a time stamp, a level, `[tag]`, `host app[123]:`, `//`, `#`, `>`, `|`. Each kind is
# removed only when most lines start with it, so a line's own words are never taken for one.
_PREFIX_PARTS = (
    r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d)?(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?",
    r"\d\d:\d\d:\d\d(?:[.,]\d+)?",
    r"\[[^\]\n]{1,60}\](?![ \t]*=>)",  # not PHP's `[code] => x`
    r"(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL|SEVERE)\b:?",
    r"[A-Za-z][\w.\-]{0,40}\[\d{1,7}\]:",
    r"[DIWEFA],(?= )",  # Ruby's Logger: `I, [2026-12-06T08:02:11 #19]  INFO -- :`
    r"//+",
    r"#+(?![<{\[])",
    r">+",
    r"\|",
)

# Whether any line starts with a part of a prefix: most pastes have none and skip the rest.
_ANY_PREFIX = r"\n[ \t]*(?:" + "|".join(_PREFIX_PARTS) + ")"


def _unescape(match: re.Match[str]) -> str:
    body = match.group(1)
    if body[0] in "ux":
        return chr(int(body[1:], 16))
    return {"n": "\n", "r": "\n", "t": "\t", "b": "", "f": ""}.get(body, body)


def unescape_strings(text: str) -> str:
    """One level of string escaping (`{\\"code\\": ...}`, `\\n`), when the text has some."""
    if len(re.findall(_ESCAPED, text[:200_000])) < 2:
        return text
    return re.sub(_ESCAPE, _unescape, text)


def html_to_text(text: str) -> str:
    """HTML tags that copying from a page or an email left, and its entities (`&quot;`)."""
    if re.search(_TAG, text):
        text = re.sub(_ITEM, "\n- ", re.sub(_HEADING_END, "\n\n", text))  # as a page shows
        text = re.sub(_CELL_END, "\t", re.sub(_BREAK_TAG, "\n", text))
        text = re.sub(_TAG, "", text)
    if re.search(_ENTITY, text):
        import html  # only for text that has an entity

        text = html.unescape(text)
    return text


def url_decode(text: str) -> str:
    """URL encoding (`decline_code%22%3A%22stolen_card`, a form body's `a=b&c=d`)."""
    if len(re.findall(_PERCENT, text[:200_000])) < 3:
        return text
    from urllib.parse import unquote

    decoded = unquote(text)
    if " " not in text.strip() and "+" in decoded:
        decoded = decoded.replace("+", " ")  # a form body writes spaces as +
    return decoded


def plain_characters(text: str) -> str:
    """Typographic quotes as ASCII quotes, no-break spaces as spaces, invisible marks dropped,
    full-width letters as ASCII; CR as a line end."""
    ascii_only = text.isascii()  # a log's megabyte in ASCII holds none of them: no pass
    if not ascii_only:
        text = text.translate(_QUOTES)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not ascii_only and re.search(_FULL_WIDTH, text):
        text = re.sub(_FULL_WIDTH, lambda m: chr(ord(m.group()) - 0xFEE0), text)
    return text


def strip_line_prefixes(text: str) -> str:
    """A prefix repeated on most lines (a log's time stamp and level, `//`, `>`): removed, one
    kind of part at a time, each only while most lines start with it."""
    # Each line is read from the line end before it (the text gets one in front): a pattern
    # that starts with a line end is searched for in C, where `(?m)^` is tried at every
    # character (a megabyte's log took 70 ms here).
    lines = "\n" + text
    if not re.search(_ANY_PREFIX, lines):
        return text
    filled = len(re.findall(r"\n[ \t]*\S", lines))
    if filled < 2:
        return text
    for _ in range(len(_PREFIX_PARTS) * 2):
        for part in _PREFIX_PARTS:
            prefix = rf"\n[ \t]*(?:{part})[ \t]?"
            if len(re.findall(prefix, lines)) * 10 >= filled * 7:
                lines = re.sub(prefix, "\n", lines)
                break
        else:
            break
    return lines[1:]


def join_broken_strings(text: str) -> str:
    """Lines a mail client wrapped inside a quoted JSON string, joined: with a space where it
    wrapped between words, without one where it cut every line at one width whatever the words
    ("card_decline" + "d"): two or more such lines within a character of each other."""
    if "{" not in text or '"' not in text:
        return text
    lines = text.split("\n")
    leave_open: list[bool] = []
    open_quote = False
    for line in lines:
        open_quote = open_quote != (len(re.findall(r'(?<!\\)"', line)) % 2 == 1)
        leave_open.append(open_quote)
    cut_lengths = [len(line) for line, left in zip(lines, leave_open, strict=True) if left]
    width = min(cut_lengths, default=0)
    if len(cut_lengths) < 2 or width < 40 or max(cut_lengths) - width > 1:
        width = 0  # no one width: the lines were wrapped between words
    joined: list[str] = []
    for number, line in enumerate(lines):
        if number and leave_open[number - 1] and joined:
            previous = lines[number - 1]
            cut = width and len(previous) >= width and previous[-1:].strip() and line[:1].strip()
            joined[-1] += line if cut else " " + line.lstrip()
        else:
            joined.append(line)
    return "\n".join(joined)


_MARKDOWN_ESCAPE = r"\\([_*`#\[\]])"


def markdown_escapes(text: str) -> str:
    """Markdown's escapes a chat or an issue tracker's editor added (`network\\_status`), when
    names have them: Stripe's own text never has a backslash before `_`."""
    if text.count("\\_") < 2:
        return text
    return re.sub(_MARKDOWN_ESCAPE, r"\1", text)


def line_markers(text: str) -> str:
    """`<LF>`, `<CR>` and the symbols some tools print for a line end, as line ends."""
    if "<" not in text and text.isascii():  # no marker can stand in it: no pattern's pass
        return text
    return re.sub(_LF_MARKER, "\n", text)


def single_spaced(text: str) -> str:
    """A page copied from a browser with a blank line after every line, single-spaced: when no
    two filled lines of three or more touch, each run of blank lines loses the line end every
    line got (one blank line goes; three, a paragraph's break doubled, leave one)."""
    if "\n\n" not in text and "\n \n" not in text and "\n\t\n" not in text:
        return text
    lines = text.split("\n")
    filled = [bool(line.strip()) for line in lines]
    if sum(filled) < 3 or any(a and b for a, b in pairwise(filled)):
        return text  # too short, or two filled lines touch: not a uniform interleave
    kept: list[str] = []
    blanks: list[str] = []
    for line, full in zip(lines, filled, strict=True):
        if not full:
            blanks.append(line)
            continue
        kept += blanks[: (len(blanks) - 1) // 2] if kept else blanks
        blanks = []
        kept.append(line)
    kept += blanks[: (len(blanks) - 1) // 2]
    return "\n".join(kept)


def join_wrapped_lines(text: str) -> str:
    joined = join_wrapped(text)
    return text if joined is None else joined


# Prefixes go before joining (a prefix on every wrapped line would end up inside a word), and
# joining before decoding (a line wrapped after it was escaped or encoded); the rounds take
# care of the other orders.
STEPS = (
    plain_characters,
    single_spaced,
    strip_line_prefixes,
    join_wrapped_lines,
    join_broken_strings,
    line_markers,
    markdown_escapes,
    html_to_text,
    url_decode,
    unescape_strings,
)


def unwrap(text: str) -> str:
    """The text with every layer of copying removed, applied until it stops changing."""
    for _ in range(MAX_ROUNDS):
        before = text
        for step in STEPS:
            text = step(text)
        if text == before:
            break
    return text


def join_wrapped(text: str) -> str | None:
    """Lines wrapped at a fixed width (a terminal, an email at 76 columns) joined back, or None
    when the text does not look wrapped: most full lines have one length of at least 40."""
    lines = text.split("\n")
    if len(lines) < 3:
        return None
    lengths = Counter(length for length in map(len, lines[:-1]) if length >= 40)
    if not lengths:
        return None
    width, count = lengths.most_common(1)[0]
    if count < 2 or count * 2 < len(lines) - 1:
        return None
    joined: list[str] = []
    for line in lines:
        if joined and len(joined[-1]) % width == 0 and joined[-1]:
            joined[-1] += line
        else:
            joined.append(line)
    return "\n".join(joined)


def views(text: str) -> Iterator[str]:
    """The text as pasted, then unwrapped (when that changes it): made when asked for."""
    yield text
    unwrapped = unwrap(text)
    if unwrapped != text:
        yield unwrapped
