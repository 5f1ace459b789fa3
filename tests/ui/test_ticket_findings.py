"""A paste of many failures: every one explained and listed at once, each reply written when
its failure is shown (issue 25: 50 replies written up front held the window about 0.3 s)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from app.ui import main_window
from app.ui.main_window import MainWindow
from tests.ui.test_window_widths import charge_list, payments_report


@pytest.mark.parametrize("paste", [charge_list, payments_report])
def test_fifty_failures_are_listed_at_once_and_only_the_shown_reply_is_written(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    paste: Callable[[int], str],
) -> None:
    written: list[object] = []
    write = main_window.write_reply

    def counted(report, *args, **kwargs):  # type: ignore[no-untyped-def]
        written.append(report)
        return write(report, *args, **kwargs)

    monkeypatch.setattr(main_window, "write_reply", counted)
    with qtbot.waitSignal(window.reader.finished):  # a long paste is read on the worker
        window.set_paste(paste(50))
    assert len(window.findings) == 50 and window.failure_list.count() == 50
    assert window.failure_list.item(0).text().startswith("CONFIDENTIAL")  # the stolen card
    assert len(written) == 1  # the shown failure's reply, not fifty
    assert window.reply.editor.toPlainText() == window.findings[0].reply.text
    window.failure_list.setCurrentRow(7)  # the agent picks another failure: its reply now
    assert len(written) == 2
    assert window.view.headline.text() == window.findings[7].explanation.headline
    assert window.reply.editor.toPlainText() == window.findings[7].reply.text


def test_a_reply_shown_after_a_language_change_is_in_that_language(window: MainWindow) -> None:
    window.set_paste(charge_list(5))
    window.failure_list.setCurrentRow(2)  # written in English
    window.reply.choose("fr", "chat")
    assert window.findings[2].reply.locale == "fr"
    window.failure_list.setCurrentRow(0)  # written before the change: written again now
    shown = window.findings[0].reply
    assert (shown.locale, shown.channel) == ("fr", "chat")
    assert window.reply.editor.toPlainText() == shown.text
