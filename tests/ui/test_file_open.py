"""Files the desktop hands over: macOS sends Finder's Open With as a QFileOpenEvent (not on the
command line), at start and while the window is open; each becomes the ticket. And the window's
layout goes with the moved data folder, on every desktop."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from pytestqt.qtbot import QtBot

from app.agent.userdata import DATA_DIR_ENV
from app.catalogue.catalog import Catalog
from app.replies.analyse import analyse_paste
from app.ui import application, file_open
from app.ui.file_open import open_in_window, opened_file
from app.ui.main_window import MainWindow
from tests.conftest import DATA, ROOT

STOLEN = ROOT / "resources" / "examples" / "03-stolen-card.json"
DECLINED = DATA / "pastes" / "charge_do_not_honor.txt"


def headline(path: Path, catalog: Catalog) -> str:
    _, findings = analyse_paste(path.read_text(encoding="utf-8"), catalog, "en", "email")
    return findings[0].explanation.headline


def test_finder_s_file_becomes_the_ticket_and_replaces_the_last(
    window: MainWindow, qtbot: QtBot, catalog: Catalog
) -> None:
    for path in (DECLINED, STOLEN):
        given = opened_file(QFileOpenEvent(str(path)))
        assert given == path
        open_in_window(window, given)
        wanted = headline(path, catalog)
        qtbot.waitUntil(lambda: window.view.headline.text() == wanted)  # noqa: B023
        assert window.paste.toPlainText() == path.read_text(encoding="utf-8")
    assert window.findings[0].explanation.sensitive  # the stolen card is the ticket now
    assert window.reply.editor.toPlainText()  # with its (generic) reply


def test_a_file_url_is_a_file_and_other_events_are_not(tmp_path: Path) -> None:
    assert opened_file(QFileOpenEvent(QUrl.fromLocalFile(str(STOLEN)))) == STOLEN
    assert opened_file(QFileOpenEvent(QUrl("https://example.com/charge.json"))) is None
    from PySide6.QtCore import QEvent

    assert opened_file(QEvent(QEvent.Type.Show)) is None


def test_a_file_it_cannot_use_is_said_in_the_window(window: MainWindow, tmp_path: Path) -> None:
    gone = opened_file(QFileOpenEvent(str(tmp_path / "gone.json")))
    assert gone is not None
    open_in_window(window, gone)
    assert "gone.json" in window.view.headline.text()
    assert not window.findings and not window.reply.editor.toPlainText()


# The application object of a run is created once per process: the routing through our
# application's event() (what macOS calls) is checked in a fresh interpreter.
ROUTED = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFileOpenEvent
from app import paths
from app.catalogue.catalog import Catalog
from app.ui.file_open import make_application
from app.ui.main_window import MainWindow
app = make_application([], platform=sys.argv[4])
first, second = sys.argv[1], sys.argv[2]
early = QCoreApplication.sendEvent(app, QFileOpenEvent(first))  # before the window: kept
window = MainWindow(Catalog(paths.catalog_path()),
                    QSettings(sys.argv[3], QSettings.Format.IniFormat))
window.show()
app.set_window(window)
seen = [window.paste.toPlainText() == Path(first).read_text(encoding="utf-8")]
late = QCoreApplication.sendEvent(app, QFileOpenEvent(second))
app.processEvents()
seen.append(window.paste.toPlainText() == Path(second).read_text(encoding="utf-8"))
print(json.dumps({"taken": [early, late], "pasted": seen, "kind": type(app).__name__,
                  "headline": window.view.headline.text()}))
"""


def routed(platform: str, tmp_path: Path) -> dict[str, object]:
    """What the application object made for `platform` did with two QFileOpenEvents."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    args = [str(DECLINED), str(STOLEN), str(tmp_path / "s.ini"), platform]
    done = subprocess.run(
        [sys.executable, "-c", ROUTED, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_application_takes_file_open_events_before_and_after_the_window(
    tmp_path: Path, catalog: Catalog
) -> None:
    # The macOS application object, as the start makes it there, sent the events Finder sends.
    assert routed("darwin", tmp_path) == {
        "taken": [True, True],
        "pasted": [True, True],
        "kind": "MacDeskApplication",
        "headline": headline(STOLEN, catalog),
    }


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_elsewhere_the_application_object_does_not_hear_every_event(
    tmp_path: Path, platform: str
) -> None:
    # Linux and Windows hand a file over on the command line: no `event()` of ours sees the
    # application's events (the first such event would make PySide6's event classes at start).
    result = routed(platform, tmp_path)
    assert result["kind"] == "DeskApplication" and result["taken"] == [False, False]
    assert result["pasted"] == [False, False]
    assert "event" not in vars(file_open.DeskApplication)


@pytest.mark.parametrize("moved_by", ["--data-dir", DATA_DIR_ENV])
def test_the_window_layout_goes_with_the_moved_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, moved_by: str
) -> None:
    folder = tmp_path / "agent data"
    if moved_by == DATA_DIR_ENV:
        monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    settings = application._window_settings(folder if moved_by == "--data-dir" else None)
    assert settings is not None
    settings.setValue("window/docks", "history")
    settings.sync()
    assert Path(settings.fileName()) == folder / "window.ini"
    assert "history" in (folder / "window.ini").read_text(encoding="utf-8")


def test_without_a_moved_folder_the_layout_stays_in_the_platform_s_place(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    assert application._window_settings(None) is None  # QSettings(): registry, plist, ~/.config
