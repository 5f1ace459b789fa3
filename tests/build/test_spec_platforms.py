"""The PyInstaller spec's Windows and macOS branches, run here with PyInstaller's calls faked."""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path
from typing import Any

import pytest

from app import __version__
from build.bundle_platform import mac_info_plist, version_numbers, windows_version_info

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build" / "declinedesk.spec"


class Calls:
    """What the spec asked PyInstaller to build."""

    def __init__(self) -> None:
        self.made: dict[str, list[tuple[tuple[Any, ...], dict[str, Any]]]] = {}

    def maker(self, name: str) -> Any:
        def make(*args: Any, **kwargs: Any) -> Any:
            self.made.setdefault(name, []).append((args, kwargs))
            return Built(name, kwargs)

        return make

    def one(self, name: str) -> dict[str, Any]:
        assert len(self.made.get(name, [])) == 1, f"{name}: {self.made.get(name)}"
        return self.made[name][0][1]


class Built:
    def __init__(self, name: str, kwargs: dict[str, Any]) -> None:
        self.name, self.kwargs = name, kwargs
        # An Analysis as the spec reads it: nothing collected, so no library to trim.
        self.scripts: list[tuple[str, str, str]] = [("pyi_rth_inspect", "", "PYSOURCE")]
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        self.pure: list[tuple[str, str, str]] = []


def run_spec(
    platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, onefile: bool = False
) -> Calls:
    calls = Calls()
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setenv("DECLINEDESK_ICON_DIR", str(tmp_path / "icons"))
    if onefile:
        monkeypatch.setenv("DECLINEDESK_ONEFILE", "1")
    else:
        monkeypatch.delenv("DECLINEDESK_ONEFILE", raising=False)
    spec_globals = {
        "__name__": "__main__",
        "SPECPATH": str(SPEC.parent),
        "workpath": str(tmp_path / "work"),
        **{name: calls.maker(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), spec_globals)
    return calls


def read_version_file(path: Path) -> dict[str, Any]:
    """Evaluates a version file as PyInstaller does (its names called on its values)."""
    found: dict[str, Any] = {"strings": {}}

    def record(name: str) -> Any:
        def make(*args: Any, **kwargs: Any) -> Any:
            if name == "FixedFileInfo":
                found["ffi"] = kwargs
            if name == "StringStruct":
                found["strings"][args[0]] = args[1]
            return (name, args, kwargs)

        return make

    names = (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    )
    eval(path.read_text(encoding="utf-8"), {name: record(name) for name in names})
    return found


def test_windows_one_folder_with_icon_and_version_resource(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = run_spec("win32", tmp_path, monkeypatch)
    exe = calls.one("EXE")
    assert exe["icon"].endswith("declinedesk.ico") and exe["exclude_binaries"]
    assert exe["console"] and exe["hide_console"] == "hide-early"
    assert not exe["strip"], "stripping Windows binaries breaks them"
    assert calls.one("COLLECT")["name"] == "declinedesk"
    assert "BUNDLE" not in calls.made
    version = read_version_file(Path(exe["version"]))
    assert version["ffi"]["filevers"] == version["ffi"]["prodvers"] == version_numbers(__version__)
    assert version["strings"]["ProductVersion"] == __version__
    assert version["strings"]["ProductName"] == "Decline Desk"
    assert version["strings"]["OriginalFilename"] == "declinedesk.exe"


def test_windows_one_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = run_spec("win32", tmp_path, monkeypatch, onefile=True)
    assert "COLLECT" not in calls.made and "version" in calls.one("EXE")


def test_macos_app_bundle_opens_json_log_and_txt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = run_spec("darwin", tmp_path, monkeypatch)
    exe = calls.one("EXE")
    # console=True would make PyInstaller mark the app background-only: no Dock icon, no menu.
    assert exe["console"] is False and exe["argv_emulation"] is True
    assert exe["icon"].endswith("declinedesk.icns")
    bundle = calls.one("BUNDLE")
    assert bundle["name"] == "Decline Desk.app" and bundle["icon"].endswith(".icns")
    assert bundle["version"] == __version__
    plist = bundle["info_plist"]
    assert plist["CFBundleShortVersionString"] == __version__
    assert plist["LSBackgroundOnly"] is False
    types = plist["CFBundleDocumentTypes"]
    assert {ext for t in types for ext in t["CFBundleTypeExtensions"]} == {"json", "log", "txt"}
    assert {uti for t in types for uti in t["LSItemContentTypes"]} >= {
        "public.json",
        "public.plain-text",
    }
    assert all(
        t["CFBundleTypeRole"] == "Viewer" and t["LSHandlerRank"] == "Alternate" for t in types
    ), "offered for these files, never their default"
    plistlib.loads(plistlib.dumps(plist))  # writable as the Info.plist it becomes


def test_linux_keeps_its_folder_and_nothing_of_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = run_spec("linux", tmp_path, monkeypatch)
    exe = calls.one("EXE")
    assert exe["console"] and exe["strip"] and exe["icon"].endswith(".ico")
    assert "version" not in exe and "hide_console" not in exe and "argv_emulation" not in exe
    assert "BUNDLE" not in calls.made and calls.one("COLLECT")["strip"]


@pytest.mark.parametrize("version", ["0.2.0", "1.0", "10.20.30.40"])
def test_every_release_version_makes_a_version_resource(version: str, tmp_path: Path) -> None:
    path = tmp_path / "v.txt"
    path.write_text(windows_version_info(version), encoding="utf-8")
    numbers = read_version_file(path)["ffi"]["filevers"]
    assert len(numbers) == 4 and ".".join(map(str, numbers)).startswith(version)
    assert mac_info_plist(version)["CFBundleVersion"] == version


@pytest.mark.parametrize("version", ["0.2.0rc1", "1.2.3-dev", "70000.0", ""])
def test_a_version_windows_cannot_write_is_refused(version: str) -> None:
    with pytest.raises(ValueError):
        windows_version_info(version)
