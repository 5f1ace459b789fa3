"""The CONFIDENTIAL mark, the verdict and Copy reply are on screen at every width an agent
uses, and the window opens on the screen it has."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from pytestqt.qtbot import QtBot

from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.ui.main_window import MainWindow, example_files
from app.ui.ticket_splitter import NARROW_PX

STOLEN = next(p for p in example_files() if "stolen" in p.name)
CODES = ("do_not_honor", "insufficient_funds", "expired_card")  # the others in a long paste


def _codes(count: int) -> list[str]:
    """`count` declines, the stolen card last: the window must still list it first."""
    return [CODES[n % len(CODES)] for n in range(count - 1)] + ["stolen_card"]


def charge_list(count: int) -> str:
    """A list of failed Charges as the API (or `stripe charges list`) prints it."""
    data = [
        {
            "id": f"ch_3QhK7pId2SqF0zYv0Jb5L{n:03d}",
            "object": "charge",
            "amount": 4900 + n,
            "currency": "usd",
            "status": "failed",
            "failure_code": "card_declined",
            "failure_message": "Your card was declined.",
            "outcome": {"type": "issuer_declined", "reason": code},
        }
        for n, code in enumerate(_codes(count))
    ]
    return json.dumps({"object": "list", "data": data}, indent=2)


def payments_report(count: int) -> str:
    """Failed rows of a payments report copied from a spreadsheet (a table warning above)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "Created date (UTC)", "Amount", "Currency", "Status", "Decline Reason"])
    for n, code in enumerate(_codes(count)):
        writer.writerow(
            [f"ch_3QhK7pId2SqF0zYv0Jb5L{n:03d}", "2026-03-10", "49.00", "usd", "Failed", code]
        )
    return out.getvalue()


def resize_to(window: MainWindow, width: int, height: int) -> None:
    """As an agent drags the edge: the reply moves under the explanation on the way down."""
    for _ in range(6):
        window.resize(width, height)
        QApplication.processEvents()
        if window.width() == width:
            return


def wholly_seen(widget: QWidget) -> bool:
    """Shown, and not cut by a scroll area, a splitter or the window's edge."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


@pytest.mark.parametrize(
    "width, height, docks",
    [
        (380, 760, False),
        (1024, 768, False),
        (1600, 900, False),
        (1024, 768, True),
        (1600, 900, True),
    ],
)
def test_a_sensitive_ticket_shows_its_mark_verdict_and_copy_button(
    qtbot: QtBot,
    catalog: Catalog,
    store: UserStore,
    tmp_path: Path,
    width: int,
    height: int,
    docks: bool,
) -> None:
    window = MainWindow(
        catalog, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), store=store
    )
    qtbot.addWidget(window)
    window.show()
    window.load_file(STOLEN)
    if docks:  # the catalogue and the history open beside the answer
        window.docks.show_search()
        window.docks.show_history()
    resize_to(window, width, height)
    assert window.width() == width
    view, reply = window.view, window.reply
    for widget in (
        view.confidential_badge,
        view.headline,
        view.retry_badge,
        view.verdict,  # the verdict in the customer's terms, under the headline
        reply.confidential,
        reply.copy_button,
    ):
        assert wholly_seen(widget), (width, widget.accessibleName())
    scroll = view.parentWidget().parentWidget()  # the explanation's scroll area
    assert not scroll.horizontalScrollBar().isVisible()  # nothing of it off to the side


# The sizes an agent works at; 960 x 570 is a 1920 x 1200 screen at 2x scale, maximised.
SIZES = [
    (380, 760, False),
    (1024, 768, False),
    (1024, 768, True),
    (1600, 900, False),
    (1600, 900, True),
    (960, 570, False),
    (960, 570, True),
]


@pytest.mark.parametrize("width, height, docks", SIZES)
@pytest.mark.parametrize("count", [1, 2, 50])
@pytest.mark.parametrize("paste", [charge_list, payments_report])
def test_a_paste_of_several_failures_keeps_the_mark_verdict_and_copy_button_in_sight(
    qtbot: QtBot,
    catalog: Catalog,
    store: UserStore,
    tmp_path: Path,
    paste: Callable[[int], str],
    count: int,
    width: int,
    height: int,
    docks: bool,
) -> None:
    window = MainWindow(
        catalog, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), store=store
    )
    qtbot.addWidget(window)
    window.show()
    window.set_paste(paste(count))
    qtbot.waitUntil(lambda: len(window.findings) == count)  # a long paste is read on the worker
    if docks:
        window.docks.show_search()
        window.docks.show_history()
    resize_to(window, width, height)
    assert window.width() == width and len(window.findings) == count
    view, reply, area = window.view, window.reply, window.paste_area
    assert window.findings[0].explanation.sensitive  # the stolen card, listed first
    for widget in (
        view.confidential_badge,
        view.headline,
        view.verdict,
        reply.confidential,
        reply.copy_button,
    ):
        assert wholly_seen(widget), (width, height, count, widget.accessibleName())
    # The failures stay listed, in full or folded into one line with their count.
    if count > 1:
        shown = area.failure_list if area.failure_list.isVisible() else area.picker
        assert wholly_seen(shown), (width, height, count)
        if shown is area.picker:
            assert str(count) in area.picker.count.text()
            assert area.picker.box.currentText().startswith("CONFIDENTIAL")
    assert not area.failure_list.isVisible() or not area.picker.isVisible()
    # The paste gives up height only when the answer needs it: a wide window keeps the paste
    # box a few lines and the answer the rest.
    if height >= 900:
        assert window.vsplitter.sizes()[0] < window.vsplitter.sizes()[1] / 2
    # The table's warning keeps its lines: never squeezed under the paste box.
    warnings = area.warnings
    if warnings.isVisible():
        assert warnings.height() >= warnings.heightForWidth(warnings.width()), (width, height)
        assert wholly_seen(warnings)


def test_open_docks_give_the_answer_its_width_then_share_a_side_then_part_again(
    qtbot: QtBot, catalog: Catalog, store: UserStore, tmp_path: Path
) -> None:
    settings = str(tmp_path / "s.ini")
    window = MainWindow(catalog, QSettings(settings, QSettings.Format.IniFormat), store=store)
    qtbot.addWidget(window)
    window.show()
    window.set_paste(charge_list(2))
    window.docks.show_search()
    window.docks.show_history()
    catalogue, history = window.docks.search_dock, window.docks.history_dock

    def tabbed() -> bool:
        return history in window.tabifiedDockWidgets(catalogue)

    def in_front(dock: QWidget) -> bool:  # a tab behind is "visible", only off the screen
        return dock.isVisible() and not dock.visibleRegion().isEmpty()

    centre = window.centralWidget()
    for width in (1400, 1600):  # both docks narrower: the answer keeps its two columns
        resize_to(window, width, 900)
        assert not tabbed() and in_front(catalogue) and in_front(history)
        assert centre.width() >= NARROW_PX
        assert window.splitter.orientation() == Qt.Orientation.Horizontal
    resize_to(window, 960, 570)  # even at their least they would leave it 400 px: tabs
    assert tabbed() and centre.width() > 960 - 400
    assert in_front(catalogue) != in_front(history)  # one tab in front
    # Its keys bring the one behind to the front, still a tab; again, they close it.
    keys = {catalogue: window.docks.toggle_search, history: window.docks.toggle_history}

    def press(dock: QDockWidget) -> None:  # Ctrl+F or Ctrl+H, and the event loop
        keys[dock]()
        QApplication.processEvents()

    behind = catalogue if in_front(history) else history
    press(behind)
    assert in_front(behind) and tabbed()
    assert window.docks.history is not None and window.docks.search is not None
    press(behind)
    assert not behind.isVisible() and any(in_front(dock) for dock in keys)
    press(behind)
    assert in_front(behind) and tabbed()
    assert window.docks.open_docks() == ["catalogue", "history"]  # both kept for next time
    resize_to(window, 1900, 1000)
    assert not tabbed() and in_front(catalogue) and in_front(history)
    assert centre.width() >= NARROW_PX
    window.close()
    again = MainWindow(catalog, QSettings(settings, QSettings.Format.IniFormat), store=store)
    qtbot.addWidget(again)
    again.show()
    assert sorted(again.docks.open_docks()) == ["catalogue", "history"]


def test_the_folded_list_chooses_the_failure_the_window_shows(
    qtbot: QtBot, catalog: Catalog, store: UserStore, tmp_path: Path
) -> None:
    window = MainWindow(
        catalog, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), store=store
    )
    qtbot.addWidget(window)
    window.show()
    window.set_paste(charge_list(3))
    resize_to(window, 380, 760)
    box = window.paste_area.picker.box
    assert box.isVisible() and box.count() == 3
    box.setCurrentIndex(2)  # as the agent picks it from the drop-down
    assert window.view.headline.text() == window.findings[2].explanation.headline
    assert window.failure_list.currentRow() == 2
    window.set_paste(payments_report(2))  # a new ticket: its first row, the folded list's too
    assert box.currentIndex() == 0 and box.count() == 2
    assert window.view.headline.text() == window.findings[0].explanation.headline
    resize_to(window, 1600, 900)  # wide again: the full list, on the same row
    assert window.failure_list.isVisible() and not window.paste_area.picker.isVisible()


def test_at_twice_the_scale_the_mark_verdict_and_copy_button_stay_in_sight() -> None:
    """QT_SCALE_FACTOR is read when Qt starts: the cases above again, in a process at 2x."""
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"{__file__}::test_a_paste_of_several_failures_keeps_the_mark_verdict_and_copy_button_in_sight",
            "-k",
            "charge_list-2- or payments_report-50-",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-3000:]
    assert " passed" in run.stdout and "deselected" in run.stdout


def test_the_first_window_fits_the_screen(qtbot: QtBot, catalog: Catalog, tmp_path: Path) -> None:
    window = MainWindow(catalog, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() * 0.9 and window.height() <= screen.height() * 0.9


def test_a_window_left_off_screen_comes_back(
    qtbot: QtBot, catalog: Catalog, tmp_path: Path
) -> None:
    path = str(tmp_path / "s.ini")
    first = MainWindow(catalog, QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    first.show()
    screen = first.screen().availableGeometry()
    first.setGeometry(screen.right() + 500, screen.bottom() + 300, 3000, 2000)
    first.close()
    again = MainWindow(catalog, QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert screen.contains(again.geometry()), (screen, again.geometry())
