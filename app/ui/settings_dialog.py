"""Settings: who signs the replies, default language and channel, history, the team's pack."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.agent.settings import Settings
from app.catalogue.vocabulary import CHANNELS
from app.replies.guard import Guard
from app.replies.replies import check_agent_value
from app.ui.i18n import QT_TRANSLATE_NOOP, channel_name, native_name, translate
from app.ui.look import CAPTION, alarm_color, set_type

AT_ONCE = QT_TRANSLATE_NOOP(
    "SettingsDialog", "The window changes to the chosen language as soon as you save."
)


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        languages: dict[str, str],
        parent: QWidget | None = None,
        guard: Guard | None = None,
        window_languages: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.guard = guard
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.agent_name = QLineEdit(settings.agent_name)
        self.company = QLineEdit(settings.company)
        # One sign-off per reply language: the field shows the one of the language chosen next
        # to it (the default language's first); each is kept when another is shown.
        self._sign_offs = settings.sign_off_by_language()
        self.sign_off = QLineEdit(self._sign_offs.get(settings.locale, ""))
        self.sign_off.setPlaceholderText(
            translate("SettingsDialog", "Empty: the language's usual closing")
        )
        fit_placeholder(self.sign_off)
        self.sign_off_language = QComboBox()
        for code, name in languages.items():
            self.sign_off_language.addItem(
                translate("SettingsDialog", "in {language}").format(language=name), code
            )
        self.sign_off_language.setCurrentIndex(
            max(self.sign_off_language.findData(settings.locale), 0)
        )
        self._shown_sign_off = str(self.sign_off_language.currentData())
        self.sign_off_language.currentIndexChanged.connect(self._show_sign_off)
        self.sign_off_language.setAccessibleName(
            translate("SettingsDialog", "Language of this sign-off")
        )
        sign_off_row = QHBoxLayout()
        sign_off_row.addWidget(self.sign_off, 1)
        sign_off_row.addWidget(self.sign_off_language)
        self.language = QComboBox()
        for code, name in languages.items():
            self.language.addItem(f"{name} ({code})", code)
        self.language.setCurrentIndex(max(self.language.findData(settings.locale), 0))
        self.channel = QComboBox()
        for channel in CHANNELS:
            self.channel.addItem(channel_name(channel), channel)
        self.channel.setCurrentIndex(max(self.channel.findData(settings.channel), 0))
        # The window's own language: the system's unless chosen; each named in its own words.
        self.window_language = QComboBox()
        self.window_language.addItem(translate("SettingsDialog", "As the system"), "")
        for code in window_languages:
            self.window_language.addItem(native_name(code), code)
        self.window_language.setCurrentIndex(
            max(self.window_language.findData(settings.window_language), 0)
        )
        self.window_language.setToolTip(
            translate("SettingsDialog", "The language of menus, buttons and messages")
        )
        self.history_enabled = QCheckBox(
            translate("SettingsDialog", "Keep a history (never the pasted text)")
        )
        self.history_enabled.setToolTip(
            translate(
                "SettingsDialog",
                "History keeps the codes, ids, amount and card brand "
                "and last 4 of each explained failure, nothing else.",
            )
        )
        self.history_enabled.setChecked(settings.history_enabled)
        self.history_days = QSpinBox()
        self.history_days.setRange(1, 365)
        self.history_days.setSuffix(translate("SettingsDialog", " days"))
        self.history_days.setValue(settings.history_days)
        self.pack_folder = QLineEdit(settings.pack_folder)
        self.pack_folder.setPlaceholderText(
            translate("SettingsDialog", "A shared folder holding declinedesk-replies.toml")
        )
        fit_placeholder(self.pack_folder)
        browse = QPushButton(translate("SettingsDialog", "&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.pack_folder, 1)
        folder_row.addWidget(browse)

        form = QFormLayout(self)
        form.addRow(translate("SettingsDialog", "&Agent name:"), self.agent_name)
        form.addRow(translate("SettingsDialog", "Co&mpany:"), self.company)
        sign_off_label = QLabel(translate("SettingsDialog", "&Sign-off:"))
        sign_off_label.setBuddy(self.sign_off)
        form.addRow(sign_off_label, sign_off_row)
        form.addRow(translate("SettingsDialog", "Default &language:"), self.language)
        form.addRow(translate("SettingsDialog", "Default c&hannel:"), self.channel)
        window_label = QLabel(translate("SettingsDialog", "&Window language:"))
        window_label.setBuddy(self.window_language)
        form.addRow(window_label, self.window_language)
        # Every text of the window is set once, when it is built: a new language needs a start.
        self.window_language_note = QLabel(translate("SettingsDialog", AT_ONCE))
        self.window_language_note.setWordWrap(True)
        self.window_language_note.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        set_type(self.window_language_note, CAPTION)
        form.addRow("", self.window_language_note)
        form.addRow("", self.history_enabled)
        form.addRow(translate("SettingsDialog", "&Keep history for:"), self.history_days)
        folder_label = QLabel(translate("SettingsDialog", "Team reply &pack folder:"))
        folder_label.setBuddy(self.pack_folder)  # the field is a row of two, so say which
        form.addRow(folder_label, folder_row)
        # Why a value cannot be saved: shown here, so the dialog stays open to fix it.
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(
            translate("SettingsDialog", "Why the settings cannot be saved")
        )
        self.error.setStyleSheet(f"QLabel {{ color: {alarm_color(self)}; font-weight: bold; }}")
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # Roomy in English, and wider where a language's labels and hints need it.
        self.setMinimumWidth(max(560, form.minimumSize().width()))
        for widget, name in (
            (self.agent_name, translate("SettingsDialog", "Agent name")),
            (self.company, translate("SettingsDialog", "Company")),
            (self.sign_off, translate("SettingsDialog", "Sign-off")),
            (self.language, translate("SettingsDialog", "Default language")),
            (self.channel, translate("SettingsDialog", "Default channel")),
            (self.window_language, translate("SettingsDialog", "Window language")),
            (self.history_days, translate("SettingsDialog", "Days to keep history")),
            (self.pack_folder, translate("SettingsDialog", "Team reply pack folder")),
        ):
            widget.setAccessibleName(name)

    def problem(self) -> str | None:
        """The first reason the signature settings cannot be saved, focusing its field."""
        if self.guard is None:
            return None
        for field, label in (
            (self.agent_name, translate("SettingsDialog", "The agent name")),
            (self.company, translate("SettingsDialog", "The company")),
        ):
            reason = check_agent_value(
                label, field.text().strip(), self.guard, self.language.currentData()
            )
            if reason:
                field.setFocus()
                field.selectAll()
                return reason
        for locale, text in self.sign_offs().items():  # each in its own language
            reason = check_agent_value(
                translate("SettingsDialog", "The sign-off"), text, self.guard, locale
            )
            if reason:
                self.sign_off_language.setCurrentIndex(self.sign_off_language.findData(locale))
                self.sign_off.setFocus()
                self.sign_off.selectAll()
                return reason
        return None

    def sign_offs(self) -> dict[str, str]:
        """Every language's sign-off as typed, the one in the field included."""
        typed = {**self._sign_offs, self._shown_sign_off: self.sign_off.text().strip()}
        return {locale: text for locale, text in typed.items() if text}

    def _show_sign_off(self) -> None:
        self._sign_offs[self._shown_sign_off] = self.sign_off.text().strip()
        self._shown_sign_off = str(self.sign_off_language.currentData())
        self.sign_off.setText(self._sign_offs.get(self._shown_sign_off, ""))

    def accept(self) -> None:
        reason = self.problem()
        if reason:
            self.error.setText(reason)
            self.error.show()
            return
        super().accept()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("SettingsDialog", "Team reply pack folder"), self.pack_folder.text()
        )
        if folder:
            self.pack_folder.setText(folder)

    def values(self) -> dict[str, object]:
        return {
            "agent_name": self.agent_name.text().strip(),
            "company": self.company.text().strip(),
            "sign_off": "",  # kept per language now (sign_offs); the old one is taken in
            "sign_offs": self.sign_offs(),
            "locale": self.language.currentData(),
            "channel": self.channel.currentData(),
            "window_language": self.window_language.currentData(),
            "history_enabled": self.history_enabled.isChecked(),
            "history_days": self.history_days.value(),
            "pack_folder": self.pack_folder.text().strip(),
        }


def fit_placeholder(field: QLineEdit) -> None:
    """The field is at least as wide as its hint, in every language: the dialog grows."""
    text = field.placeholderText()
    field.setMinimumWidth(field.fontMetrics().horizontalAdvance(text) + 16)
