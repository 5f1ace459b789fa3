"""Where the window cannot open, the start ends in one sentence and exit 2, never Qt's abort."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui.display_check import debian_package, window_problem
from tests.conftest import ROOT

MISSING = "{}: cannot open shared object file: No such file or directory"


@pytest.fixture
def plugins(tmp_path: Path) -> list[str]:
    """A plugin folder holding both Linux display plugins (their files only)."""
    (tmp_path / "platforms").mkdir()
    for name in ("libqxcb.so", "libqwayland.so"):
        (tmp_path / "platforms" / name).write_bytes(b"")
    return [str(tmp_path)]


def loader(missing: dict[str, str]):  # type: ignore[no-untyped-def]
    """Loads a plugin file, or fails as the system's loader does for a missing library."""

    def load(path: str) -> object:
        for plugin, library in missing.items():
            if path.endswith(plugin):
                raise OSError(MISSING.format(library))
        return object()

    return load


def test_no_display_is_one_sentence(plugins: list[str]) -> None:
    for environ in (
        {},
        {"QT_QPA_PLATFORM": "xcb"},
        {"QT_QPA_PLATFORM": "wayland"},
        {"DISPLAY": ""},
    ):
        problem = window_problem(environ, "linux", plugins, loader({}))
        assert problem is not None and problem.count(". ") == 0 and problem.endswith(".")
        assert "DISPLAY" in problem and "declinedesk explain" in problem


def test_a_missing_library_is_named_with_its_package(plugins: list[str]) -> None:
    problem = window_problem(
        {"DISPLAY": ":0"}, "linux", plugins, loader({"libqxcb.so": "libxcb-cursor.so.0"})
    )
    assert problem is not None
    assert "libxcb-cursor.so.0" in problem and "apt-get install libxcb-cursor0" in problem
    assert "declinedesk explain" in problem and problem.count(". ") == 0


def test_wayland_falls_back_to_x11_as_qt_does(plugins: list[str]) -> None:
    both = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}
    broken_wayland = loader({"libqwayland.so": "libwayland-cursor.so.0"})
    assert window_problem(both, "linux", plugins, broken_wayland) is None
    problem = window_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", plugins, broken_wayland)
    assert problem is not None and "Wayland" in problem and "libwayland-cursor0" in problem


@pytest.mark.parametrize(
    "environ, platform",
    [
        ({}, "win32"),
        ({}, "darwin"),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
        ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, "linux"),
        ({"DISPLAY": ":0"}, "linux"),
    ],
)
def test_where_the_window_can_open_nothing_is_said(
    plugins: list[str], environ: dict[str, str], platform: str
) -> None:
    assert window_problem(environ, platform, plugins, loader({})) is None


def test_a_plugin_that_is_not_where_we_look_is_left_to_qt(tmp_path: Path) -> None:
    assert window_problem({"DISPLAY": ":0"}, "linux", [str(tmp_path)], loader({})) is None


def test_debian_package_names_follow_the_bootstraps_list() -> None:
    pairs = re.findall(
        r'"(lib[^":]+\.so[.\d]*):([^"]+)"', (ROOT / "scripts" / "bootstrap.sh").read_text()
    )
    assert len(pairs) >= 10
    for soname, package in pairs:
        assert debian_package(soname) == package, soname


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is Linux's")
def test_starting_the_window_without_a_display_exits_2_with_one_line() -> None:
    environ = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "app", "--smoke-test"],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "no display" in done.stderr and "declinedesk explain" in done.stderr
