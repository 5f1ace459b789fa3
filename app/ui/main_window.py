"""The main window: paste on top, the explanation on the left, the customer's reply on the right.

The window owns the wiring: widgets emit what the agent wants, the window asks app.core.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import __version__, paths
from app.core.analyse import Finding, internal_note
from app.core.catalog import Catalog, CatalogError
from app.core.explain import Explanation, explain
from app.core.guard import Guard
from app.core.packs import PackError, ReplyPack, load_pack, read_pack_file
from app.core.paste import MAX_CHARS, decode_paste
from app.core.replies import AgentDetails, reply_for
from app.core.report import FailureReport, PasteReading, UnreadablePaste
from app.core.userdata import UserStore
from app.ui.explanation_view import ExplanationView, plain_label
from app.ui.paste_reader import PasteReader
from app.ui.reply_panel import ReplyPanel

if TYPE_CHECKING:  # built on first use, so that the window opens quickly
    from app.ui.history_panel import HistoryPanel
    from app.ui.search_panel import SearchPanel

DEBOUNCE_MS = 250
SHARED_PACK_NAME = "declinedesk-replies.toml"
OPENABLE = (".json", ".txt", ".log")


def example_files() -> list[Path]:
    return sorted(paths.examples_dir().glob("*.json"))


def example_title(path: Path) -> str:
    """"03-stolen-card.json" is shown as "Stolen card"."""
    words = path.stem.split("-", 1)[-1].replace("-", " ")
    return words[:1].upper() + words[1:]


class MainWindow(QMainWindow):
    def __init__(self, catalog: Catalog, settings: QSettings | None = None,
                 agent: AgentDetails | None = None, store: UserStore | None = None) -> None:
        super().__init__()
        self.catalog = catalog
        self.settings = settings if settings is not None else QSettings()
        self.store = store
        self._agent_override = agent
        self.pack = ReplyPack()
        self._last_stored = ""
        self.findings: list[tuple[FailureReport, Explanation]] = []
        self.setWindowTitle("Decline Desk")
        self.setAcceptDrops(True)

        self.paste = QPlainTextEdit()
        self.paste.setAccessibleName("Paste")
        self.paste.setPlaceholderText(
            "Paste a failed payment here (Ctrl+V): an API error, a Charge, a PaymentIntent, a "
            "webhook event, a log line, or a code such as do_not_honor.")
        self.paste.setTabChangesFocus(True)
        self.paste.setAcceptDrops(False)  # the window takes dropped files
        paste_label = QLabel("&Paste:")
        paste_label.setBuddy(self.paste)
        self.warnings = plain_label(name="Warnings about the paste")
        self.warnings.hide()
        self.failure_list = QListWidget()
        self.failure_list.setAccessibleName("Failures in this paste")
        self.failure_list.setMaximumHeight(110)
        self.failure_list.hide()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(paste_label)
        top_layout.addWidget(self.paste, 1)
        top_layout.addWidget(self.warnings)
        top_layout.addWidget(self.failure_list)

        self.view = ExplanationView()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.view)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.guard = Guard.from_catalog(catalog)
        languages = {loc: catalog.reply_frame(loc).language for loc in catalog.reply_locales()}
        self.reply = ReplyPanel(languages, self.guard)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.reply)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.vsplitter = QSplitter(Qt.Orientation.Vertical)
        self.vsplitter.addWidget(top)
        self.vsplitter.addWidget(self.splitter)
        self.vsplitter.setStretchFactor(0, 1)
        self.vsplitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.vsplitter)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName("Reading the paste")
        self.busy.hide()
        info = catalog.info()
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(
            plain_label(f"Catalogue {info.version}", wrap=False, name="Catalogue version"))

        self.reader = PasteReader(catalog.code_kinds(), self)
        self.reader.finished.connect(self._show_reading)
        self.reader.busyChanged.connect(self._set_busy)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.read_now)
        self.paste.textChanged.connect(self._debounce.start)
        self.failure_list.currentRowChanged.connect(self._show_finding)
        self.reply.choiceChanged.connect(self._choice_changed)

        # The catalogue browser is built the first time it is opened: start-up stays quick.
        self._search_panel: SearchPanel | None = None
        self.search_dock = QDockWidget("Catalogue", self)
        self.search_dock.setObjectName("catalogue")
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.search_dock)
        self.search_dock.hide()

        self.history_panel: HistoryPanel | None = None
        self.history_dock = QDockWidget("History", self)
        self.history_dock.setObjectName("history")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()

        self._build_menus()
        self._restore_settings()
        self.load_pack()
        self.view.clear()
        if store is not None and store.notice:
            self.statusBar().showMessage(store.notice, 15000)

    # ----------------------------------------------------------------------------- menus
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = self._action(file_menu, "&Open…", QKeySequence.StandardKey.Open,
                                        self.open_file)
        self.paste_action = self._action(file_menu, "&Paste from clipboard",
                                         QKeySequence.StandardKey.Paste, self.paste_clipboard)
        self.clear_action = self._action(file_menu, "&Clear", QKeySequence("Ctrl+L"),
                                         self.clear)
        file_menu.addSeparator()
        self.settings_action = self._action(file_menu, "&Settings…", QKeySequence("Ctrl+,"),
                                            self.edit_settings)
        self.import_pack_action = self._action(file_menu, "&Import reply pack…", None,
                                               self.import_pack)
        self.export_pack_action = self._action(file_menu, "E&xport reply pack…", None,
                                               self.export_pack)
        self.pack_editor_action = self._action(file_menu, "Edit reply &pack…", None,
                                               self.edit_pack)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)
        for action in (self.settings_action, self.import_pack_action, self.export_pack_action,
                       self.pack_editor_action):
            action.setEnabled(self.store is not None)

        edit_menu = self.menuBar().addMenu("&Edit")
        self.copy_reply_action = self._action(edit_menu, "Copy &reply",
                                              QKeySequence("Ctrl+Shift+C"), self.reply.copy_reply)
        self.copy_note_action = self._action(edit_menu, "Copy internal &note",
                                             QKeySequence("Ctrl+Shift+N"), self.reply.copy_note)

        self.find_action = self._action(edit_menu, "&Find a code…", QKeySequence("Ctrl+F"),
                                        self.show_search)
        self.find_action.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("Ctrl+K")])

        view_menu = self.menuBar().addMenu("&View")
        self.history_action = self._action(view_menu, "&History and this week",
                                           QKeySequence("Ctrl+H"), self.show_history)
        self.history_action.setEnabled(self.store is not None)

        help_menu = self.menuBar().addMenu("&Help")
        self.examples_menu = help_menu.addMenu("&Examples")
        for path in example_files():
            action = self.examples_menu.addAction(example_title(path))
            action.triggered.connect(lambda _=False, p=path: self.load_file(p))
        self.about_action = self._action(help_menu, "&About Decline Desk", None, self.show_about)

    def _action(self, menu: QWidget, text: str, shortcut: object, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
        action.triggered.connect(slot)  # type: ignore[arg-type]
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    @property
    def agent(self) -> AgentDetails:
        if self._agent_override is not None or self.store is None:
            return self._agent_override or AgentDetails()
        values = self.store.settings()
        return AgentDetails(agent_name=str(values["agent_name"]) or None,
                            company=str(values["company"]) or None,
                            sign_off=str(values["sign_off"]) or None)

    @property
    def search_panel(self) -> SearchPanel:
        if self._search_panel is None:
            from app.ui.search_panel import SearchPanel

            self._search_panel = SearchPanel(self.catalog)
            self._search_panel.codeChosen.connect(self.set_paste)
            self.search_dock.setWidget(self._search_panel)
        return self._search_panel

    def show_search(self) -> None:
        panel = self.search_panel
        first_time = not self.search_dock.isVisible()
        self.search_dock.show()
        if first_time:
            self.resizeDocks([self.search_dock], [460], Qt.Orientation.Horizontal)
        self.search_dock.raise_()
        panel.focus_search()

    # ----------------------------------------------------------------------------- input
    def set_paste(self, text: str) -> None:
        """Puts text in the paste box and explains it at once (no debounce)."""
        self.paste.setPlainText(text)
        self._debounce.stop()
        self.read_now()

    def paste_clipboard(self) -> None:
        text = QGuiApplication.clipboard().text()
        if text:
            self.set_paste(text)

    def open_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open a pasted payload", "",
                                              "Stripe payloads (*.json *.txt *.log);;All files (*)")
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        try:
            if path.stat().st_size > MAX_CHARS * 4:
                raise UnreadablePaste("too_large", f"{path.name} is too large to be a Stripe "
                                      "payload; open just the failed payment or error.")
            text = decode_paste(path.read_bytes())
        except UnreadablePaste as error:
            self._show_problem(error.message)
            return
        except OSError as error:
            self._show_problem(f"{path.name} cannot be read ({error.strerror}).")
            return
        self.set_paste(text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if (urls and urls[0].isLocalFile()) or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.load_file(Path(urls[0].toLocalFile()))
        elif event.mimeData().hasText():
            self.set_paste(event.mimeData().text())
        event.acceptProposedAction()

    def clear(self) -> None:
        self.paste.clear()
        self._debounce.stop()
        self.read_now()
        self.paste.setFocus()

    # ----------------------------------------------------------------------------- reading
    def read_now(self) -> None:
        text = self.paste.toPlainText()
        if not text.strip():
            self.findings = []
            self._show_list()
            self.warnings.hide()
            self.view.clear()
            self.reply.set_reply("", "")
            return
        self.reader.read(text)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            self.statusBar().showMessage("Reading a large paste…")
        else:
            self.statusBar().clearMessage()

    def _show_problem(self, message: str) -> None:
        self.findings = []
        self._show_list()
        self.warnings.hide()
        self.view.clear(message)
        self.reply.set_reply("", "")

    def _show_reading(self, result: object) -> None:
        if isinstance(result, UnreadablePaste):
            self._show_problem(result.message)
            return
        assert isinstance(result, PasteReading)
        try:
            self.findings = [(r, explain(r, self.catalog)) for r in result.failures]
        except CatalogError as error:
            self._show_problem(str(error))
            return
        self._remember()
        self.warnings.setText("\n".join(result.warnings))
        self.warnings.setVisible(bool(result.warnings))
        self._show_list()
        if not self.findings:
            self.view.clear("Nothing failed in this paste.")
            self.reply.set_reply("", "")

    def _remember(self) -> None:
        """Keeps the explained paste in the redacted history (once per distinct paste)."""
        text = self.paste.toPlainText()
        if self.store is None or not self.findings or text == self._last_stored:
            return
        report, explanation = self.findings[0]
        codes = [c for c in (report.decline_code, report.code, report.network_decline_code,
                             report.outcome.type if report.outcome else None) if c]
        outcome = report.outcome
        reason = (report.decline_code or (outcome.reason if outcome else None) or report.code
                  or (outcome.type if outcome else None) or report.network_decline_code
                  or "unknown")
        try:
            self.store.add_history(text, explanation.headline, codes, reason,
                                   explanation.sensitive)
        except sqlite3.Error as error:
            self.statusBar().showMessage(f"History could not be saved ({error}).", 10000)
            return
        self._last_stored = text
        if self.history_panel is not None and self.history_dock.isVisible():
            self.history_panel.refresh()

    def _show_list(self) -> None:
        self.failure_list.blockSignals(True)
        self.failure_list.clear()
        for finding in self.findings:
            self.failure_list.addItem(finding[1].headline)
        self.failure_list.blockSignals(False)
        self.failure_list.setVisible(len(self.findings) > 1)
        if self.findings:
            self.failure_list.setCurrentRow(0)
            self._show_finding(0)

    def _show_finding(self, row: int) -> None:
        if not 0 <= row < len(self.findings):
            return
        report, explanation = self.findings[row]
        self.view.show_explanation(report, explanation)
        self._render_reply()

    def current(self) -> tuple[FailureReport, Explanation] | None:
        row = max(self.failure_list.currentRow(), 0)
        return self.findings[row] if row < len(self.findings) else None

    def _render_reply(self) -> None:
        current = self.current()
        if current is None:
            return
        report, explanation = current
        try:
            template = self.pack.template(explanation.reply_class, self.reply.locale,
                                          self.reply.channel)
            reply = reply_for(report, explanation.reply_class, self.catalog, self.reply.locale,
                              self.reply.channel, self.agent, template)
            built_in = reply if template is None else reply_for(
                report, explanation.reply_class, self.catalog, self.reply.locale,
                self.reply.channel, self.agent)
        except CatalogError as error:
            self._show_problem(str(error))
            return
        self.reply.set_reply(reply.text, internal_note(Finding(report, explanation, reply)),
                             built_in.text)

    def _choice_changed(self, locale: str, channel: str) -> None:
        if self.store is not None:
            self.store.save_settings({"locale": locale, "channel": channel})
        else:
            self.settings.setValue("reply/locale", locale)
            self.settings.setValue("reply/channel", channel)
        self._render_reply()

    # ----------------------------------------------------------------------------- dialogs
    def show_about(self) -> None:
        info = self.catalog.info()
        QMessageBox.about(
            self, "About Decline Desk",
            f"Decline Desk {__version__}\n\nCatalogue {info.version}, built {info.built}.\n"
            "Explains failed Stripe payments and writes a customer-safe reply. Works offline.",
        )

    def edit_settings(self) -> None:
        if self.store is None:
            return
        from app.ui.settings_dialog import SettingsDialog

        languages = {loc: self.catalog.reply_frame(loc).language
                     for loc in self.catalog.reply_locales()}
        dialog = SettingsDialog(self.store.settings(), languages, self, self.guard)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            if reason := dialog.problem():  # never saved, whatever closed the dialog
                QMessageBox.warning(self, "Settings not saved", reason)
                return
            values = dialog.values()
            self.store.save_settings(values)
            self.reply.choose(str(values["locale"]), str(values["channel"]))
            self.load_pack()
            self._render_reply()

    def show_history(self) -> None:
        if self.store is None:
            return
        if self.history_panel is None:
            from app.ui.history_panel import HistoryPanel

            self.history_panel = HistoryPanel(self.store)
            self.history_panel.reopen.connect(self.set_paste)
            self.history_dock.setWidget(self.history_panel)
        self.history_panel.refresh()
        if not self.history_dock.isVisible():
            self.history_dock.show()
            self.resizeDocks([self.history_dock], [380], Qt.Orientation.Horizontal)
        self.history_dock.raise_()
        self.history_panel.search.setFocus()

    def shared_pack_path(self) -> Path | None:
        folder = str(self.store.settings()["pack_folder"]) if self.store else ""
        return Path(folder) / SHARED_PACK_NAME if folder else None

    def load_pack(self) -> None:
        """The team's shared pack if the settings name one, else the imported pack, else none."""
        self.pack = ReplyPack()
        if self.store is None:
            return
        classes = self.catalog.vocabulary("reply_classes")
        locales = self.catalog.reply_locales()
        shared = self.shared_pack_path()
        try:
            if shared is not None and shared.is_file():
                self.pack = read_pack_file(shared, classes, locales, self.guard)
            elif text := str(self.store.settings()["pack_text"]):
                self.pack = load_pack(text, classes, locales, self.guard)
        except PackError as error:
            self.statusBar().showMessage(f"Team reply pack not used: {error.problems[0]}", 15000)

    def import_pack(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Import a reply pack", "",
                                              "Reply packs (*.toml);;All files (*)")
        if name:
            self.import_pack_file(Path(name))

    def import_pack_file(self, path: Path) -> bool:
        if self.store is None:
            return False
        try:
            pack = read_pack_file(path, self.catalog.vocabulary("reply_classes"),
                                  self.catalog.reply_locales(), self.guard)
        except PackError as error:
            QMessageBox.warning(self, "Reply pack not imported", str(error))
            return False
        self.store.save_settings({"pack_text": pack.to_toml()})
        self.load_pack()
        self._render_reply()
        self.statusBar().showMessage(f"Imported the reply pack {pack.name!r} "
                                     f"({len(pack.texts)} texts).", 8000)
        return True

    def export_pack(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Export the reply pack",
                                              SHARED_PACK_NAME, "Reply packs (*.toml)")
        if name:
            Path(name).write_text(self.pack.to_toml(), encoding="utf-8")

    def edit_pack(self) -> None:
        if self.store is None:
            return
        from app.ui.pack_editor import PackEditor

        editor = PackEditor(self.catalog, self.guard, self.pack, self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.store.save_settings({"pack_text": editor.pack.to_toml()})
            self.load_pack()
            self._render_reply()

    # ----------------------------------------------------------------------------- settings
    def _restore_settings(self) -> None:
        if self.store is not None:
            values = self.store.settings()
            self.reply.choose(str(values["locale"]), str(values["channel"]))
        else:
            self.reply.choose(str(self.settings.value("reply/locale", "en")),
                              str(self.settings.value("reply/channel", "email")))
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 800)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
            if self.search_dock.isVisible():
                self.search_dock.setWidget(self.search_panel)
        for key, splitter in (("window/splitter", self.splitter),
                              ("window/vsplitter", self.vsplitter)):
            state = self.settings.value(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
            elif splitter is self.vsplitter:
                splitter.setSizes([220, 580])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/vsplitter", self.vsplitter.saveState())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        self.reader.wait()
        super().closeEvent(event)
