"""Writes the replies in a helpdesk's or text expander's own format, each with the library made
for that format: json and csv from the standard library, PyYAML's safe_dump for Espanso.
Sources for every format: resources/helpdesk/README.md."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import CHANNELS
from app.replies.helpdesk.formats import HelpdeskFormat, helpdesk_formats
from app.replies.helpdesk.macros import MacroText, as_html, macro_texts, tool_text

if TYPE_CHECKING:  # packs reads TOML: imported only where a pack is used
    from app.replies.packs import ReplyPack

# Intercom's HTML body writes a placeholder as an element (its API reference, "Create a macro").
_INTERCOM_HTML = {"customer_first_name": '<attribute key="first_name" default=""/>'}
_ESPANSO_MANIFEST_VERSION = "1.0.0"


def export_files(format_name: str, texts: list[MacroText], pack_name: str) -> dict[str, str]:
    """The files of an export, by file name; the first is the one a single output file gets."""
    tool = helpdesk_formats()[format_name]
    return _WRITERS[format_name](tool, texts, pack_name)


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _zendesk(tool: HelpdeskFormat, texts: list[MacroText], pack_name: str) -> dict[str, str]:
    """Dynamic content items (one variant per language) and the macros that insert them: the
    bodies of POST /api/v2/dynamic_content/items and POST /api/v2/macros, listed under the keys
    their list endpoints use."""
    items: dict[tuple[str, str], dict[str, object]] = {}
    macros = []
    for text in texts:
        key = (text.reply_class, text.channel)
        if key not in items:
            name = f"declinedesk_{text.reply_class}_{text.channel}"
            items[key] = {"name": name, "default_locale_id": 1, "variants": []}
            macros.append(
                {
                    "title": f"Decline Desk::{text.class_words} ({text.channel})",
                    "active": True,
                    "actions": [
                        {"field": "comment_value", "value": "{{dc." + name + "}}"},
                        {"field": "comment_mode_is_public", "value": "true"},
                    ],
                }
            )
        variant: dict[str, object] = {"locale": text.locale}
        if text.locale in tool.locale_ids:
            variant["locale_id"] = tool.locale_ids[text.locale]
        variant |= {
            "default": text.locale == "en",
            "active": True,
            "content": tool_text(text.template, tool.placeholders),
        }
        items[key]["variants"].append(variant)  # type: ignore[attr-defined]
    return {"declinedesk-zendesk.json": _json({"items": list(items.values()), "macros": macros})}


def _helpscout(tool: HelpdeskFormat, texts: list[MacroText], pack_name: str) -> dict[str, str]:
    """Saved replies as POST /v2/mailboxes/{id}/saved-replies takes them: the email as HTML
    `text`, the chat message as `chatText`."""
    replies: dict[tuple[str, str], dict[str, str]] = {}
    for text in texts:
        entry = replies.setdefault(
            (text.reply_class, text.locale),
            {"name": f"Decline Desk: {text.class_words} ({text.locale})"},
        )
        if text.channel == "email":
            entry["text"] = as_html(text.template, tool.placeholders)
        else:
            entry["chatText"] = tool_text(text.template, tool.placeholders)
    return {"declinedesk-helpscout.json": _json(list(replies.values()))}


def _freshdesk(tool: HelpdeskFormat, texts: list[MacroText], pack_name: str) -> dict[str, str]:
    """Canned responses as POST /api/v2/canned_responses/create_multiple takes them (visible to
    all agents; the folder is chosen when importing)."""
    responses = [
        {
            "title": f"Decline Desk: {text.title}",
            "content_html": as_html(text.template, tool.placeholders),
            "visibility": 0,
        }
        for text in texts
    ]
    return {"declinedesk-freshdesk.json": _json({"canned_responses": responses})}


def _intercom(tool: HelpdeskFormat, texts: list[MacroText], pack_name: str) -> dict[str, str]:
    """Macros as Intercom's macro object has them: the HTML `body` POST /macros takes, and the
    plain `body_text` with Intercom's {{first_name}} placeholder."""
    macros = [
        {
            "type": "macro",
            "name": f"Decline Desk: {text.title}",
            "body": as_html(text.template, _INTERCOM_HTML),
            "body_text": tool_text(text.template, tool.placeholders),
            "visible_to": "everyone",
            "available_on": ["inbox"],
        }
        for text in texts
    ]
    return {"declinedesk-intercom.json": _json({"type": "list", "data": macros})}


def _gorgias(tool: HelpdeskFormat, texts: list[MacroText], pack_name: str) -> dict[str, str]:
    """Macros as POST /api/macros takes them: one setResponseText action with the text and HTML."""
    macros = []
    for text in texts:
        arguments = {
            "body_text": tool_text(text.template, tool.placeholders),
            "body_html": as_html(text.template, tool.placeholders),
        }
        macros.append(
            {
                "name": f"Decline Desk: {text.title}",
                "language": text.locale.split("-")[0].lower(),
                "actions": [
                    {
                        "name": "setResponseText",
                        "title": "Add response text",
                        "type": "user",
                        "arguments": arguments,
                    }
                ],
            }
        )
    return {"declinedesk-gorgias.json": _json({"data": macros})}


def _espanso(tool: HelpdeskFormat, texts: list[MacroText], pack_name: str) -> dict[str, str]:
    """An Espanso package: package.yml (the matches), _manifest.yml and README.md. A reply with
    placeholders is a form, so the agent types the values when it expands."""
    matches = []
    for text in texts:
        words = tool_text(text.template, tool.placeholders)
        kind = "form" if any(v in words for v in tool.placeholders.values()) else "replace"
        matches.append({"trigger": f":{text.trigger}", "label": text.title, kind: words})
    dump = _yaml_dumper()
    manifest = {
        "name": "declinedesk-replies",
        "title": f"Decline Desk replies: {pack_name}",
        "description": "Customer-safe replies to failed card payments, from Decline Desk.",
        "version": _ESPANSO_MANIFEST_VERSION,
        "author": "Decline Desk",
    }
    readme = (
        f"# Decline Desk replies: {pack_name}\n\nType `:dd-` and the reply class, language "
        "and `-chat` for the chat version (for example `:dd-generic-decline-en`).\n"
    )
    return {
        "package.yml": dump({"matches": matches}),
        "_manifest.yml": dump(manifest),
        "README.md": readme,
    }


def _yaml_dumper() -> Callable[[object], str]:
    """yaml.safe_dump, with block scalars for texts of several lines so that a person can read
    them: the same SafeDumper (plain data only), given one more representer in a subclass."""
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, text)

    def dump(data: object) -> str:
        return yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100)

    return dump


def _textexpander(tool: HelpdeskFormat, texts: list[MacroText], pack_name: str) -> dict[str, str]:
    """Rows of abbreviation, content and label, as TextExpander imports a CSV file into a group
    named after the file; a literal % is written %% (TextExpander's macros start with %)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for text in texts:
        content = tool_text(text.template, tool.placeholders, lambda w: w.replace("%", "%%"))
        writer.writerow([f";{text.trigger}", content, f"Decline Desk: {text.title}"])
    return {"declinedesk-textexpander.csv": out.getvalue()}


_WRITERS: dict[str, Callable[[HelpdeskFormat, list[MacroText], str], dict[str, str]]] = {
    "zendesk": _zendesk,
    "helpscout": _helpscout,
    "freshdesk": _freshdesk,
    "intercom": _intercom,
    "gorgias": _gorgias,
    "espanso": _espanso,
    "textexpander": _textexpander,
}


def export_pack(format_name: str, catalog: Catalog, pack: ReplyPack | None) -> dict[str, str]:
    """The built-in replies, with the team pack's wording where it has one, as the files of
    `format_name` (one of EXPORT_FORMATS; "toml" is a reply pack of every text)."""
    if format_name == "toml":
        from app.replies.packs import ReplyPack

        texts: dict[tuple[str, str, str], str] = {}
        for locale in catalog.reply_locales():
            for reply_class in catalog.vocabulary("reply_classes"):
                for channel in CHANNELS:
                    own = pack.template(reply_class, locale, channel) if pack else None
                    texts[(reply_class, locale, channel)] = own or catalog.reply_template(
                        locale, reply_class, channel
                    )
        name = pack.name if pack else "Decline Desk replies"
        return {"declinedesk-replies.toml": ReplyPack(name=name, texts=texts).to_toml()}
    name = pack.name if pack else "Decline Desk replies"
    return export_files(format_name, macro_texts(catalog, pack), name)


def write_export(files: dict[str, str], path: Path) -> list[Path]:
    """Writes an export: the first file to `path`, or, when `path` is a folder (an existing one,
    or a name without an extension), every file of it there (an Espanso package is a folder)."""
    if path.is_dir() or (not path.suffix and len(files) > 1):
        path.mkdir(parents=True, exist_ok=True)
        targets = [path / name for name in files]
    else:
        targets = [path]
    for target, content in zip(targets, files.values(), strict=False):
        # newline="": the CSV writer's \r\n and the other files' \n are written as they are.
        with target.open("w", encoding="utf-8", newline="") as handle:
            handle.write(content)
    return targets
