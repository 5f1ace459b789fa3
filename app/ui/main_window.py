"""The main window: paste on top, the explanation on the left, the customer's reply on the right.

The window owns the wiring: widgets emit what the agent wants, the window asks the pipeline
(analyse: a paste's findings and replies) and shows the answer. Packs, settings, menus and the
dock panels live in their own modules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QProgressBar, QScrollArea, QSplitter

from app import __version__
from app.catalogue.catalog import Catalog, CatalogError
from app.reading.report import PasteReading, UnreadablePaste
from app.replies.analyse import Finding, gloss, internal_note, rewrite_reply, write_reply
from app.replies.guard import Guard
from app.replies.replies import AgentDetails, Reply, greeting_name
from app.replies.rich import bold_values
from app.ui.beside import Beside
from app.ui.error_report import ErrorReporter
from app.ui.explanation_view import ExplanationView, plain_label
from app.ui.i18n import translate
from app.ui.look import SchemeWatch
from app.ui.menus import Menus, example_files, example_title
from app.ui.pack_controller import SHARED_PACK_NAME, PackController
from app.ui.panels import DockPanels
from app.ui.paste_area import PasteArea
from app.ui.paste_reader import PasteReader
from app.ui.qt_numbers import NO_FOCUS, set_enum
from app.ui.recent_tickets import RecentTickets
from app.ui.reply_panel import COPY_REPLY_KEYS, ReplyPanel
from app.ui.settings_flow import SettingsFlow
from app.ui.ticket_findings import Findings
from app.ui.ticket_input import TicketInput
from app.ui.ticket_splitter import TicketSplitter

if TYPE_CHECKING:  # named for type checkers only: importing QCloseEvent & co. costs ~1.5 ms
    from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent
    from PySide6.QtWidgets import QListWidget

    from app.agent.userdata import UserStore
    from app.reading.report import FailureReport
    from app.verdict.explanation import Explanation

__all__ = ["SHARED_PACK_NAME", "MainWindow", "example_files", "example_title"]

DEBOUNCE_MS = 250
WARM_GUARD_MS = 400  # after the first paint, the guard's rules compile on a worker


class MainWindow(TicketInput):
    def __init__(
        self,
        catalog: Catalog,
        settings: QSettings | None = None,
        agent: AgentDetails | None = None,
        store: UserStore | None = None,
    ) -> None:
        super().__init__()
        self.catalog = catalog
        self.store = store
        self.findings: Findings | list[Finding] = []
        self.known = catalog.code_kinds()
        self._last_stored = ""
        self._lookup = False  # the ticket is a catalogue entry: not counted in history
        self._paste_names: list[str | None] = []  # the names the paste carries, never stored
        self._offered = ""  # the greeting name last offered from them
        self.setWindowTitle("Decline Desk")
        self.setAcceptDrops(True)

        self.guard = Guard.from_catalog(catalog)
        settings = settings if settings is not None else QSettings()
        self.settings_flow = SettingsFlow(catalog, settings, store, agent, self.guard, self)
        self.settings_flow.language_installed.connect(self.retranslate)  # and light or dark:
        SchemeWatch(self)
        self.packs = PackController(catalog, self.guard, store, self)
        self.paste_area = PasteArea()
        self.paste = self.paste_area.editor
        self.warnings = self.paste_area.warnings
        self.view = ExplanationView(
            catalog.vocabulary("retry_badges"),
            catalog.vocabulary("who_acts_badges"),
            catalog,
        )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.view)
        set_enum(scroll, "focusPolicy", NO_FOCUS)
        self.reply = ReplyPanel(self.settings_flow.languages(), self.guard, self.known)
        self.splitter = QSplitter()  # horizontal
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.reply)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.vsplitter = TicketSplitter(self.paste_area, self.splitter)
        self.setCentralWidget(self.vsplitter)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(translate("MainWindow", "Reading the paste"))
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.catalogue_label = plain_label(
            wrap=False, name=translate("MainWindow", "Catalogue version")
        )
        self._say_catalogue_version()
        self.statusBar().addPermanentWidget(self.catalogue_label)

        self.docks = DockPanels(self, catalog, store)
        self.beside = Beside(self, settings, self.known, COPY_REPLY_KEYS, parent=self)
        self.statusBar().addPermanentWidget(self.beside.indicator)
        self.menus = Menus(self)
        self.recent = RecentTickets(self.menus.recent_menu, self)
        self.errors = ErrorReporter(
            store.folder if store is not None else None, self, self.show_problem
        )
        self.reader = PasteReader(self.known, self)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._wire()

        self.reply.choose(*self.settings_flow.choice())
        self.settings_flow.restore_window(self.splitter, self.vsplitter)
        self.docks.restored(self.settings_flow.open_docks())
        self.packs.load()
        if store is not None:
            from app.ui.first_run import FirstRun  # not imported without a store (smoke test)

            self.first_run = FirstRun(self)  # who signs the replies, until they are set
            if store.notice:
                self.statusBar().showMessage(store.notice, 15000)
            store.on_notice = lambda sentence: self.statusBar().showMessage(sentence, 15000)

    @property
    def failure_list(self) -> QListWidget:  # made for the first paste of several failures
        return self.paste_area.failure_list

    def _wire(self) -> None:
        self.reader.finished.connect(self._show_reading)
        self.reader.busyChanged.connect(self._set_busy)
        self._debounce.timeout.connect(self._typed)
        self.paste.textChanged.connect(self._debounce.start)
        self.paste.pasted.connect(self._pasted_in_box)
        for source in (self.paste, self.reply.editor, self.reply.first_name, self.docks):
            source.pasteKey.connect(self.paste_clipboard)
        self.reply.editor.ticketPasted.connect(self.set_paste)
        self.reply.copyable.connect(self.menus.copyable)
        self.reply.copyable.connect(self.beside.sync)  # a new or edited reply, or none
        self.menus.copyable(False, False)  # nothing to copy before the first paste
        self.paste_area.rowChanged.connect(self._show_finding)
        self.reply.choiceChanged.connect(self._choice_changed)
        self.reply.nameChanged.connect(self._render_reply)
        # The reply's choices or hint took a line fewer or more: under the explanation, the
        # verdict above gets it (beside it, the reply has the height: no second fit at start).
        for row in (self.reply.choices, self.reply.copy_row):
            row.reflowed.connect(self.vsplitter.refit)
        self.docks.codeUsed.connect(self.use_code)
        self.docks.historyChosen.connect(self.reopen)
        # A recent ticket again is not a new paste: history does not count it twice.
        self.recent.chosen.connect(lambda text: self.set_paste(text, lookup=True))
        self.packs.changed.connect(self._render_reply)
        self.packs.notice.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.reply.checker.notice.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.settings_flow.changed.connect(self._settings_changed)
        # The guard compiles on a worker 400 ms after the first paint (showEvent), not before.
        self._warm: QTimer | None = QTimer(self, singleShot=True, interval=WARM_GUARD_MS)
        self._warm.timeout.connect(lambda: self.reply.checker.warm(self.reply.reply_locale))

    # ----------------------------------------------------------------------------- reading
    def _typed(self) -> None:
        """The agent typed in the paste box: their own ticket, counted as a paste."""
        self._lookup = False
        self.read_now()

    def read_now(self) -> None:
        text = self.paste_area.text()
        if not text.strip():
            self.show_problem("")
            return
        self.reader.read(text)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            # The last ticket's answer goes while the new one is read: its reply must not be
            # copied for the new customer, nor checked by the guard on another thread meanwhile.
            self.show_problem(translate("MainWindow", "Reading a large paste…"))
            self.statusBar().showMessage(translate("MainWindow", "Reading a large paste…"))
        else:
            self.statusBar().clearMessage()

    def show_problem(self, message: str, confidential: tuple[str, ...] = ()) -> None:
        """Clears every answer (nothing stale stays on screen) and shows one sentence."""
        self.findings = []
        self.recent.left()
        self.paste_area.show_headlines([])
        self.paste_area.show_warnings([])
        self.view.clear(message, confidential)
        self.reply.offer_name(None)
        self.reply.set_reply("", "")
        self.reply.set_confidential(False)

    def _show_reading(self, result: object) -> None:
        if isinstance(result, UnreadablePaste):
            self.show_problem(result.message, result.confidential)
            return
        try:
            if isinstance(result, Exception):
                raise result
            assert isinstance(result, PasteReading)
            self._agent(result)  # offers the paste's name for the greeting
            self.findings = Findings(result, self.catalog, self._write_reply)
        except CatalogError as error:
            self.show_problem(str(error))
            return
        except Exception as error:  # a bug: logged, and no stale answer stays on screen
            self.errors.report(error, translate("MainWindow", "This paste could not be explained"))
            return
        self._remember()
        self.paste_area.show_warnings(result.warnings, self.catalog)
        explained = [e for _, e in self.findings.explained]
        self.paste_area.show_headlines(
            [(self.view.said_headline(e), e.sensitive, e.test_mode) for e in explained]
        )
        if explained:
            first = explained[0]
            text = self.paste_area.text()
            self.recent.shown(text, first.headline, first.sensitive, not self._lookup)
            self._show_finding(0)
        else:
            self.vsplitter.fit()  # a warning alone still gets its lines
            nothing = translate("MainWindow", "Nothing failed in this paste.")
            self.view.clear(nothing, result.confidential)  # a fraud warning stays confidential
            self.reply.set_reply("", "")
            self.reply.set_confidential(False)

    def _agent(self, reading: PasteReading) -> None:
        """Offers the name the paste carries for the greeting (each reply reads the field)."""
        self._paste_names = [r.customer_name for r in reading.failures]
        self._offer(self._greeting_name(self.reply.reply_locale))

    def _write_reply(self, report: FailureReport, explanation: Explanation) -> Reply:
        """A failure's reply as the agent has chosen it now: language, channel, name, pack."""
        return write_reply(
            report,
            explanation,
            self.catalog,
            self.reply.reply_locale,
            self.reply.channel,
            self.settings_flow.agent(self.reply.first_name.text()),
            self.packs.pack,
        )

    def _offer(self, name: str | None) -> None:
        self._offered = name or ""
        self.reply.offer_name(name)

    def _greeting_name(self, locale: str) -> str | None:
        """The paste's name as this language greets with it ("Jenny", 山田, or none)."""
        names = [greeting_name(n, locale, self.catalog) for n in self._paste_names]
        return next((n for n in names if n), None)

    def _remember(self) -> None:
        """Keeps the explained failure's allowlisted fields in history (once per distinct paste);
        the store says itself, once, when it cannot save."""
        text = self.paste_area.text()
        if self._lookup or self.store is None or not self.findings or text == self._last_stored:
            return
        from app.agent.remember import remember  # history is imported only once it is used

        remember(self.store, self.findings[0].report, self.catalog)  # says itself if it cannot
        self._last_stored = text
        self.docks.history_changed()

    def _show_finding(self, row: int) -> None:
        if 0 <= row < len(self.findings):
            try:
                finding = self.findings[row]  # its reply written now, the first time it is shown
            except CatalogError as error:
                self.show_problem(str(error))
                return
            self.view.show_explanation(finding.report, finding.explanation)
            self._show_reply(finding)
            self.vsplitter.fit()  # a narrow window: the reply's new lines get their height

    def _render_reply(self) -> None:
        """Writes the current finding's reply again (language, channel, name, pack changed);
        the other failures' replies are written again when they are shown."""
        row = self.paste_area.current_row()
        if not isinstance(self.findings, Findings) or row >= len(self.findings):
            return
        self.findings.forget_replies()
        try:
            finding = self.findings[row]
        except CatalogError as error:
            self.show_problem(str(error))
            return
        self._show_reply(finding)

    def _show_reply(self, finding: Finding) -> None:
        built_in, agent = finding, self.settings_flow.agent(self.reply.first_name.text())
        if self.packs.pack is not None:  # the shipped text, restored if the pack's is refused
            locale, channel = finding.reply.locale, finding.reply.channel
            built_in = rewrite_reply(finding, self.catalog, locale, channel, agent)
        bold = bold_values(finding.report, self.catalog, finding.reply.locale)
        self.reply.set_reply(finding.reply.text, internal_note(finding), built_in.reply.text, bold)
        self.reply.set_confidential(finding.explanation.sensitive)
        self._show_gloss(finding)

    def _show_gloss(self, finding: Finding) -> None:
        """A reply in a language the agent may not read: the same class and channel in theirs."""
        agent = self.settings_flow.agent(self.reply.first_name.text())
        mine = self.settings_flow.agent_language()
        text = gloss(finding, self.catalog, mine, agent, self.packs.pack)
        self.reply.set_gloss(self.catalog.reply_frame(mine).language, text)

    def _choice_changed(self, locale: str, channel: str) -> None:
        self.settings_flow.save_choice(locale, channel)
        from app.ui.script_fonts import missing_font  # asked only when a language is chosen

        if (missing := missing_font(locale)) is not None:
            self.statusBar().showMessage(missing, 20000)
        if self.reply.first_name.text() == self._offered:  # not the agent's: offer it again
            self._offer(self._greeting_name(locale))
        self._render_reply()

    def _settings_changed(self) -> None:
        self.reply.choose(*self.settings_flow.choice())
        self.packs.load()
        self._render_reply()

    # ----------------------------------------------------------------------------- window
    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        info = self.catalog.info()
        QMessageBox.about(
            self,
            translate("MainWindow", "About Decline Desk"),
            translate(
                "MainWindow",
                "Decline Desk {version}\n\nCatalogue {catalogue}, built {built}.\n"
                "Explains failed Stripe payments and writes a customer-safe reply. Works offline.",
            ).format(version=__version__, catalogue=info.version, built=info.built),
        )

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts: every command's keys, and each button's Alt+letter."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self, translate("MainWindow", "Keyboard shortcuts"), self.menus.help_text(self)
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if (warm := self._warm) is not None:  # once, on the event loop's next pass: after the
            QTimer.singleShot(0, warm, warm.start)  # first paint, which is already queued
            self._warm = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.docks.make_room()  # both docks open: they may have to share a side

    def retranslate(self) -> None:
        """The window in the language just installed, at once: its own words, the texts made
        from values, and the ticket's explanation and gloss (the reply, maybe edited, stays)."""
        from app.ui.retranslate import retranslate_tree

        retranslate_tree(self)
        self._say_catalogue_version()
        self.reply.retranslate()
        if (compact := self.beside.compact) is not None:  # its own window, said again too
            retranslate_tree(compact)
        self.recent.retranslate()
        self.docks.retranslate()
        self.paste_area.show_warnings(self.paste_area.shown_warnings, self.catalog)
        explained = [e for _, e in getattr(self.findings, "explained", [])]
        self.paste_area.relabel([self.view.said_headline(e) for e in explained])
        row = self.paste_area.current_row()
        if 0 <= row < len(self.findings):
            finding = self.findings[row]
            self.view.show_explanation(finding.report, finding.explanation)
            self._show_gloss(finding)

    def _say_catalogue_version(self) -> None:
        said = translate("MainWindow", "Catalogue {version}")
        self.catalogue_label.setText(said.format(version=self.catalog.info().version))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.beside.compact_on:  # the app is closing from the compact window's side
            self.beside.close()
        self.settings_flow.save_window(self.splitter, self.vsplitter, self.docks.open_docks())
        self.reader.wait()
        self.reply.checker.wait()
        self.errors.uninstall()
        super().closeEvent(event)
