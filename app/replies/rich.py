"""The reply as HTML for a helpdesk editor (paragraphs, the amount in bold) beside its plain
text, and the words of any HTML as a customer reads them, so the guard can check both."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from html.parser import HTMLParser

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")


def reply_html(text: str, bold: Iterable[str] = ()) -> str:
    """The reply's HTML: a blank line starts a paragraph, a line break is <br>, and each of
    `bold` (the amount as the reply writes it) is in <b>. Every word is escaped: a value such
    as "<script>" stays text."""
    values = sorted({html.escape(v, quote=False) for v in bold if v.strip()}, key=len, reverse=True)
    emphasis = re.compile("|".join(map(re.escape, values))) if values else None
    paragraphs = []
    for paragraph in _PARAGRAPH_BREAK.split(text.strip("\n")):
        escaped = html.escape(paragraph, quote=False)
        if emphasis is not None:
            escaped = emphasis.sub(lambda m: f"<b>{m.group()}</b>", escaped)
        paragraphs.append(f"<p>{escaped.replace(chr(10), '<br>')}</p>")
    return "".join(paragraphs)


class _TextOfHtml(HTMLParser):
    """The words of an HTML fragment as a customer reads them: a paragraph or <br> ends a line."""

    _BREAKS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "blockquote", "tr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in self._BREAKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._BREAKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text(fragment: str) -> str:
    """The text of an HTML body (a reply's HTML, Help Scout's text, Freshdesk's content_html)."""
    parser = _TextOfHtml()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in text.split("\n"))).strip()
