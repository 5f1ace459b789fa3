"""Shows one Explanation: headline, badges, what happened, steps, and every field found.

Everything shown here may come from a paste, so every label is plain text: a paste holding
HTML shows the HTML as text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import TYPE_CHECKING
from app.catalogue.catalog import Catalog
from app.catalogue.words import Said, marked
from app.reading.report import FailureReport, found_fields
from app.ui.fields_table import fields_table, fill
from app.ui.i18n import QT_TRANSLATE_NOOP, installed, translate
from app.ui.look import CAPTION, HEADING, SPACE, TITLE, Card, alarm_color, set_type
from app.ui.plain import Badge, plain_label
from app.ui.readable import readable_fields
from app.ui.source_line import SourceLine
from app.verdict.explanation import Explanation
from app.verdict.said import SaidExplanation, as_written, in_language

if TYPE_CHECKING:  # named for type checkers only: the table's classes are named when made
    from PySide6.QtWidgets import QTableWidget

STRIPE_DOCS = ("https://stripe.com/", "https://docs.stripe.com/")
CONFIDENTIAL_BANNER = QT_TRANSLATE_NOOP(
    "ExplanationView", "CONFIDENTIAL · the customer gets only the generic decline reply"
)
NAMES_CONFIDENTIAL = QT_TRANSLATE_NOOP(
    "ExplanationView",
    "It names a confidential reason ({reasons}). If it is about a customer's payment, never "
    "tell them that reason: send only the generic decline reply.",
)
BANNER_TIP = QT_TRANSLATE_NOOP(
    "ExplanationView", "The real reason stays inside the team: the reply never names it."
)
TEST_TIP = QT_TRANSLATE_NOOP(
    "ExplanationView", "A test-mode payment: no real card was charged and no money moved."
)
RETRY_TIP = QT_TRANSLATE_NOOP(
    "ExplanationView", "Retry verdict: whether trying this payment again can work, and when."
)
WHO_TIP = QT_TRANSLATE_NOOP(
    "ExplanationView", "Who must act: the customer, their bank, or your team."
)
ENGLISH_TIP = QT_TRANSLATE_NOOP(
    "ExplanationView", "Not translated into this language yet: shown in English."
)
WELCOME_HEADLINE = QT_TRANSLATE_NOOP(
    "ExplanationView", "Paste a failed payment to see what happened."
)
WELCOME = QT_TRANSLATE_NOOP(
    "ExplanationView",
    "Copy what the customer's payment left in Stripe: an API error, a Charge or PaymentIntent, "
    "a webhook event, a log line, or just a code such as do_not_honor. Then:\n\n"
    "Ctrl+V\tanywhere in the window: the paste becomes the ticket (a new paste replaces it)\n"
    "Ctrl+Shift+C\tcopies the customer's reply, checked so it never reveals a confidential "
    "reason\n"
    "Ctrl+N\tempties the window for the next ticket\n\n"
    "Help > Keyboard shortcuts lists every key; Help > Examples has pastes to try.",
)


def _english_tip() -> str:
    return translate("ExplanationView", ENGLISH_TIP)


def _say(label: QLabel, said: Said) -> None:
    label.setText(marked(said))
    label.setToolTip(_english_tip() if said.english and said.text else "")


class ExplanationView(QWidget):
    """The agent's reading of one failure; the badge labels come from the catalogue's
    vocabulary (retry_badges, who_acts_badges), as the CLI's do."""

    def __init__(
        self,
        retry_badges: dict[str, str],
        who_badges: dict[str, str],
        catalog: Catalog | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog  # writes values as people read them; without it, as pasted
        self._welcome: tuple[QWidget, Callable[[], bool]] | None = None
        self.retry_labels, self.who_labels = retry_badges, who_badges
        self.headline = plain_label(name=translate("ExplanationView", "Headline"))
        self._message_font = self.headline.font()
        set_type(self.headline, TITLE, bold=True)
        self._headline_font = self.headline.font()

        self.retry_badge = Badge(translate("ExplanationView", "Retry verdict"))
        self.who_badge = Badge(translate("ExplanationView", "Who must act"))
        # A banner, not one more badge: the whole width, wrapped, first thing in the pane, so
        # that no width of the window hides it.
        self.confidential_badge = Badge(translate("ExplanationView", "Confidential"))
        self.confidential_badge.setText(translate("ExplanationView", CONFIDENTIAL_BANNER))
        self.confidential_badge.setWordWrap(True)
        self.confidential_badge.set_alarm(True)
        self.confidential_badge.setToolTip(translate("ExplanationView", BANNER_TIP))
        self.test_badge = Badge(translate("ExplanationView", "Test mode"))
        self.test_badge.setText(translate("ExplanationView", "TEST MODE"))
        self.test_badge.setToolTip(translate("ExplanationView", TEST_TIP))
        badges = QHBoxLayout()
        for badge in (self.retry_badge, self.who_badge, self.test_badge):
            badges.addWidget(badge)
        badges.addStretch(1)

        self.confidential_note = plain_label(name=translate("ExplanationView", "What not to say"))
        self.confidential_note.setStyleSheet(
            f"QLabel {{ color: {alarm_color(self)}; font-weight: bold; }}"
        )
        # The verdict in the customer's terms and the rule for automatic retries: the same two
        # lines `explain`, `lookup` and the internal note print (app/verdict/wording.py).
        self.verdict = plain_label(name=translate("ExplanationView", "Verdict"))
        set_type(self.verdict, HEADING, bold=True)
        self.retry_rule = plain_label(name=translate("ExplanationView", "Automatic retries"))
        self.summary = plain_label(name=translate("ExplanationView", "What happened"))
        self.notes = plain_label(name=translate("ExplanationView", "Notes"))
        self.steps = plain_label(name=translate("ExplanationView", "What to do"))
        self.source = SourceLine(catalog.vocabulary("source_names") if catalog else {})
        set_type(self.source.label, CAPTION)

        # "Found in the paste" is made for the first explanation: the welcome and a message hide
        # it, and a list view cost every start 1.5 MB (BENCHMARKS.md, the thirteenth pass).
        self._details: QTableWidget | None = None

        self.copy_value = QPushButton(translate("ExplanationView", "Copy &value"))
        self.copy_value.setAccessibleName(
            translate("ExplanationView", "Copy the selected field value")
        )
        self.copy_value.clicked.connect(self._copy_selected_value)
        self.open_docs = QPushButton(translate("ExplanationView", "Open Stripe &docs"))
        self.open_docs.setAccessibleName(
            translate("ExplanationView", "Open the Stripe documentation link in the browser")
        )
        self.open_docs.clicked.connect(self._open_docs)
        self._doc_url: str | None = None
        self.open_dashboard = QPushButton(translate("ExplanationView", "Open the Dashboard pa&ge"))
        self.open_dashboard.setAccessibleName(
            translate("ExplanationView", "Open the selected id's page in the Stripe Dashboard")
        )
        self.open_dashboard.setToolTip(
            translate("ExplanationView", "Select an id (ch_, pi_, in_, cus_, evt_, seti_, req_)")
        )
        self.open_dashboard.setEnabled(False)
        self.open_dashboard.clicked.connect(self._open_dashboard)
        self._raw: list[str] = []  # each row's value as pasted
        self._livemode: bool | None = None
        button_row = QWidget()
        rows = QVBoxLayout(button_row)  # two rows: the pane stays narrow enough for 380 px
        rows.setContentsMargins(0, 0, 0, 0)
        for group in ((self.copy_value, self.open_docs), (self.open_dashboard,)):
            buttons = QHBoxLayout()
            for button in group:
                buttons.addWidget(button)
            buttons.addStretch(1)
            rows.addLayout(buttons)

        happened, to_do, self._found = (
            self._heading(text)
            for text in (
                translate("ExplanationView", "What happened"),
                translate("ExplanationView", "What to do"),
                translate("ExplanationView", "Found in the paste"),
            )
        )
        # Shown with an explanation only: a message never stands over empty sections.
        self._sections: list[QWidget] = [happened, to_do, self.steps, self._found]
        self._sections.append(self.source)
        self._sections.append(button_row)
        # The verdict card: what the eye must find first, apart from the details under it.
        self.card = Card("verdictCard")
        for widget in (self.confidential_badge, self.headline):
            self.card.body.addWidget(widget)
        self.card.body.addLayout(badges)
        for widget in (self.verdict, self.retry_rule, self.confidential_note):
            self.card.body.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACE)
        layout.addWidget(self.card)
        layout.addSpacing(SPACE)
        layout.addWidget(happened)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(to_do)
        layout.addWidget(self.steps)
        layout.addWidget(self.source)
        layout.addWidget(self._found)
        layout.addWidget(button_row)  # the table goes above it, when made
        layout.addStretch(0)
        self.clear()

    @property
    def details(self) -> QTableWidget:
        """The fields found in the paste, one row each: made the first time it is needed, under
        its heading and above the buttons that act on its rows; Tab goes from the source's Open
        to the table, then to Copy value, as when it was made with the view."""
        if self._details is None:
            table = fields_table()
            table.itemSelectionChanged.connect(self._selection_changed)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.indexOf(self._found) + 1, table, 1)
            QWidget.setTabOrder(self.source.open_button, table)
            QWidget.setTabOrder(table, self.copy_value)
            self._details = table
        return self._details

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = plain_label(text, wrap=False)
        set_type(label, HEADING, bold=True)
        return label

    def essential_height(self, width: int) -> int:
        """The height that shows the verdict card down to the verdict line at `width`: what a
        narrow window must keep in sight above the reply (the rest may scroll)."""
        layout = self.layout()
        assert layout is not None
        outer, inner = layout.contentsMargins(), self.card.body.contentsMargins()
        frame = self.card.width() - self.card.contentsRect().width()  # the card's borders
        width -= outer.left() + outer.right() + frame + inner.left() + inner.right()
        height = (
            outer.top() + inner.top() + (self.card.height() - self.card.contentsRect().height())
        )
        body = self.card.body
        for index in range(body.count()):
            item = body.itemAt(index)
            if item is None or item.isEmpty():  # hidden: no height
                continue
            hfw = item.heightForWidth(width) if item.hasHeightForWidth() else -1
            height += (hfw if hfw >= 0 else item.sizeHint().height()) + body.spacing()
            if item.widget() is self.verdict:
                break
        return height

    def add_welcome(self, widget: QWidget, wanted: Callable[[], bool]) -> None:
        """A card shown with the first start's lesson (under it) while `wanted()` says so."""
        self._welcome = (widget, wanted)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.summary) + 1, widget)
        widget.setVisible(self.summary.text() == translate("ExplanationView", WELCOME) and wanted())

    def clear(self, message: str = "", confidential: tuple[str, ...] = ()) -> None:
        """No explanation: the first start's lesson, or one sentence of what went wrong."""
        self.headline.setText(message or translate("ExplanationView", WELCOME_HEADLINE))
        self.headline.setFont(self._headline_font if not message else self._message_font)
        for widget in (
            *self._sections,
            self.retry_badge,
            self.who_badge,
            self.confidential_badge,
            self.test_badge,
            self.confidential_note,
            self.notes,
            self.verdict,
            self.retry_rule,
        ):
            widget.hide()
        for label in (self.headline, self.summary, self.steps, self.notes, self.confidential_note):
            label.setToolTip("")  # a tip that said "in English" belonged to the last ticket
        self.summary.setText("" if message else translate("ExplanationView", WELCOME))
        self.summary.setVisible(not message)
        if self._welcome is not None:
            self._welcome[0].setVisible(not message and self._welcome[1]())
        self.steps.setText("")
        if self._details is not None:
            self._details.hide()
            self._details.setRowCount(0)
        self.open_docs.setEnabled(False)
        self.copy_value.setEnabled(False)
        self.open_dashboard.setEnabled(False)
        self._raw = []
        self._doc_url = None
        if confidential:  # shown as a confidential failure's banner and note are
            said = translate("ExplanationView", NAMES_CONFIDENTIAL)
            self.confidential_note.setText(said.format(reasons=", ".join(confidential)))
            self.confidential_badge.show()
            self.confidential_note.show()
        self.card.set_alarm(bool(confidential))

    def show_explanation(self, report: FailureReport, explanation: Explanation) -> None:
        said = self._said(explanation)
        _say(self.headline, said.headline)
        self.headline.setFont(self._headline_font)
        for widget in (*self._sections, self.summary, self.details):
            widget.show()
        if self._welcome is not None:
            self._welcome[0].hide()
        verdict = said.verdict
        retry, who = explanation.retry, explanation.who_acts
        self.retry_badge.setText(
            verdict.retry_badge if verdict else self.retry_labels.get(retry, retry)
        )
        self.retry_badge.set_alarm(False)
        self.who_badge.setText(verdict.who_badge if verdict else self.who_labels.get(who, who))
        # Each badge says what it means on hover, with this ticket's own line where there is one.
        for badge, meaning, line in (
            (self.retry_badge, RETRY_TIP, verdict.for_retries if verdict else ""),
            (self.who_badge, WHO_TIP, verdict.for_customer if verdict else ""),
        ):
            badge.setToolTip("\n".join(filter(None, (translate("ExplanationView", meaning), line))))
        self.card.set_alarm(explanation.sensitive)
        self.retry_badge.show()
        self.who_badge.show()
        self.verdict.setText(verdict.for_customer if verdict else "")
        self.retry_rule.setText(verdict.for_retries if verdict else "")
        self.verdict.setVisible(verdict is not None)
        self.retry_rule.setVisible(verdict is not None)
        self.confidential_badge.setVisible(explanation.sensitive)
        self.test_badge.setVisible(explanation.test_mode)
        _say(self.confidential_note, said.confidential or Said(""))
        self.confidential_note.setVisible(bool(explanation.confidential))
        _say(self.summary, said.summary)
        self.notes.setText("\n".join(f"• {marked(note)}" for note in said.notes))
        self.notes.setToolTip(_english_tip() if any(n.english for n in said.notes) else "")
        self.notes.setVisible(bool(said.notes))
        steps = "\n".join(f"{n}. {step}" for n, step in enumerate(said.steps, start=1))
        _say(self.steps, Said(steps, said.steps_english))
        rows = (
            readable_fields(report, self.catalog)
            if self.catalog is not None
            else [(label, value, value) for label, value in found_fields(report)]
        )
        fill(self.details, rows)
        self._raw = [raw for _, _, raw in rows]
        self._livemode = report.livemode
        self.source.show_entry(explanation.primary)
        # The paste's own link is the most precise; without one, the catalogue's Stripe source.
        sources = [report.doc_url, *(e.source for e in explanation.entries)]
        if explanation.primary is not None:
            sources.insert(1, explanation.primary.source)
        self._doc_url = next((url for url in sources if (url or "").startswith(STRIPE_DOCS)), None)
        self.open_docs.setEnabled(self._doc_url is not None)
        self.open_docs.setToolTip(self._doc_url or "")

    def _said(self, explanation: Explanation) -> SaidExplanation:
        """The explanation in the window's language (English, marked, where it has no words)."""
        if self.catalog is None:
            return as_written(explanation)
        return in_language(explanation, self.catalog, installed())

    def said_headline(self, explanation: Explanation) -> str:
        """The headline as this view shows it, for the list of a paste's failures."""
        return marked(self._said(explanation).headline)

    def _selection_changed(self) -> None:
        self.copy_value.setEnabled(bool(self.details.selectedItems()))
        url = self.selected_dashboard_url()
        self.open_dashboard.setEnabled(url is not None)
        self.open_dashboard.setToolTip(
            url
            or translate("ExplanationView", "Select an id (ch_, pi_, in_, cus_, evt_, seti_, req_)")
        )

    def selected_dashboard_url(self) -> str | None:
        """The Dashboard page of the selected row's id, if it is one."""
        from app.ui.dashboard_links import dashboard_url

        table = self._details  # none made yet: nothing selected
        row = table.currentRow() if table is not None else -1
        if table is None or not table.selectedItems() or not 0 <= row < len(self._raw):
            return None
        return dashboard_url(self._raw[row], self._livemode)

    def _open_dashboard(self) -> None:
        if (url := self.selected_dashboard_url()) is not None:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl(url))

    def _copy_selected_value(self) -> None:
        table = self._details
        row = table.currentRow() if table is not None else -1
        if table is not None and row >= 0 and (item := table.item(row, 1)) is not None:
            QGuiApplication.clipboard().setText(item.text())

    def _open_docs(self) -> None:
        if self._doc_url:
            from PySide6.QtCore import QUrl  # named only when used (each Qt class costs)
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl(self._doc_url))
