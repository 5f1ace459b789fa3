"""The reply as a helpdesk editor pastes it: HTML paragraphs with the amount in bold.

The HTML is built from the reply's plain text after the guard has passed it, with every
character escaped; nothing of the paste reaches it but what the plain text already holds. Its
text read back (`html_text`) is what the guard checks a second time before a copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.catalogue.catalog import Catalog
from app.reading.report import FailureReport
from app.replies import templates
from app.replies.replies import payload_values

HTML_HEAD = '<meta charset="utf-8">'


def reply_html(text: str, bold: Iterable[str] = ()) -> str:
    """Paragraphs at blank lines, line breaks inside them, each of `bold` (the amount) in <b>."""
    marks = sorted({value for value in bold if value.strip()}, key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, marks))) if marks else None
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")) if p.strip()]
    out = []
    for paragraph in paragraphs:
        lines = [_line_html(line, pattern) for line in paragraph.strip("\n").split("\n")]
        out.append("<p>" + "<br>".join(lines) + "</p>")
    return HTML_HEAD + "".join(out)


def bold_values(report: FailureReport, catalog: Catalog, locale: str) -> tuple[str, ...]:
    """What a reply sets in bold: the amount, as the reply writes it (from the catalogue's
    currency format, never the paste's own text)."""
    amount = templates.clean_value(payload_values(report, catalog, locale).get("amount"))
    return (amount,) if amount else ()  # as render() writes it: "49,99 €" with a plain space


def _line_html(line: str, pattern: re.Pattern[str] | None) -> str:
    import html  # only a copy writes HTML: its entity table is not loaded at start-up

    if pattern is None:
        return html.escape(line, quote=False)
    pieces, last = [], 0
    for match in pattern.finditer(line):
        pieces.append(html.escape(line[last : match.start()], quote=False))
        pieces.append(f"<b>{html.escape(match.group(), quote=False)}</b>")
        last = match.end()
    pieces.append(html.escape(line[last:], quote=False))
    return "".join(pieces)


def html_text(markup: str) -> str:
    """The text of an HTML reply as a reader sees it: tags gone, entities read, paragraphs
    apart and <br> a line break."""
    from html.parser import HTMLParser  # only a copy reads HTML: not loaded at start-up

    parts: list[str] = []

    class TextOf(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "br":
                parts.append("\n")
            elif tag == "p" and parts:
                parts.append("\n\n")

        def handle_data(self, data: str) -> None:
            parts.append(data)

    reader = TextOf(convert_charrefs=True)
    reader.feed(markup)
    reader.close()
    return "".join(parts)
