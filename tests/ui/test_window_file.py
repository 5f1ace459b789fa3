"""`declinedesk FILE` opens the window with FILE pasted; `--smoke-test FILE` explains FILE,
keeps it in history as a paste and exits 0, or says in one line why FILE cannot be used."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.replies.analyse import analyse_paste
from app.ui import application
from app.ui.main_window import MainWindow
from tests.conftest import DATA, ROOT

STOLEN = ROOT / "resources" / "examples" / "03-stolen-card.json"
PASTES = DATA / "pastes"


def history(folder: Path) -> list[str]:
    store = UserStore(folder)
    try:
        return [item.headline for item in store.history()]
    finally:
        store.close()


def headline(path: Path, catalog: Catalog) -> str:
    """What the window's headline must say for the paste in `path`."""
    _, findings = analyse_paste(path.read_text(encoding="utf-8"), catalog, "en", "email")
    return findings[0].explanation.headline


def test_smoke_test_file_is_explained_and_kept_in_history(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str], catalog: Catalog
) -> None:
    paste = PASTES / "envelope_insufficient_funds.txt"
    assert application.run(smoke_test=True, data_dir=tmp_path, paste_file=paste) == 0
    assert capsys.readouterr().err == ""
    assert history(tmp_path) == [headline(paste, catalog)]


def test_smoke_test_without_a_file_keeps_no_history(qtbot: QtBot, tmp_path: Path) -> None:
    assert application.run(smoke_test=True, data_dir=tmp_path) == 0
    assert not (tmp_path / "user.db").exists()


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("missing.json", None, "does not exist"),
        ("folder", "folder", "is a folder"),
        (
            "prose.txt",
            "Hi, could you call me back tomorrow about my delivery?",
            "was not explained",
        ),
        ("succeeded.txt", (PASTES / "charge_succeeded.txt").read_text(), "Nothing failed"),
        ("binary.bin", "\x00\x01\x02" * 50, "was not explained"),
    ],
)
def test_smoke_test_with_a_file_it_cannot_use_is_one_line(
    qtbot: QtBot,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: str | None,
    says: str,
) -> None:
    path = tmp_path / name
    if content == "folder":
        path.mkdir()
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    assert application.run(smoke_test=True, data_dir=tmp_path / "data", paste_file=path) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and says in err and "Traceback" not in err
    assert not (tmp_path / "data" / "user.db").exists() or history(tmp_path / "data") == []


def opened_window(monkeypatch: pytest.MonkeyPatch) -> list[MainWindow]:
    """Replaces the event loop: records the window as the agent would first see it."""
    seen: list[MainWindow] = []

    def exec_once() -> int:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        seen.extend(windows)
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_once))
    return seen


def test_the_window_opens_with_the_file_pasted(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, catalog: Catalog
) -> None:
    seen = opened_window(monkeypatch)
    seen_state: list[tuple[str, str, str]] = []
    real_close = MainWindow.close

    def close(window: MainWindow) -> bool:
        seen_state.append(
            (
                window.paste.toPlainText(),
                window.view.headline.text(),
                window.reply.editor.toPlainText(),
            )
        )
        return real_close(window)

    monkeypatch.setattr(MainWindow, "close", close)
    assert application.run(data_dir=tmp_path, paste_file=STOLEN) == 0
    assert len(seen) == 1
    [(paste, shown, reply)] = seen_state
    assert paste == STOLEN.read_text(encoding="utf-8")
    assert shown == headline(STOLEN, catalog) and reply
    assert history(tmp_path) == [shown]


def test_the_window_says_why_it_cannot_use_the_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened_window(monkeypatch)
    headlines: list[str] = []
    real_close = MainWindow.close
    monkeypatch.setattr(
        MainWindow, "close", lambda w: headlines.append(w.view.headline.text()) or real_close(w)
    )
    assert application.run(data_dir=tmp_path, paste_file=tmp_path / "gone.json") == 0
    [shown] = headlines
    assert "gone.json" in shown and "cannot be read" in shown


def test_the_garbage_collector_runs_again_once_the_window_is_on_screen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The window starts with the collector off (app/cli/main.py); left off, a long session would
    # keep every cycle of objects it ever made.
    import gc

    from app.cli import main as cli

    seen: list[tuple[bool, bool]] = []

    def exec_once() -> int:
        QApplication.processEvents()  # the first paint, then `started`
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen.append((gc.isenabled(), any(w.isVisible() for w in windows)))
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_once))
    try:
        assert cli._run_window(False, tmp_path, None) == 0
    finally:
        gc.enable()
        gc.unfreeze()
    assert seen == [(True, True)]
