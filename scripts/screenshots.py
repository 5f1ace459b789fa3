"""Renders the window's main states offscreen to PNG files, to look at after a UI change.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUT_DIR]   (default: screenshots/)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app import paths  # noqa: E402
from app.agent.userdata import UserStore  # noqa: E402
from app.catalogue.catalog import Catalog  # noqa: E402
from app.ui.main_window import MainWindow, example_files  # noqa: E402
from app.ui.pack_editor import PackEditor  # noqa: E402
from app.ui.settings_dialog import SettingsDialog  # noqa: E402

PASTES = ROOT / "tests" / "data" / "pastes"


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    catalog = Catalog(paths.catalog_path())
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        store = UserStore(Path(folder) / "data")
        window = MainWindow(catalog, settings, store=store)
        window.resize(1280, 860)
        window.show()

        def shot(name: str) -> None:
            app.processEvents()
            window.grab().save(str(out / f"{name}.png"))
            print(out / f"{name}.png")

        shot("00-first-run")  # nobody signs the replies yet: the card asks
        card = window.first_run.card
        card.agent_name.setText("Sam Lee")
        card.company.setText("Acme Shop")
        card.save()
        shot("01-empty")
        examples = {p.stem: p for p in example_files()}
        window.load_file(examples["02-insufficient-funds"])
        shot("02-insufficient-funds")
        window.load_file(examples["03-stolen-card"])
        shot("03-stolen-card-confidential")
        window.reply.editor.setPlainText(window.reply.editor.toPlainText()
                                         + "\nYour card was reported stolen.")
        window.reply.copy_reply()
        shot("04-copy-blocked")
        window.load_file(PASTES / "list_of_charges.txt")
        window.reply.choose("ja", "chat")
        shot("05-several-failures-ja-chat")
        window.set_paste("<html><body><b>not a payload</b></body></html>")
        shot("06-unusable-html")
        window.reply.choose("en", "email")
        for name in ("incorrect_cvc", "incorrect_cvc", "insufficient_funds", "do_not_honor",
                     "incorrect_cvc", "expired_card"):
            window.set_paste(name)
            window.set_paste("")
        window.load_file(examples["04-radar-block"])
        window.docks.show_history()
        shot("07-history-and-this-week")
        window.docks.history_dock.hide()
        window.docks.show_search()
        window.docks.search.field.setText("cvv wrong")
        shot("08-catalogue-search")
        window.docks.search_dock.hide()
        window.load_file(PASTES / "event_payment_intent_failed.txt")
        shot("09-first-name-from-the-paste")
        for dialog in (SettingsDialog(store.settings(), {"en": "English", "de": "Deutsch"},
                                      window),
                       PackEditor(catalog, window.guard, window.packs.current(), window)):
            dialog.show()
            if isinstance(dialog, PackEditor):
                dialog.editor.setPlainText(dialog.editor.toPlainText() + " Stolen card.")
            app.processEvents()
            name = "10-settings" if isinstance(dialog, SettingsDialog) else "11-pack-editor"
            dialog.grab().save(str(out / f"{name}.png"))
            print(out / f"{name}.png")
            dialog.close()
        # A sensitive ticket at the widths agents use: the CONFIDENTIAL mark, the verdict and
        # Copy reply must be seen without scrolling at each.
        window.new_ticket()
        window.docks.history_dock.hide()
        window.load_file(examples["03-stolen-card"])
        for width in (380, 1024, 1600):
            for _ in range(5):  # the first narrowing puts the reply under the explanation,
                window.resize(width, 860 if width > 380 else 760)  # a later one reaches `width`
                app.processEvents()
            shot(f"12-stolen-card-{width}px")
        window.docks.show_search()
        window.docks.show_history()
        for _ in range(5):
            window.resize(1024, 768)
            app.processEvents()
        shot("12-stolen-card-1024px-docks-open")
        window.docks.search_dock.hide()
        window.docks.history_dock.hide()
        window.resize(1280, 860)
        window.reply.editor.appendPlainText("Your card was reported stolen, sorry.")
        app.processEvents()
        window.reply.checker.wait()
        deadline = time.monotonic() + 3
        while not window.reply.editor.marked() and time.monotonic() < deadline:
            app.processEvents()
        shot("13-marked-while-typing")
        big = (PASTES / "charge_do_not_honor.txt").read_text().replace("\n", " ") * 4000
        window.set_paste(big)
        window.reader.wait()
        app.processEvents()
        shot("14-one-line-megabyte-preview")
        window.new_ticket()
        window.load_file(examples["02-insufficient-funds"])
        window.docks.show_search()
        window.docks.search.field.setText("stolen")
        shot("15-lookup-leaves-the-ticket")
        window.docks.search_dock.hide()
        window.new_ticket()
        # An agent's note with no JSON: read from its words, confidential by the code it names.
        window.set_paste(
            "Ticket 4471: renewal failed again. Dashboard says Failure code card_declined,\n"
            "and the timeline: The bank returned the decline code `stolen_card`.\n"
            "Customer asks what to do."
        )
        shot("16-agent-note-confidential-by-its-words")
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
