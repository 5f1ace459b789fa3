"""Widgets the first frame hides are made when first needed (BENCHMARKS.md, the thirteenth pass):
"Found in the paste" for the first explanation, the failure list for the first paste of two or
more. Made late, each must behave as if it had always been there: shown for the same tickets,
with the same rows, and in the same place of the Tab order (Qt puts a widget made later at the
end of the window's Tab chain unless told otherwise)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QListWidget, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from app.catalogue.catalog import Catalog
from app.ui.main_window import MainWindow, example_files

PASTES = Path(__file__).resolve().parent.parent / "data" / "pastes"
EXAMPLES = example_files()
NEW_TICKET = None  # Ctrl+N between pastes

# Sequences of tickets as an agent meets them: one failure, several, none (prose, blanks), and
# each after the other, so that the table and the list are made at every point of a run.
SEQUENCES: dict[str, list[str | Path | None]] = {
    "charge list then a code": [PASTES / "list_of_charges.txt", "insufficient_funds"],
    "a code then an events array": ["expired_card", PASTES / "bare_array_of_events.txt"],
    "prose then several": [
        "the customer says it failed yesterday",
        PASTES / "many_failures_sensitive_last.txt",
    ],
    "several then prose": [PASTES / "cli_stripe_listen_failed_events.txt", "thanks, all good"],
    "two examples": [EXAMPLES[3], EXAMPLES[4]],
    "blanks then an example": ["   ", EXAMPLES[5]],
    "a logs tail": [PASTES / "cli_stripe_logs_tail.txt"],
    "console log then node log": [PASTES / "js_console_log.txt", PASTES / "node_log_json.txt"],
    "several twice": [PASTES / "bare_codes_several.txt", PASTES / "list_of_charges.txt"],
    "a charge that succeeded": [PASTES / "charge_succeeded.txt"],
    "a dict log then a prefixed log": [
        PASTES / "log_line_python_dict.txt",
        PASTES / "log_line_prefix.txt",
    ],
    "new ticket after several": [PASTES / "bare_codes_several.txt", NEW_TICKET],
}


def _window(qtbot: QtBot, catalog: Catalog, tmp_path: Path, width: int) -> MainWindow:
    window = MainWindow(catalog, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(width, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _tab_chain(window: MainWindow) -> list[QWidget]:
    """The widgets Tab reaches, in order: visible, enabled, taking focus by Tab."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and len(chain) < 500:
        tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if tab and widget.isVisible() and widget.isEnabled():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_a_new_window_makes_no_list_view(qtbot: QtBot, catalog: Catalog, tmp_path: Path) -> None:
    window = _window(qtbot, catalog, tmp_path, 1024)
    assert not window.findChildren(QTableWidget) and not window.findChildren(QListWidget)
    window.set_paste("do_not_honor")  # one failure: the table, still no list
    window.reader.wait()
    qtbot.waitUntil(lambda: bool(window.findings))
    assert window.view.details.isVisible() and not window.findChildren(QListWidget)


@pytest.mark.parametrize("width", [380, 1024, 1600])
@pytest.mark.parametrize("name", list(SEQUENCES))
def test_widgets_made_late_are_shown_and_reached_as_before(
    qtbot: QtBot, catalog: Catalog, tmp_path: Path, name: str, width: int
) -> None:
    window = _window(qtbot, catalog, tmp_path, width)
    for ticket in SEQUENCES[name]:
        if ticket is NEW_TICKET:
            window.new_ticket()
        else:
            text = ticket.read_text(encoding="utf-8") if isinstance(ticket, Path) else ticket
            window.set_paste(text)
        window.reader.wait()  # a large paste is read on the worker
        qtbot.wait(10)  # its answer is delivered
    failures, area, view = len(window.findings), window.paste_area, window.view
    listed = bool(window.findChildren(QListWidget)) and area.failure_list.isVisible()
    assert listed == (failures > 1 and not area.compact)
    if failures > 1:
        assert area.failure_list.count() == failures and area.failure_list.currentRow() == 0
        if area.compact:
            assert area.picker.isVisible() and area.picker.box.count() == failures
    tables = window.findChildren(QTableWidget)
    assert (bool(tables) and view.details.isVisible()) == (failures > 0)

    chain = _tab_chain(window)
    if listed:  # from the paste box straight to its failures
        assert chain.index(area.failure_list) == chain.index(window.paste) + 1
    if failures:  # the source's Open, the fields, the buttons on them, then the reply
        reached = [
            widget
            for widget in (view.source.open_button, view.details, view.open_docs)
            if widget in chain
        ]
        places = [chain.index(widget) for widget in reached]
        assert view.details in reached and places == sorted(places)
        assert places[-1] < chain.index(window.reply.locale_box)
