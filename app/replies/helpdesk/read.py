"""Reads the texts of a helpdesk export (Zendesk, Help Scout, Freshdesk, Intercom, Gorgias JSON;
an Espanso package; a TextExpander CSV), each with where it is in the file, so that the guard
can check every text a customer could read. A damaged file is one sentence, never a traceback.
"""

from __future__ import annotations

import bisect
import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import PurePath
from typing import TYPE_CHECKING

from app.records import record
from app.replies.helpdesk.formats import reading_keys
from app.replies.rich import html_text

if TYPE_CHECKING:  # PyYAML is loaded only for an Espanso file
    from yaml import ScalarNode

_JSON_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_ESPANSO_START = re.compile(r"^(?:\s*#.*\n|\s*\n)*\s*(?:matches|imports|global_vars)\s*:", re.M)
# Deeper than any export, and far from Python's recursion limit.
MAX_DEPTH = 100
# An export of every reply is a few thousand nodes; YAML aliases could make a walk endless.
MAX_NODES = 200_000
_LABEL_KEYS = ("title", "name", "label", "trigger", "abbreviation")


class UnreadableMacros(Exception):
    """The file cannot be read as the format it claims; `message` says why in one sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.kind, self.message = "format", message


@record(frozen=True, slots=True)
class FoundText:
    """One text of the file: which macro or snippet it belongs to, and where it starts."""

    item: str
    field: str
    text: str
    line: int
    lines_follow: bool = False  # the text's own line breaks are the file's (YAML |, CSV)
    language: str | None = None  # the language the file gives the text, when it gives one

    def line_of(self, offset: int) -> int:
        """The file's line of a character of the text."""
        if not self.lines_follow:
            return self.line
        return self.line + self.text.count("\n", 0, offset)


@record(frozen=True, slots=True)
class MacroFile:
    format: str
    texts: list[FoundText]


def read_macro_file(text: str, name: str) -> MacroFile | None:
    """The texts of a helpdesk file; None when the file is a plain reply (no helpdesk format by
    its extension, and no JSON or Espanso by its content). Raises UnreadableMacros."""
    suffix = PurePath(name).suffix.lower()
    by_extension = suffix in (".json", ".yml", ".yaml", ".csv", ".toml")
    opening = text.lstrip()[:1]
    try:
        if suffix == ".json" or (not by_extension and opening in ("{", "[")):
            found = _read_json(text, name)
        elif suffix in (".yml", ".yaml") or (not by_extension and _ESPANSO_START.match(text)):
            found = _read_yaml(text, name)
        elif suffix == ".csv":
            found = _read_csv(text, name)
        elif suffix == ".toml":
            found = _read_pack(text, name)
        else:
            return None
    except UnreadableMacros:
        if by_extension:
            raise
        return None  # only its content looked like a helpdesk file: a reply after all
    if not found.texts:
        if not by_extension:
            return None
        raise UnreadableMacros(
            f"{name} holds no reply text that Decline Desk knows where to find (the texts of "
            "Zendesk, Help Scout, Freshdesk, Intercom or Gorgias macros, Espanso matches, "
            "TextExpander snippets or a reply pack's [replies.CLASS.LANGUAGE] tables)."
        )
    return found


class _Pairs(list[tuple[str, object]]):
    """A JSON object with every key in order, duplicates included."""


def _read_json(text: str, name: str) -> MacroFile:
    try:
        data = json.loads(text, object_pairs_hook=_Pairs)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        if error.msg.startswith("Unterminated string"):
            why = f"the text that starts at {where} is never closed"
        elif error.pos >= len(text.rstrip()):
            why = f"it stops at {where} with a bracket still open"
        else:
            why = ""
        if why:
            message = f"{name} is not complete JSON: {why} (was it cut off?)."
            raise UnreadableMacros(message) from None
        raise UnreadableMacros(f"{name} is not valid JSON ({error.msg} at {where}).") from None
    except RecursionError:
        raise UnreadableMacros(f"{name} is JSON nested too deeply to be a macro export.") from None
    walker = _JsonWalker(text, name)
    walker.walk(data, "", 0)
    return MacroFile(walker.guess_format(), walker.found)


class _JsonWalker:
    """Walks a parsed JSON document in file order, so that each string is matched with its
    place in the file (the n-th string token is the n-th string walked, keys included)."""

    def __init__(self, text: str, name: str) -> None:
        self.name = name
        self.tokens = iter(m.start() for m in _JSON_STRING.finditer(text))
        self.line_starts = [0, *(m.end() for m in re.finditer("\n", text))]
        self.found: list[FoundText] = []
        self.keys: set[str] = set()
        self.values: set[str] = set()
        self.text_keys = reading_keys("json_text_keys")
        self.comment_fields = reading_keys("zendesk_comment_fields")

    def _line(self) -> int:
        offset = next(self.tokens, 0)
        return bisect.bisect_right(self.line_starts, offset)

    def walk(self, value: object, label: str, depth: int, language: str | None = None) -> None:
        if depth > MAX_DEPTH:
            raise UnreadableMacros(f"{self.name} is nested too deeply to be a macro export.")
        if isinstance(value, _Pairs):
            label, language = _label(value, label, language)
            comment = any(
                k == "field" and isinstance(v, str) and v in self.comment_fields for k, v in value
            )
            for key, item in value:
                self._line()  # the key's own string token
                self.keys.add(key)
                is_text = key in self.text_keys or (comment and key == "value")
                if is_text and isinstance(item, str):
                    self._text(item, label, key, language)
                elif is_text and isinstance(item, list):
                    for part in item:  # e.g. Zendesk's older ["channel:all", "text"] form
                        if isinstance(part, str):
                            self._text(part, label, key, language)
                        else:
                            self.walk(part, label, depth + 1, language)
                else:
                    self.walk(item, label, depth + 1, language)
        elif isinstance(value, list):
            for item in value:
                self.walk(item, label, depth + 1, language)
        elif isinstance(value, str):
            self._line()
            self.values.add(value)

    def _text(self, value: str, label: str, key: str, language: str | None) -> None:
        line = self._line()
        text = html_text(value) if _HTML_TAG.search(value) else value
        item = label or f"the file's “{key}”"
        self.found.append(FoundText(item, key, text, line, language=language))

    def guess_format(self) -> str:
        keys = self.keys
        if "variants" in keys or ("actions" in keys and "field" in keys):
            return "zendesk"
        if "chatText" in keys:
            return "helpscout"
        if "content_html" in keys or "canned_responses" in keys:
            return "freshdesk"
        if "setResponseText" in self.values or "body_html" in keys:
            return "gorgias"
        if "body_text" in keys or "macro" in self.values:
            return "intercom"
        return "json"


def _label(pairs: _Pairs, outer: str, language: str | None) -> tuple[str, str | None]:
    """The name of a macro or snippet and its language, from its own fields or its parent's.
    An action ({"field", "value"}, Gorgias's {"name", "arguments"}) keeps its macro's name."""
    fields = dict(pairs)
    found = fields.get("locale", fields.get("language"))
    if isinstance(found, str) and found.strip():
        language = found.strip()
    if "field" in fields or "arguments" in fields:
        return outer, language
    for key in _LABEL_KEYS:
        value = fields.get(key)
        if isinstance(value, str) and value.strip():
            return f"“{value.strip()[:80]}”", language or _language_in(value)
    if isinstance(found, str | int) and outer:
        return f"{outer} ({found})", language
    return outer, language


def _language_in(label: str) -> str | None:
    """The language a Decline Desk export writes in a name: "Generic decline (en, email)"."""
    pattern = r"\(([A-Za-z]{2,3}(?:-[A-Za-z]{2,4})?)(?:, (?:email|chat))?\)\s*$"
    match = re.search(pattern, label.strip("“”"))
    return match.group(1) if match else None


def _read_yaml(text: str, name: str) -> MacroFile:
    import yaml

    try:
        yaml.safe_load(text)  # plain data only: nothing in the file can build an object
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f" at line {mark.line + 1}" if mark else ""
        raise UnreadableMacros(f"{name} is not valid YAML{where}: {error.problem}.") from None
    except (yaml.YAMLError, RecursionError):
        raise UnreadableMacros(f"{name} is not valid YAML.") from None
    found: list[FoundText] = []
    keys = reading_keys("yaml_text_keys")
    for node, label, key in _yaml_texts(root, "", name):
        if key in keys and isinstance(node.value, str):
            block = node.style in ("|", ">")
            line = node.start_mark.line + 1 + (1 if block else 0)
            item = label or f"the file's “{key}”"
            language = _language_in(label)
            found.append(FoundText(item, key, node.value, line, block, language))
    return MacroFile("espanso", found)


def _yaml_texts(root: object, label: str, name: str) -> Iterator[tuple[ScalarNode, str, str]]:
    """(scalar node, its match's label, its key) for every scalar under a mapping key; each
    collection is visited once, so aliases cannot make the walk endless."""
    import yaml

    seen: set[int] = set()
    stack: list[tuple[object, str, int]] = [(root, label, 0)]
    while stack:
        node, label, depth = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if len(seen) > MAX_NODES or depth > MAX_DEPTH:
            raise UnreadableMacros(f"{name} is too large or too deeply nested to be a package.")
        if isinstance(node, yaml.MappingNode):
            pairs = [(k.value, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)]
            own = _yaml_label(pairs) or label
            for key, value in reversed(pairs):
                if isinstance(value, yaml.ScalarNode):
                    yield value, own, str(key)
                else:
                    stack.append((value, own, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, label, depth + 1) for item in reversed(node.value))


def _yaml_label(pairs: list[tuple[str, object]]) -> str:
    import yaml

    for wanted in ("label", "trigger", "name"):
        for key, value in pairs:
            if key == wanted and isinstance(value, yaml.ScalarNode) and value.value:
                return f"“{str(value.value)[:80]}”"
    for key, value in pairs:
        if key == "triggers" and isinstance(value, yaml.SequenceNode) and value.value:
            return f"“{str(value.value[0].value)[:80]}”"
    return ""


def _read_csv(text: str, name: str) -> MacroFile:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    found: list[FoundText] = []
    start = 1
    try:
        for row in reader:
            if row and any(cell.strip() for cell in row) and not _is_header(row, found):
                column = 1 if len(row) >= 2 else 0
                label = " ".join(f"“{cell.strip()[:80]}”" for cell in row[:3:2] if cell.strip())
                language = _language_in(row[2]) if len(row) > 2 else None
                found.append(FoundText(label, "content", row[column], start, True, language))
            start = reader.line_num + 1
    except csv.Error as error:
        raise UnreadableMacros(
            f"{name} is not a valid CSV file at line {reader.line_num}: {error}."
        ) from None
    return MacroFile("textexpander", found)


def _read_pack(text: str, name: str) -> MacroFile:
    """A Decline Desk reply pack: each text in its own language (the pack's table says which)."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise UnreadableMacros(f"{name} is not valid TOML ({error}).") from None
    lines = text.split("\n")
    found: list[FoundText] = []
    replies = data.get("replies")
    for reply_class, by_locale in (replies if isinstance(replies, dict) else {}).items():
        for locale, by_channel in (by_locale if isinstance(by_locale, dict) else {}).items():
            for channel, body in (by_channel if isinstance(by_channel, dict) else {}).items():
                if isinstance(body, str):
                    line, block = _pack_line(lines, reply_class, locale, channel)
                    item = f"“{reply_class} / {locale} / {channel}”"
                    found.append(FoundText(item, channel, body, line, block, locale))
    return MacroFile("toml", found)


def _pack_line(lines: list[str], reply_class: str, locale: str, channel: str) -> tuple[int, bool]:
    """Where a pack's text starts: the line after `channel = \"\"\"`, or the key's own line
    (line 1 when the pack writes it in another TOML form, such as an inline table)."""
    header = re.compile(
        rf"\s*\[\s*replies\s*\.\s*\"?{re.escape(reply_class)}\"?\s*\.\s*\"?"
        rf"{re.escape(locale)}\"?\s*\]"
    )
    key = re.compile(rf"\s*\"?{re.escape(channel)}\"?\s*=\s*(\"\"\"|\'\'\')?")
    inside = False
    for number, line in enumerate(lines, start=1):
        if line.lstrip().startswith("["):
            inside = bool(header.match(line))
        elif inside and (match := key.match(line)):
            quote = match.group(1)
            if not quote or line.count(quote) > 1:  # one line
                return number, False
            # TOML drops the line break right after the opening quotes
            return (number + 1 if line.rstrip().endswith(quote) else number), True
    return 1, False


def _is_header(row: list[str], found: list[FoundText]) -> bool:
    return not found and row[0].strip().lower() in ("abbreviation", "shortcut", "trigger")
