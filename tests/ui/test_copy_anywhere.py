"""`declinedesk --copy-reply` with no window open: the clipboard's failure explained with the
agent's settings, its safe reply put there as text and HTML; anything else left alone. The
offscreen clipboard lives in this process, so these run the command's own function here."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.reading.paste import read_paste
from app.records import replace
from app.replies.analyse import analyse_paste
from app.replies.guard import Guard
from app.replies.replies import AgentDetails, reply_for
from app.replies.rich import html_text
from app.ui import copy_anywhere
from app.ui.copy_anywhere import (
    EMPTY,
    EXIT_COPIED,
    EXIT_NOT_COPIED,
    choose_platform,
    copy_clipboard_reply,
    keeps_clipboard,
    put_reply,
)
from tests.conftest import DATA

PASTES = DATA / "pastes"


def clipboard() -> tuple[str, str]:
    data = QGuiApplication.clipboard().mimeData()
    return ("", "") if data is None else (data.text(), data.html())


def copy(text: str, folder: Path) -> tuple[int, str]:
    QGuiApplication.clipboard().setText(text)
    return copy_clipboard_reply(folder)


@pytest.mark.parametrize(
    "name", ["charge_do_not_honor", "envelope_insufficient_funds", "charge_blocked_radar"]
)
def test_a_failure_on_the_clipboard_becomes_its_safe_reply(
    qapp: QGuiApplication, tmp_path: Path, catalog: Catalog, name: str
) -> None:
    paste = (PASTES / f"{name}.txt").read_text(encoding="utf-8")
    status, line = copy(paste, tmp_path)
    _, findings = analyse_paste(paste, catalog)
    first = sorted(findings, key=lambda f: not f.explanation.sensitive)[0]
    assert status == EXIT_COPIED and first.explanation.headline in line
    text, markup = clipboard()
    assert text == first.reply.text and html_text(markup) == text


def test_a_copied_reply_is_kept_in_history_as_a_paste_would_be(
    qapp: QGuiApplication, tmp_path: Path, catalog: Catalog
) -> None:
    paste = (PASTES / "charge_blocked_radar.txt").read_text(encoding="utf-8")
    assert copy("see you at lunch", tmp_path)[0] == EXIT_NOT_COPIED
    assert copy(paste, tmp_path)[0] == EXIT_COPIED
    store = UserStore(tmp_path)
    try:
        [item] = store.history()
    finally:
        store.close()
    _, findings = analyse_paste(paste, catalog)
    assert item.headline == findings[0].explanation.headline
    kept = b"".join(path.read_bytes() for path in tmp_path.rglob("*") if path.is_file())
    assert b"Order #1042" in paste.encode() and b"Order #1042" not in kept  # never the text


def test_a_confidential_failure_gets_exactly_the_generic_reply(
    qapp: QGuiApplication, tmp_path: Path, catalog: Catalog
) -> None:
    paste = (DATA.parent.parent / "resources" / "examples" / "03-stolen-card.json").read_text()
    assert copy(paste, tmp_path)[0] == EXIT_COPIED
    report = read_paste(paste, catalog.code_kinds()).failures[0]
    generic = reply_for(report, "generic_decline", catalog, "en", "email")
    assert clipboard()[0] == generic.text
    assert "stolen" not in clipboard()[1].lower()


def test_the_agents_settings_shape_the_reply(
    qapp: QGuiApplication, tmp_path: Path, catalog: Catalog
) -> None:
    store = UserStore(tmp_path)
    store.save_settings({"locale": "de", "channel": "chat", "agent_name": "Sam"})
    store.close()
    paste = (PASTES / "charge_do_not_honor.txt").read_text(encoding="utf-8")
    assert copy(paste, tmp_path)[0] == EXIT_COPIED
    _, findings = analyse_paste(paste, catalog, "de", "chat", AgentDetails(None, "Sam"))
    assert clipboard()[0] == findings[0].reply.text


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("Hi team, see you at lunch.", "is not a failed payment"),
        ((PASTES / "charge_succeeded.txt").read_text(encoding="utf-8"), "nothing failed"),
        ("   \n", EMPTY),
    ],
    ids=["prose", "succeeded", "blank"],
)
def test_anything_else_on_the_clipboard_is_left_as_it_was(
    qapp: QGuiApplication, tmp_path: Path, text: str, says: str
) -> None:
    status, line = copy(text, tmp_path)
    assert status == EXIT_NOT_COPIED and says in line and "\n" not in line
    assert QGuiApplication.clipboard().text() == text


def test_a_refused_reply_leaves_nothing_raw(
    qapp: QGuiApplication, tmp_path: Path, catalog: Catalog
) -> None:
    paste = (PASTES / "charge_blocked_radar.txt").read_text(encoding="utf-8")
    QGuiApplication.clipboard().setText(paste)
    _, findings = analyse_paste(paste, catalog)
    revealing = replace(
        findings[0], reply=replace(findings[0].reply, text="Radar flagged your card as fraud.")
    )
    status, line = put_reply(revealing, catalog, Guard.from_catalog(catalog))
    assert status == EXIT_NOT_COPIED and line.startswith("Not copied:")
    assert clipboard() == ("", "")


@pytest.mark.parametrize(
    ("environ", "platform", "after", "keeps"),
    [
        ({}, "win32", {}, False),
        ({}, "darwin", {"QT_MAC_DISABLE_FOREGROUND_APPLICATION_TRANSFORM": "1"}, False),
        ({"DISPLAY": ":0"}, "linux", {}, True),
        (
            {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"},
            "linux",
            {"QT_QPA_PLATFORM": "xcb"},
            True,
        ),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", {}, False),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", {}, False),
    ],
    ids=["windows", "macos", "x11", "wayland+xwayland", "wayland-only", "offscreen"],
)
def test_each_platform_keeps_the_reply_its_own_way(
    environ: dict[str, str], platform: str, after: dict[str, str], keeps: bool
) -> None:
    changed = dict(environ)
    choose_platform(changed, platform)
    assert changed == {**environ, **after}
    expected = keeps and hasattr(copy_anywhere.os, "fork")
    assert keeps_clipboard(changed, platform) is expected
