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
from app.replies.guard import Guard
from app.replies.replies import check_agent_value
from app.ui.explanation_view import alarm_color


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        languages: dict[str, str],
        parent: QWidget | None = None,
        guard: Guard | None = None,
    ) -> None:
        super().__init__(parent)
        self.guard = guard
        self.setWindowTitle("Settings")
        self.setMinimumWidth(560)
        self.agent_name = QLineEdit(settings.agent_name)
        self.company = QLineEdit(settings.company)
        self.sign_off = QLineEdit(settings.sign_off)
        self.sign_off.setPlaceholderText("The language's usual closing, e.g. Best regards,")
        self.language = QComboBox()
        for code, name in languages.items():
            self.language.addItem(f"{name} ({code})", code)
        self.language.setCurrentIndex(max(self.language.findData(settings.locale), 0))
        self.channel = QComboBox()
        self.channel.addItem("Email", "email")
        self.channel.addItem("Chat", "chat")
        self.channel.setCurrentIndex(max(self.channel.findData(settings.channel), 0))
        self.history_enabled = QCheckBox("Keep a history (never the pasted text)")
        self.history_enabled.setToolTip(
            "History keeps the codes, ids, amount and card brand "
            "and last 4 of each explained failure, nothing else."
        )
        self.history_enabled.setChecked(settings.history_enabled)
        self.history_days = QSpinBox()
        self.history_days.setRange(1, 365)
        self.history_days.setSuffix(" days")
        self.history_days.setValue(settings.history_days)
        self.pack_folder = QLineEdit(settings.pack_folder)
        self.pack_folder.setPlaceholderText("A shared folder holding declinedesk-replies.toml")
        browse = QPushButton("&Browse…")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.pack_folder, 1)
        folder_row.addWidget(browse)

        form = QFormLayout(self)
        form.addRow("&Agent name:", self.agent_name)
        form.addRow("Co&mpany:", self.company)
        form.addRow("&Sign-off:", self.sign_off)
        form.addRow("Default &language:", self.language)
        form.addRow("Default c&hannel:", self.channel)
        form.addRow("", self.history_enabled)
        form.addRow("&Keep history for:", self.history_days)
        folder_label = QLabel("Team reply &pack folder:")
        folder_label.setBuddy(self.pack_folder)  # the field is a row of two, so say which
        form.addRow(folder_label, folder_row)
        # Why a value cannot be saved: shown here, so the dialog stays open to fix it.
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setAccessibleName("Why the settings cannot be saved")
        self.error.setStyleSheet(f"QLabel {{ color: {alarm_color(self)}; font-weight: bold; }}")
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        for widget, name in (
            (self.agent_name, "Agent name"),
            (self.company, "Company"),
            (self.sign_off, "Sign-off"),
            (self.language, "Default language"),
            (self.channel, "Default channel"),
            (self.history_days, "Days to keep history"),
            (self.pack_folder, "Team reply pack folder"),
        ):
            widget.setAccessibleName(name)

    def problem(self) -> str | None:
        """The first reason the signature settings cannot be saved, focusing its field."""
        if self.guard is None:
            return None
        for field, label in (
            (self.agent_name, "The agent name"),
            (self.company, "The company"),
            (self.sign_off, "The sign-off"),
        ):
            reason = check_agent_value(
                label, field.text().strip(), self.guard, self.language.currentData()
            )
            if reason:
                field.setFocus()
                field.selectAll()
                return reason
        return None

    def accept(self) -> None:
        reason = self.problem()
        if reason:
            self.error.setText(reason)
            self.error.show()
            return
        super().accept()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, "Team reply pack folder", self.pack_folder.text()
        )
        if folder:
            self.pack_folder.setText(folder)

    def values(self) -> dict[str, object]:
        return {
            "agent_name": self.agent_name.text().strip(),
            "company": self.company.text().strip(),
            "sign_off": self.sign_off.text().strip(),
            "locale": self.language.currentData(),
            "channel": self.channel.currentData(),
            "history_enabled": self.history_enabled.isChecked(),
            "history_days": self.history_days.value(),
            "pack_folder": self.pack_folder.text().strip(),
        }
