"""Where "What to do" comes from: the catalogue entry's source and the day it was checked, with
a button that opens it, so an agent can trust (or check) what the steps say."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.catalogue.catalog import CatalogEntry
from app.ui.i18n import translate
from app.ui.qt_numbers import PLAIN_TEXT, set_enum

# Only these open in the browser: a catalogue source is an address we wrote, but a paste's is not.
SAFE_SCHEMES = ("https://",)


def source_name(url: str, names: dict[str, str]) -> str:
    """The source's name from vocabulary.toml [source_names] (longest listed prefix), else
    its site ("docs.example.com")."""
    prefixes = [prefix for prefix in names if url.startswith(prefix)]
    if prefixes:
        return names[max(prefixes, key=len)]
    site = url.split("://", 1)[-1].split("/", 1)[0]
    return site.removeprefix("www.") or url


def source_text(entry: CatalogEntry, names: dict[str, str]) -> str:
    """ "Stripe decline codes · checked 2026-08-07" """
    return translate("SourceLine", "{source} · checked {date}").format(
        source=source_name(entry.source, names), date=entry.as_of
    )


class SourceLine(QWidget):
    """One line under the steps; `Open` opens the entry's source in the system browser."""

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self.url = ""
        self.label = QLabel()
        set_enum(self.label, "textFormat", PLAIN_TEXT)
        self.label.setWordWrap(False)  # one short line; wrapped, a QLabel takes its narrowest
        self.label.setAccessibleName(translate("SourceLine", "Source of what to do"))
        self.label.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        self.open_button = QPushButton(translate("SourceLine", "Open"))
        self.open_button.setFlat(True)
        self.open_button.setAccessibleName(
            translate("SourceLine", "Open the source in the browser")
        )
        self.open_button.setStyleSheet(
            "QPushButton { color: palette(link); text-decoration: underline; border: none;"
            " padding: 0 4px; }"
        )
        self.open_button.clicked.connect(self.open)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.open_button)
        row.addStretch(1)

    def show_entry(self, entry: CatalogEntry | None) -> None:
        """The entry's source, or nothing when the steps come from no entry (an unknown code)."""
        self.url = entry.source if entry is not None else ""
        self.label.setText(source_text(entry, self.names) if entry is not None else "")
        self.open_button.setEnabled(self.url.startswith(SAFE_SCHEMES))
        self.open_button.setToolTip(self.url)
        self.setVisible(entry is not None)

    def open(self) -> None:
        if self.url.startswith(SAFE_SCHEMES):
            from PySide6.QtCore import QUrl  # named only when used (each Qt class costs)
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl(self.url))
