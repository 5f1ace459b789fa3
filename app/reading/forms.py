"""Turns pasted text into Python objects: strict JSON, Python literals, JS literals, embedded JSON.

Nothing here evaluates code: Python literals go through ast.literal_eval, JS literals through
pyjson5 (a compiled JSON5 parser), everything else through json.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

from app import TYPE_CHECKING
from app.reading.report import ParsePath
from app.records import record

if TYPE_CHECKING:
    from typing import Any

# The regular expressions below are kept as text and compiled on first use (re.search(PATTERN, ...)
# compiles once, then finds it in re's own cache): most pastes are JSON and need none of them,
# and compiling all of them at import cost every command about 1 ms.

MAX_DEPTH = 200
# Python literals and JSON5 are parsed only up to this size: beyond it, pastes are JSON or logs.
MAX_LITERAL_CHARS = 2_000_000
# The first stretches of a text are each read as an object, whatever they name. Past them, a
# stretch is read only when it names a failure's words, the failure may be the thousandth
# object of a log, up to a budget of characters (a Python or JS literal, slower to read, a
# smaller one); the scanner reads what is left.
MAX_SEGMENTS = 200
MAX_LATER_CHARS = 500_000
MAX_LATER_LITERAL_CHARS = 100_000
_FAILURE_WORDS = ("code", "error", "fail", "declin", "outcome")


@record(slots=True)
class Parsed:
    """The objects read from a paste, how they were read, and whether the paste looked cut off."""

    objects: list[Any]
    path: ParsePath
    cut_off: bool = False


class TooDeep(Exception):
    pass


def depth_of(value: Any, limit: int = MAX_DEPTH) -> int:
    """Nesting depth, counted without recursion; stops counting past `limit`."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        children: Iterable[Any]
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list | tuple):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        if deepest > limit:
            return deepest
        stack.extend((child, level + 1) for child in children if isinstance(child, dict | list))
    return deepest


def _checked(value: Any) -> Any:
    if depth_of(value) > MAX_DEPTH:
        raise TooDeep
    return value


def _bounded_int(digits: str) -> int | str:
    """Python refuses integers of more than 4300 digits; such a number is kept as its text."""
    return int(digits) if len(digits) <= 100 else digits


def parse_json(text: str) -> Any | None:
    try:
        return _checked(json.loads(text))
    except RecursionError as error:
        raise TooDeep from error
    except ValueError as error:
        if "digits" not in str(error):
            return None
    try:  # a number too long for Python: read again, keeping long numbers as text
        return _checked(json.loads(text, parse_int=_bounded_int))
    except RecursionError as error:
        raise TooDeep from error
    except ValueError:
        return None


_PYTHON_HINT = r"'|\bTrue\b|\bFalse\b|\bNone\b"


# A whole literal opens with a bracket: a log line or a sentence is not read whole (each reader
# scanned a megabyte log in vain, about a second in all).
_OPENS = r"\s*[{\[(]"
# What a tidied text can open with: `//` lines and `...` first, then a bracket or a key.
_TIDY_OPENS = r"\s*(?:(?://[^\n]*|\.\.\.|\u2026)\s*)*(?:[{\[(]|[\"']?[A-Za-z_]\w*[\"']?\s*(?::|=>))"


def parse_python_literal(text: str) -> Any | None:
    if (
        len(text) > MAX_LITERAL_CHARS
        or not re.match(_OPENS, text)
        or not re.search(_PYTHON_HINT, text)
    ):
        return None
    import ast  # only pastes that look like Python pay for importing the parser

    try:
        value = ast.literal_eval(text.strip())
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return None
    if isinstance(value, dict | list | tuple):
        return _checked(_plain(value))
    return None


def _plain(value: Any) -> Any:
    """Tuples and sets from a Python literal become lists, non-string keys strings, like JSON."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value


# console.log marks what it did not print; these make any JSON5 parser stop.
_NODE_PLACEHOLDERS = (
    r"\[(?:Object|Array|Function(?:: [^\]]*)?|class [^\]]*|Circular \*\d+|Getter(?:/Setter)?)\]"
    r"|<ref \*\d+> |\bundefined\b"
)


def parse_js_literal(text: str) -> Any | None:
    if len(text) > MAX_LITERAL_CHARS or not re.match(_OPENS, text):
        return None
    import pyjson5  # only pastes that are not JSON pay for importing it

    cleaned = re.sub(
        _NODE_PLACEHOLDERS, lambda m: "" if m.group().startswith("<ref") else "null", text
    )
    try:
        value = pyjson5.decode(cleaned.strip(), maxdepth=MAX_DEPTH)
    except pyjson5.Json5NestingTooDeep as error:
        raise TooDeep from error
    except (pyjson5.Json5Exception, ValueError, TypeError, RecursionError):
        return None
    return value if isinstance(value, dict | list) else None


def parse_whole(text: str) -> tuple[Any, ParsePath] | None:
    """The whole paste as one value, in the first form that reads it."""
    for path, parser in (
        ("json", parse_json),
        ("python_literal", parse_python_literal),
        ("js_literal", parse_js_literal),
    ):
        value = parser(text)
        if value is not None:
            return value, path  # type: ignore[return-value]
    return None


_SEGMENT_CHARS = r"[{}\[\]\"'\\\n]"
# Outside every stretch: a whole stretch with no bracket or quote inside (a log's
# `heroku[router]`, `[INFO]`), read in one step, or else the opening bracket of a longer one.
_OPENING = r"[{\[][^{}\[\]\"']*+[}\]]|[{\[]"
_MAPPING = r"[:=]"  # a key and its value: `:`, `=`, `=>`


def segments(text: str) -> Iterator[tuple[int, int, bool]]:
    """Balanced {...} or [...] stretches of the text, outermost only, skipping quoted strings.

    Yields (start, end, closed); `closed` is False for a stretch that runs to the end of the
    text without closing: a paste that was cut off.
    """
    depth = 0
    start = -1
    quote = ""
    escaped_at = -1  # the index a backslash escapes
    # Only brackets, quotes, backslashes and line ends matter: the pattern skips the rest in C.
    # Outside every stretch only an opening bracket does (a log's quotes and line ends are
    # skipped in C too).
    inside, outside = re.compile(_SEGMENT_CHARS), re.compile(_OPENING)
    position = 0
    while match := (inside if depth else outside).search(text, position):
        index, position = match.span()
        if position - index > 1:  # a simple stretch, closed (any closing bracket closes)
            yield index, position, True
            continue
        char = match.group()
        if quote:
            if index == escaped_at:
                continue
            if char == "\\":
                escaped_at = index + 1
            elif char == quote or char == "\n":
                quote = ""
            continue
        if char in "\"'" and depth:
            quote = char
        elif char in "{[":
            if depth == 0:
                start = index
            depth += 1
        elif char in "}]" and depth:
            depth -= 1
            if depth == 0:
                yield start, index + 1, True
    if depth and start >= 0:
        yield start, len(text), False


def parse_embedded(text: str) -> Parsed | None:
    """JSON or literals inside a log line, a traceback or an exception dump."""
    objects: list[Any] = []
    paths: list[ParsePath] = []
    cut_off = False
    tried = 0
    later = later_literal = 0  # the characters read past the first MAX_SEGMENTS stretches
    last_word = -1  # where the last failure's word stands: no stretch after it is read
    for start, end, closed in segments(text):
        if tried >= MAX_SEGMENTS and last_word < 0:  # found once; ASCII lowers in place
            lowered = text.lower() if text.isascii() else ""
            last_word = max(lowered.rfind(w) for w in _FAILURE_WORDS) if lowered else len(text)
        if tried >= MAX_SEGMENTS and (start > last_word or later >= MAX_LATER_CHARS):
            break  # past the last word of a failure, or the budget: the scanner reads on
        piece = text[start:end]
        # A log's `heroku[router]` or `[INFO]` holds no object: only a stretch with a mapping in
        # it is tried (two hundred brackets of a log hid its error's JSON).
        if "{" not in piece or not re.search(_MAPPING, piece):
            continue
        if not closed:
            cut_off = True
            repaired = complete_json(piece)
            if repaired is not None:
                objects.append(repaired)
                paths.append("json")
            continue
        # A count of stretches read had left a JSON-lines log's 201st object to the scanner,
        # which warned that the complete JSON was not.
        tried += 1
        if tried > MAX_SEGMENTS:
            if not _names_failure(piece):
                continue
            later += len(piece)
        if (value := parse_json(piece)) is not None:
            if isinstance(value, dict | list):
                objects.append(value)
                paths.append("json")
            continue
        if tried > MAX_SEGMENTS:
            if later_literal >= MAX_LATER_LITERAL_CHARS:
                continue
            later_literal += len(piece)
        found = parse_whole(piece) or parse_tidied(piece)
        if found is not None and isinstance(found[0], dict | list):
            objects.append(found[0])
            paths.append(found[1])
    if not objects:
        return None
    return Parsed(objects, paths[0], cut_off)


def _names_failure(piece: str) -> bool:
    """Whether a stretch names a word every failure's object has (`code`, `error`, `failed`,
    `declineCode`, `outcome`): past the slower readers' count, only such a stretch is read."""
    lowered = piece.lower()
    return any(word in lowered for word in _FAILURE_WORDS)


def parse_fragment(text: str) -> Any | None:
    """A fragment without its outer braces, such as `"error": { ... }` copied from the middle."""
    stripped = text.strip().rstrip(",")
    if not re.match(r"""^["']?[A-Za-z_][\w]*["']?\s*:""", stripped):
        return None
    found = parse_whole("{" + stripped + "}")
    return found


# Documentation and tickets elide with `...` and annotate with `//` lines; JSON5 reads neither
# an elision nor (in console.log output) a missing comma at the end of a line.
# (?m): ^ and $ match at every line.
# `...` alone, or util.inspect's `... 42 more items`.
_ELLIPSIS_LINE = r"(?m)^[ \t]*(?:\.\.\.|\u2026)(?:[ \t]*\d+ more items?)?[ \t]*,?[ \t]*\r?$"
# Ruby's and PHP's hash rockets (`:code=>"x"`, `"code" => "x"`, `'code' => 'x'`) and Ruby's nil,
# as a JSON5 parser reads them.
_SYMBOL_KEY = r"(?<![\w:]):([A-Za-z_]\w*)\s*=>\s*"
_STRING_KEY = r"""(["'])([^"'\n]{1,80})\1\s*=>\s*"""
_NIL = r"\bnil\b"
_COMMENT_LINE = r"(?m)^[ \t]*//[^\n]*$"
_ELIDED = r"([{\[])[ \t]*(?:\.\.\.|\u2026)[ \t]*([}\]])"
_MISSING_COMMA = (
    r"""(["'0-9}\]]|\btrue|\bfalse|\bnull|\bTrue|\bFalse|\bNone)[ \t]*(\r?\n)"""
    r"""(?=[ \t]*["'A-Za-z_{\[0-9-])"""
)


def tidy(text: str) -> str:
    """The text without `...` and `//` lines, `{...}` emptied, hash rockets as colons, and
    commas added at line ends.

    Each step is one regular-expression pass, so the repair stays linear in the paste's size.
    """
    tidied = re.sub(_COMMENT_LINE, "", re.sub(_ELLIPSIS_LINE, "", text))
    tidied = re.sub(_ELIDED, r"\1\2", tidied)
    if "=>" in tidied:
        tidied = re.sub(_STRING_KEY, r'"\2": ', re.sub(_SYMBOL_KEY, r'"\1": ', tidied))
    tidied = re.sub(_NIL, "null", tidied)
    return re.sub(_MISSING_COMMA, r"\1,\2", tidied)


def parse_tidied(text: str) -> tuple[Any, ParsePath] | None:
    """A documentation fragment or console.log dump that only parses once tidied."""
    if len(text) > MAX_LITERAL_CHARS or not re.match(_TIDY_OPENS, text):
        return None
    tidied = tidy(text)
    if tidied == text:
        return None
    found = parse_whole(tidied) or parse_fragment(tidied)
    if found is None or not isinstance(found[0], dict | list):
        return None
    return found[0], "js_literal"


# --- cut-off JSON -------------------------------------------------------------------------------

_TOKEN = (
    r"\s*(?:(?P<open>[{\[])|(?P<close>[}\]])|(?P<comma>,)|(?P<colon>:)"
    r'|(?P<string>"(?:[^"\\]|\\.)*")|(?P<atom>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null))'
)


def complete_json(text: str) -> Any | None:
    """Reads a cut-off JSON text up to its last complete member and closes what is open.

    A string counts once its closing quote is read, a number or literal only once the next `,`,
    `}` or `]` is seen: a value cut in the middle is dropped, never shortened into another value.
    """
    token = re.compile(_TOKEN)  # compiled once, then taken from re's cache
    stack: list[str] = []
    safe_end, safe_stack = 0, []  # text[:safe_end] + the closers of safe_stack is valid JSON
    position = 0
    after_colon = False
    pending_atom = False
    while position < len(text):
        match = token.match(text, position)
        if not match:
            break
        position = match.end()
        kind = match.lastgroup
        if kind == "open":
            stack.append("}" if match.group("open") == "{" else "]")
            safe_end, safe_stack = match.end(), list(stack)
        elif kind == "close":
            if not stack:
                break
            stack.pop()
            safe_end, safe_stack = match.end(), list(stack)
        elif kind == "comma" and pending_atom:
            safe_end, safe_stack = match.start(), list(stack)
        elif kind == "string" and (after_colon or (stack and stack[-1] == "]")):
            safe_end, safe_stack = match.end(), list(stack)
        pending_atom = kind == "atom"
        after_colon = kind == "colon"
        if not stack and kind == "close":
            break
    if safe_end == 0:
        return None
    candidate = text[:safe_end].rstrip().rstrip(",") + "".join(reversed(safe_stack))
    try:
        value = json.loads(candidate)
    except (ValueError, RecursionError):
        return None
    return _checked(value) if isinstance(value, dict | list) else None
