"""The team lead's reply pack editor: one text per class, language and channel, checked live
by the guard and the template rules, with a preview filled with example data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import CHANNELS
from app.replies.guard import Guard
from app.replies.packs import ReplyPack, check_text
from app.replies.replies import AgentDetails, render_reply
from app.replies.templates import TemplateError
from app.ui.i18n import channel_name, translate
from app.ui.look import alarm_color

EXAMPLE_VALUES = {
    "amount": "$49.99",
    "card_brand": "Visa",
    "card_last4": "4242",
    "payment_date": "March 3, 2026",
    "customer_first_name": "Maria",
}


class PackEditor(QDialog):
    def __init__(
        self, catalog: Catalog, guard: Guard, pack: ReplyPack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PackEditor", "Reply pack editor"))
        self.catalog, self.guard = catalog, guard
        self.pack = ReplyPack(pack.name, dict(pack.texts))
        self.reply_class = QComboBox()
        for name, title in catalog.vocabulary("reply_classes").items():
            self.reply_class.addItem(name.replace("_", " "), name)
            self.reply_class.setItemData(
                self.reply_class.count() - 1, title, Qt.ItemDataRole.ToolTipRole
            )
        self.language = QComboBox()
        for code in catalog.reply_locales():
            self.language.addItem(f"{catalog.reply_frame(code).language} ({code})", code)
        self.channel = QComboBox()
        for channel in CHANNELS:
            self.channel.addItem(channel_name(channel), channel)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(translate("PackEditor", "Reply text"))
        self.editor.setTabChangesFocus(True)
        self.problems = QLabel()
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(translate("PackEditor", "Problems with this text"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(translate("PackEditor", "Preview with example data"))
        self.save_text = QPushButton(translate("PackEditor", "&Use this text"))
        self.reset_text = QPushButton(translate("PackEditor", "&Back to the shipped text"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        grid = QGridLayout(self)
        choosers: tuple[tuple[str, QComboBox], ...] = (
            (translate("PackEditor", "Reply &class:"), self.reply_class),
            (translate("PackEditor", "&Language:"), self.language),
            (translate("PackEditor", "C&hannel:"), self.channel),
        )
        for column, (label, box) in enumerate(choosers):
            caption = QLabel(label)
            caption.setBuddy(box)
            grid.addWidget(caption, 0, column * 2)
            grid.addWidget(box, 0, column * 2 + 1)
            box.setAccessibleName(label.replace("&", "").rstrip(":"))
            box.currentIndexChanged.connect(self._load)
        grid.addWidget(self.editor, 1, 0, 1, 6)
        grid.addWidget(self.problems, 2, 0, 1, 6)
        grid.addWidget(QLabel(translate("PackEditor", "Preview:")), 3, 0)
        grid.addWidget(self.preview, 4, 0, 1, 6)
        grid.addWidget(self.save_text, 5, 0, 1, 2)
        grid.addWidget(self.reset_text, 5, 2, 1, 2)
        grid.addWidget(buttons, 5, 4, 1, 2)
        self.editor.textChanged.connect(self._check)
        self.save_text.clicked.connect(self._use)
        self.reset_text.clicked.connect(self._reset)
        self.resize(820, 620)
        self._load()

    def key(self) -> tuple[str, str, str]:
        return (
            str(self.reply_class.currentData()),
            str(self.language.currentData()),
            str(self.channel.currentData()),
        )

    def _load(self) -> None:
        reply_class, locale, channel = self.key()
        shipped = self.catalog.reply_template(locale, reply_class, channel)
        self.editor.setPlainText(self.pack.template(reply_class, locale, channel) or shipped)

    def _check(self) -> list[str]:
        reply_class, locale, channel = self.key()
        text = self.editor.toPlainText()
        problems = check_text(text, reply_class, locale, channel, self.guard)
        self.problems.setText(
            "\n".join(problems) if problems else translate("PackEditor", "No problems.")
        )
        self.problems.setStyleSheet(f"QLabel {{ color: {alarm_color(self)}; }}" if problems else "")
        self.save_text.setEnabled(not problems)
        try:
            preview = render_reply(
                self.catalog,
                reply_class,
                locale,
                channel,
                EXAMPLE_VALUES,
                AgentDetails(
                    customer_first_name="Maria", agent_name="Sam Lee", company="Acme Shop"
                ),
                template=text,
            ).text
        except TemplateError:
            preview = ""
        self.preview.setPlainText(preview)
        return problems

    def _use(self) -> None:
        if not self._check():
            self.pack.texts[self.key()] = self.editor.toPlainText().strip("\n")

    def _reset(self) -> None:
        self.pack.texts.pop(self.key(), None)
        self._load()
