"""Undoes what copying did to a paste, so every reader sees the text Stripe or the SDK printed.

Each step removes one layer (escaping inside a string, HTML, URL encoding, typographic quotes,
a log or comment prefix on every line, `<LF>` markers, lines a terminal or mail client wrapped
at a fixed width) and the steps repeat until the text stops changing, so layers can come in
any order and any depth. Every step is one linear pass.
"""

from __future__ import annotations

import re

MAX_ROUNDS = 8  # each round removes at least one layer; no real paste has more

# Patterns as text, compiled by re on first use (a JSON paste that reads at once needs none).
_ESCAPE = r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\\\"'/nrtbf])"
_ESCAPED = r"\\[\"'nrt/]|\\u00[0-9a-fA-F]{2}|\\\\"
_ENTITY = r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});"
# Only tags of HTML that text is copied from (an email, a helpdesk, a web page), never Ruby's
# `#<Stripe::CardError ...>` or a Java `<init>`.
_TAG = (
    r"(?i)</?(?:pre|code|br|p|div|span|b|i|u|em|strong|a|li|ul|ol|table|tbody|thead|tr|td|th|"
    r"tt|blockquote|font|small|hr|h[1-6]|textarea|kbd|samp|section|article|body|html|head)"
    r"\b[^<>]{0,300}>"
)
_BREAK_TAG = r"(?i)<(?:br|/p|/div|/li|/tr|/h[1-6]|hr)\b[^<>]{0,300}>"
_PERCENT = r"%[0-9A-Fa-f]{2}"
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
    r"//+",
    r"#+(?![<{\[])",
    r">+",
    r"\|",
)


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
        text = re.sub(_TAG, "", re.sub(_BREAK_TAG, "\n", text))
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
    text = text.translate(_QUOTES).replace("\r\n", "\n").replace("\r", "\n")
    if any("\uff01" <= c <= "\uff5e" for c in text):
        text = "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in text)
    return text


def strip_line_prefixes(text: str) -> str:
    """A prefix repeated on most lines (a log's time stamp and level, `//`, `>`): removed, one
    kind of part at a time, each only while most lines start with it."""
    lines = text.split("\n")
    if sum(1 for line in lines if line.strip()) < 2:
        return text
    for _ in range(len(_PREFIX_PARTS) * 2):
        filled = [line for line in lines if line.strip()]
        for part in _PREFIX_PARTS:
            prefix = re.compile(rf"^[ \t]*(?:{part})[ \t]?")
            if sum(1 for line in filled if prefix.match(line)) * 10 >= len(filled) * 7:
                lines = [prefix.sub("", line, count=1) for line in lines]
                break
        else:
            break
    return "\n".join(lines)


def line_markers(text: str) -> str:
    """`<LF>`, `<CR>` and the symbols some tools print for a line end, as line ends."""
    return re.sub(_LF_MARKER, "\n", text)


def join_wrapped_lines(text: str) -> str:
    joined = join_wrapped(text)
    return text if joined is None else joined


# Prefixes go before joining (a prefix on every wrapped line would end up inside a word), and
# joining before decoding (a line wrapped after it was escaped or encoded); the rounds take
# care of the other orders.
STEPS = (
    plain_characters,
    strip_line_prefixes,
    join_wrapped_lines,
    line_markers,
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
    lengths: dict[int, int] = {}
    for line in lines[:-1]:
        if len(line) >= 40:
            lengths[len(line)] = lengths.get(len(line), 0) + 1
    if not lengths:
        return None
    width, count = max(lengths.items(), key=lambda item: item[1])
    if count < 2 or count * 2 < len(lines) - 1:
        return None
    joined: list[str] = []
    for line in lines:
        if joined and len(joined[-1]) % width == 0 and joined[-1]:
            joined[-1] += line
        else:
            joined.append(line)
    return "\n".join(joined)


def views(text: str) -> list[str]:
    """The text as pasted, then unwrapped (when that changes it)."""
    unwrapped = unwrap(text)
    return [text] if unwrapped == text else [text, unwrapped]
