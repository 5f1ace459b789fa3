"""What the PyInstaller spec gives each desktop: Windows' version resource, macOS's Info.plist.

Plain functions of the version, so that tests can check both on any system; PyInstaller does not
cross-build, so this is the only part of a Windows or macOS build that runs here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

APP_NAME = "Decline Desk"
EXECUTABLE = "declinedesk"
BUNDLE_ID = "com.declinedesk.app"
DESCRIPTION = "Explains failed Stripe payments and writes a customer-safe reply"

# The files an agent opens with Decline Desk (README: `declinedesk FILE`), each with the
# system's own type, so that Finder offers the app for them without claiming them: the rank
# "Alternate" leaves the agent's usual editor as the default.
DOCUMENT_TYPES: tuple[tuple[str, str, str], ...] = (
    ("JSON payload", "json", "public.json"),
    ("Log file", "log", "com.apple.log"),
    ("Text", "txt", "public.plain-text"),
)


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """A release version as Windows writes a file version: four numbers (0.2.0 is 0.2.0.0)."""
    if not re.fullmatch(r"\d+(\.\d+){0,3}", version):
        raise ValueError(f"not a release version: {version!r}")
    numbers = [int(part) for part in version.split(".")]
    if any(n > 0xFFFF for n in numbers):
        raise ValueError(f"a Windows version part is at most 65535: {version!r}")
    first, second, third, fourth = (*numbers, 0, 0, 0)[:4]
    return first, second, third, fourth


def windows_version_info(version: str) -> str:
    """The version resource of declinedesk.exe (Properties > Details), in PyInstaller's
    version-file syntax."""
    numbers = version_numbers(version)
    strings = {
        "CompanyName": APP_NAME,
        "FileDescription": APP_NAME,
        "FileVersion": version,
        "InternalName": EXECUTABLE,
        "OriginalFilename": f"{EXECUTABLE}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
        "Comments": DESCRIPTION,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    # 0x040904B0: US English, Unicode; 1033/1200 say the same in VarFileInfo.
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
          {table}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_windows_version_info(version: str, folder: Path) -> Path:
    """Writes the version file the spec hands to EXE(version=...)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "version_info.txt"
    path.write_text(windows_version_info(version), encoding="utf-8")
    return path


def mac_info_plist(version: str) -> dict[str, Any]:
    """Info.plist entries of Decline Desk.app beyond PyInstaller's own."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        # A desktop window: a Dock icon and a menu bar (console=True would make it a
        # background-only app, LSBackgroundOnly, with neither).
        "LSBackgroundOnly": False,
        "LSApplicationCategoryType": "public.app-category.business",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": name,
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": [uti],
                "CFBundleTypeExtensions": [extension],
            }
            for name, extension, uti in DOCUMENT_TYPES
        ],
    }


def exe_options(platform: str, version: str, workpath: Path) -> dict[str, Any]:
    """The keyword arguments of the spec's EXE that differ by system."""
    if platform == "win32":
        return {
            "console": True,  # `declinedesk explain` prints to the terminal it runs in
            # A double-click starts a console of its own: hidden before the window shows. Run
            # from a terminal, the console is the terminal's and stays.
            "hide_console": "hide-early",
            "version": str(write_windows_version_info(version, workpath)),
            "strip": False,
        }
    if platform == "darwin":
        # A windowed program still prints to the terminal it is started from; Finder's "Open
        # With" hands the file over as an Apple event, which argv emulation turns into argv.
        return {"console": False, "argv_emulation": True, "strip": False}
    return {"console": True, "strip": True}
