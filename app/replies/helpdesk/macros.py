"""The replies a helpdesk export holds: every reply class, language and channel, the team's
pack wording where it has one, written with a tool's placeholders (and as HTML where the tool
takes HTML)."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import CHANNELS
from app.records import record
from app.replies.templates import OptionalPart, Placeholder, parse

# Type checkers only: the pack reader is not needed to build a list of texts.
if TYPE_CHECKING:  # packs reads TOML: imported only where a pack is used
    from app.replies.packs import ReplyPack


@record(frozen=True, slots=True)
class MacroText:
    """One reply as a macro: a whole email (greeting, body, closing) or a chat message, in the
    template language of resources/replies (placeholders in optional parts)."""

    reply_class: str
    locale: str
    channel: str
    template: str

    @property
    def class_words(self) -> str:
        """ "generic_decline" is "Generic decline"."""
        words = self.reply_class.replace("_", " ")
        return f"{words[:1].upper()}{words[1:]}"

    @property
    def title(self) -> str:
        return f"{self.class_words} ({self.locale}, {self.channel})"

    @property
    def trigger(self) -> str:
        """A text expander's abbreviation: short, and never a word anyone types."""
        chat = "-chat" if self.channel == "chat" else ""
        return f"dd-{self.reply_class.replace('_', '-')}-{self.locale.lower()}{chat}"


def macro_texts(catalog: Catalog, pack: ReplyPack | None = None) -> list[MacroText]:
    """Every reply class in every language and channel, the pack's wording where it has one.
    The signature is left to the helpdesk, which adds the agent's own."""
    texts = []
    for locale in catalog.reply_locales():
        frame = catalog.reply_frame(locale)
        for reply_class in catalog.vocabulary("reply_classes"):
            for channel in CHANNELS:
                body = pack.template(reply_class, locale, channel) if pack else None
                if body is None:
                    body = catalog.reply_template(locale, reply_class, channel)
                if channel == "email":
                    body = "\n\n".join(p for p in (frame.greeting, body, frame.closing) if p)
                texts.append(MacroText(reply_class, locale, channel, body))
    return texts


def tool_text(
    template: str, placeholders: Mapping[str, str], escape: Callable[[str], str] = str
) -> str:
    """The template with the tool's placeholders. An optional part whose placeholders the tool
    lacks is left out, as a reply leaves it out when a value is missing; `escape` is applied to
    the words (HTML, a text expander's % signs), never to the placeholders."""
    out = []
    for line in parse(template):
        parts: list[str] = []
        for piece in line:
            if isinstance(piece, str):
                parts.append(escape(piece))
            elif isinstance(piece, Placeholder):
                parts.append(placeholders.get(piece.name, ""))
            elif all(p.name in placeholders for p in piece.pieces if isinstance(p, Placeholder)):
                parts.extend(_piece(p, placeholders, escape) for p in piece.pieces)
        text = "".join(parts).rstrip()
        if text.strip() or not line:
            out.append(text)
    return "\n".join(out).strip("\n")


def _piece(
    piece: str | Placeholder | OptionalPart,
    placeholders: Mapping[str, str],
    escape: Callable[[str], str],
) -> str:
    if isinstance(piece, str):
        return escape(piece)
    if isinstance(piece, Placeholder):
        return placeholders[piece.name]
    raise TypeError(piece)  # parse() never nests optional parts


def as_html(template: str, placeholders: Mapping[str, str]) -> str:
    """The template as HTML paragraphs (a blank line starts a paragraph, a line break is <br>)."""
    text = tool_text(template, placeholders, lambda words: html.escape(words, quote=False))
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{p.strip(chr(10)).replace(chr(10), '<br>')}</p>" for p in paragraphs)
