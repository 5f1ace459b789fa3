"""The window checks each catalogue file's seal whole once, as `explain` does, in the same record:
a start after a smoke test, a command or another start does not read the whole file again, and a
file changed in any way after it was remembered is refused with one sentence."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import paths
from app.cli import main as cli
from app.ui import application
from app.ui.main_window import MainWindow
from tests.catalogue.test_checked_once import CHANGES, PASTE, settled_copy


def _forget_windows() -> None:
    """Closes and deletes the windows a start left in this process (a smoke test hides its
    own): their guard would warm up later from a catalogue file the test changes meanwhile."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _no_window_left() -> Iterator[None]:
    yield
    _forget_windows()


def _close_after_the_first_paint() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
    app = QApplication.instance()
    assert app is not None
    app.quit()


def test_starts_and_commands_check_a_catalogue_whole_once_between_them(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    whole_checks: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = settled_copy(tmp_path)
    monkeypatch.setenv(paths.CATALOG_ENV, str(path))
    data = tmp_path / "data"
    # The first start checks it whole and remembers it (making user.db reads it too, unrecorded).
    assert application.run(data_dir=data, started=_close_after_the_first_paint) == 0
    assert whole_checks and set(whole_checks) == {str(path)}
    whole_checks.clear()
    assert application.run(data_dir=data, started=_close_after_the_first_paint) == 0
    assert application.run(smoke_test=True, data_dir=data) == 0
    assert application.run(smoke_test=True, data_dir=tmp_path / "another") == 0
    assert cli.main(["--data-dir", str(data), "explain", PASTE, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"]
    # Another data folder keeps its own record: the smoke test there checked it whole once.
    assert whole_checks == [str(path)]
    record = json.loads((data / paths.CHECKED_CATALOGS).read_text(encoding="utf-8"))
    assert list(record) == [os.path.realpath(path)]


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_a_catalogue_changed_after_a_start_remembered_it_is_refused_at_the_next(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: Callable[[Path], None],
) -> None:
    path = settled_copy(tmp_path)
    monkeypatch.setenv(paths.CATALOG_ENV, str(path))
    data = tmp_path / "data"
    assert application.run(smoke_test=True, data_dir=data) == 0
    assert (data / paths.CHECKED_CATALOGS).is_file()
    _forget_windows()
    capsys.readouterr()
    before = path.stat()
    change(path)
    # As a tool that keeps times would: the size, the change time or the bytes still differ.
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert application.run(smoke_test=True, data_dir=data) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "install" in err
