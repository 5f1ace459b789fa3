"""What Copy puts on the clipboard: the reply as plain text and as HTML, both checked first.

One check for every way a reply leaves the app (the Copy button, `declinedesk --copy-reply`
with or without a window): the guard and the payload check read the plain text and the text
of the HTML; a refusal gives no clipboard data at all.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QMimeData

from app.reading.report import CodeKinds
from app.records import record
from app.replies.guard import Guard, Problem
from app.replies.rich import html_text, reply_html
from app.ui.i18n import translate
from app.ui.paste_kind import payload_in_reply


@record(frozen=True, slots=True)
class CheckedCopy:
    """The guard's answer: `problems` (revealing phrases) or `payload` (why Stripe data was
    found) when refused; else the plain text and its HTML, ready for `mime_data()`."""

    text: str
    markup: str
    problems: list[Problem]
    payload: str | None

    @property
    def refused(self) -> bool:
        return bool(self.problems or self.payload)

    def reason(self) -> str:
        """Why it was refused, in words that fit after "Not copied: "."""
        if self.problems:
            first = self.problems[0]
            if len(self.problems) > 1:
                return translate("ReplyClipboard", "“{phrase}” (and {more} more) {why}").format(
                    phrase=first.phrase, more=len(self.problems) - 1, why=first.reason
                )
            return f"“{first.phrase}” {first.reason}"
        return str(self.payload)

    def mime_data(self) -> QMimeData:
        """text/plain and text/html of a reply the guard passed; never called for a refusal."""
        if self.refused:
            raise ValueError("a refused reply has no clipboard data")
        data = QMimeData()
        data.setText(self.text)
        data.setHtml(self.markup)
        return data


def check_copy(
    text: str, locale: str | None, guard: Guard, known: CodeKinds, bold: Iterable[str] = ()
) -> CheckedCopy:
    """Checks the reply's plain text, builds its HTML from that text, and checks the HTML's
    text again (what a helpdesk editor would show the customer)."""
    problems = guard.check(text, locale)
    payload = payload_in_reply(text, known)
    markup = reply_html(text, bold) if not (problems or payload) else ""
    if markup:
        shown = html_text(markup)
        problems = guard.check(shown, locale)
        payload = payload_in_reply(shown, known)
    return CheckedCopy(text, markup if not (problems or payload) else "", problems, payload)
