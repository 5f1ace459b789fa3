"""Where the window's choices live: the agent's settings in user.db (or QSettings when there is
no user store, as in a smoke test), and the window's own geometry in QSettings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal
from PySide6.QtWidgets import QMainWindow, QSplitter

from app.catalogue.catalog import Catalog
from app.replies.guard import Guard
from app.replies.replies import AgentDetails
from app.ui.i18n import available, chosen_language, install, installed, native_name, translate
from app.ui.script_fonts import window_language

if TYPE_CHECKING:
    from app.agent.userdata import UserStore

DEFAULT_WINDOW_SIZE = (1180, 800)  # the first start's size (scripts/bench_startup.py uses it too)


class SettingsFlow(QObject):
    """`changed` after the agent saved the settings dialog; `language_installed` after it
    installed another window language (the window says itself again: no LanguageChange event
    is listened for, BENCHMARKS.md's twelfth pass)."""

    changed = Signal()
    language_installed = Signal()

    def __init__(
        self,
        catalog: Catalog,
        settings: QSettings,
        store: UserStore | None,
        agent: AgentDetails | None,
        guard: Guard,
        parent: QMainWindow,
    ) -> None:
        super().__init__(parent)
        self.catalog, self.settings, self.store, self.window = catalog, settings, store, parent
        self.guard = guard
        self._agent_override = agent

    def languages(self) -> dict[str, str]:
        return {loc: self.catalog.reply_frame(loc).language for loc in self.catalog.reply_locales()}

    def agent_language(self) -> str:
        """The reply language the agent reads: the window's own when replies are written in it,
        else English."""
        language = installed()
        return language if language in self.catalog.reply_locales() else "en"

    def agent(self, customer_first_name: str = "") -> AgentDetails:
        """Who signs the reply, and the customer's first name for this reply only."""
        first_name = customer_first_name.strip() or None
        if self._agent_override is not None or self.store is None:
            base = self._agent_override or AgentDetails()
            return AgentDetails(first_name, base.agent_name, base.company, base.sign_off)
        values = self.store.settings()
        return AgentDetails(
            customer_first_name=first_name,
            agent_name=values.agent_name or None,
            company=values.company or None,
            sign_offs=tuple(values.sign_off_by_language().items()),
        )

    def choice(self) -> tuple[str, str]:
        """The reply language and channel chosen last."""
        if self.store is not None:
            values = self.store.settings()
            return values.locale, values.channel
        return (
            str(self.settings.value("reply/locale", "en")),
            str(self.settings.value("reply/channel", "email")),
        )

    def save_choice(self, locale: str, channel: str) -> None:
        if self.store is not None:
            self.store.save_settings({"locale": locale, "channel": channel})
        else:
            self.settings.setValue("reply/locale", locale)
            self.settings.setValue("reply/channel", channel)

    def edit(self) -> None:
        if self.store is None:
            return
        from PySide6.QtWidgets import (
            QDialog,
            QMessageBox,
        )  # dialog classes are named when used (each costs start-up)

        from app.ui.settings_dialog import SettingsDialog

        before = self.store.settings().window_language
        dialog = SettingsDialog(
            self.store.settings(), self.languages(), self.window, self.guard, available()
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            if reason := dialog.problem():  # never saved, whatever closed the dialog
                QMessageBox.warning(
                    self.window, translate("SettingsFlow", "Settings not saved"), reason
                )
                return
            try:
                self.store.save_settings(dialog.values())
            except ValueError as error:  # a value no setting holds (a folder path too long)
                QMessageBox.warning(
                    self.window, translate("SettingsFlow", "Settings not saved"), f"{error}."
                )
                return
            self.changed.emit()
            chosen = self.store.settings().window_language
            if chosen != before:
                language, no_font = window_language(chosen_language(chosen))
                if language != installed():
                    # The window is said again at once (MainWindow.retranslate), and this line
                    # is in the new language.
                    now = install(language)
                    self.language_installed.emit()
                    message = translate("SettingsFlow", "The window is now in {language}.")
                    self.window.statusBar().showMessage(
                        message.format(language=native_name(now)), 20000
                    )
                if no_font is not None:
                    self.window.statusBar().showMessage(no_font, 60000)

    def restore_window(self, splitter: QSplitter, vsplitter: QSplitter) -> None:
        geometry = self._bytes("window/geometry")
        screen = self.window.screen().availableGeometry()
        if geometry is not None:
            self.window.restoreGeometry(geometry)
            # A screen unplugged or made smaller since: the window comes back onto this one.
            frame = self.window.geometry()
            if not screen.contains(frame):
                width = min(frame.width(), screen.width())
                height = min(frame.height(), screen.height())
                self.window.resize(width, height)
                left = min(max(frame.left(), screen.left()), screen.right() - width + 1)
                top = min(max(frame.top(), screen.top()), screen.bottom() - height + 1)
                self.window.move(left, top)
        else:
            # The first start fits 90% of the screen: a laptop at 2x has about 1280x720.
            width, height = DEFAULT_WINDOW_SIZE
            self.window.resize(
                min(width, int(screen.width() * 0.9)), min(height, int(screen.height() * 0.9))
            )
        state = self._bytes("window/state")
        if state is not None:
            self.window.restoreState(state)
        for key, splitter_ in (("window/splitter", splitter), ("window/vsplitter", vsplitter)):
            saved = self._bytes(key)
            if saved is not None:
                splitter_.restoreState(saved)
            elif splitter_ is vsplitter:
                splitter_.setSizes([220, 580])

    def open_docks(self) -> list[str] | None:
        """The docks left open last time: none on a first start, None (any of them) when the
        layout was saved by a version that did not keep the list."""
        value = self.settings.value("window/docks")
        if isinstance(value, str):
            return [name for name in value.split(",") if name]
        return None if self._bytes("window/state") is not None else []

    def save_window(self, splitter: QSplitter, vsplitter: QSplitter, docks: list[str]) -> None:
        self.settings.setValue("window/geometry", self.window.saveGeometry())
        self.settings.setValue("window/docks", ",".join(docks))
        self.settings.setValue("window/splitter", splitter.saveState())
        self.settings.setValue("window/vsplitter", vsplitter.saveState())
        self.settings.setValue("window/state", self.window.saveState())
        self.settings.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
