"""Where each desktop keeps user.db and the window's socket, with the platform faked here.

platformdirs picks its Windows, macOS or Unix rules when it is imported, so each case imports it
afresh under the faked `sys.platform`. docs/stored-data.md's table says the same folders.
"""

from __future__ import annotations

import ntpath
import posixpath
import re
import sys
from pathlib import Path

import pytest

from app.agent.single_instance import instance_address
from app.agent.userdata import DATA_DIR_ENV, default_data_dir

ROOT = Path(__file__).resolve().parents[2]
# A faked Unix home: Windows' expanduser reads USERPROFILE, never HOME.
unix_home = pytest.mark.skipif(sys.platform == "win32", reason="HOME is not the home on Windows")


def data_dir_on(platform: str, monkeypatch: pytest.MonkeyPatch, **env: str) -> str:
    monkeypatch.setattr(sys, "platform", platform)
    for name in (DATA_DIR_ENV, "XDG_DATA_HOME", "LOCALAPPDATA", "APPDATA", "HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    for module in [m for m in sys.modules if m == "platformdirs" or m.startswith("platformdirs.")]:
        monkeypatch.delitem(sys.modules, module)
    import platformdirs

    if platform == "win32":
        import platformdirs.windows as windows

        # No Windows API here: the folder comes from the variable Windows sets for it.
        monkeypatch.setattr(windows, "_RESOLVE_WIN_FOLDER", windows.get_win_folder_from_env_vars)
    assert platformdirs.PlatformDirs.__module__.endswith(
        {"win32": "windows", "darwin": "macos"}.get(platform, "unix")
    )
    return str(default_data_dir())


def test_windows_keeps_user_data_in_local_appdata(monkeypatch: pytest.MonkeyPatch) -> None:
    local = r"C:\Users\agent\AppData\Local"
    folder = data_dir_on(
        "win32", monkeypatch, LOCALAPPDATA=local, APPDATA=r"C:\Users\agent\AppData\Roaming"
    )
    # Local, not roaming: history stays on the machine; no author folder, no version folder.
    assert ntpath.normpath(folder.replace("/", "\\")) == ntpath.join(local, "Decline Desk")


@unix_home
def test_macos_keeps_user_data_in_application_support(monkeypatch: pytest.MonkeyPatch) -> None:
    folder = data_dir_on("darwin", monkeypatch, HOME="/Users/agent")
    assert folder == "/Users/agent/Library/Application Support/Decline Desk"


@unix_home
def test_linux_keeps_user_data_in_xdg_data_home(monkeypatch: pytest.MonkeyPatch) -> None:
    assert data_dir_on("linux", monkeypatch, HOME="/home/agent") == posixpath.join(
        "/home/agent", ".local", "share", "Decline Desk"
    )
    assert (
        data_dir_on("linux", monkeypatch, HOME="/home/agent", XDG_DATA_HOME="/data/agent")
        == "/data/agent/Decline Desk"
    )


def test_the_data_dir_setting_wins_everywhere(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for platform in ("win32", "darwin", "linux"):
        chosen = tmp_path / platform
        folder = data_dir_on(
            platform,
            monkeypatch,
            LOCALAPPDATA="C:\\x",
            HOME="/home/agent",
            **{DATA_DIR_ENV: str(chosen)},
        )
        assert folder == str(chosen)


def test_the_documented_folders_are_these() -> None:
    page = (ROOT / "docs" / "stored-data.md").read_text(encoding="utf-8")
    for row in (
        "| Windows | `%LOCALAPPDATA%\\Decline Desk` |",
        "| macOS | `~/Library/Application Support/Decline Desk` |",
        "| Linux | `~/.local/share/Decline Desk`",
    ):
        assert row in page


def test_windows_talks_to_its_window_over_a_named_pipe(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("USERNAME", "agent")
    for name in ("LOGNAME", "USER", "LNAME"):
        monkeypatch.delenv(name, raising=False)
    name, path = instance_address(tmp_path)
    assert re.fullmatch(r"declinedesk-agent-[0-9a-f]{16}", name)
    assert path == rf"\\.\pipe\{name}"


def test_macos_puts_the_socket_in_the_users_own_temp_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    # macOS's TMPDIR is long (/var/folders/xx/.../T/); a socket path must stay under 104 bytes.
    tmpdir = "/var/folders/zz/zyxvpxvq6csfxvn_n0000000000000/T/"
    monkeypatch.setenv("TMPDIR", tmpdir)
    monkeypatch.setenv("USER", "a-rather-long-user-name-for-a-mac")
    path, same = instance_address(tmp_path)
    assert path == same and path.startswith(tmpdir) and path.endswith(".sock")
    assert len(path.encode()) < 104


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_the_suite_keeps_user_data_in_its_own_folder_on_every_desktop(
    platform: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # tests/conftest.py moves the data folder with the app's own variable, which every desktop
    # honours (XDG_DATA_HOME alone would leave Windows and macOS runs in the agent's folder).
    monkeypatch.setattr(sys, "platform", platform)
    assert default_data_dir().parent.name.startswith("declinedesk-tests-")
