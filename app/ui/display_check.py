"""Whether the window can open here, asked before Qt is: where it cannot, Qt aborts the process
with its plugin message ("could not load the Qt platform plugin xcb") and a core dump.

Only Linux is checked: Windows and macOS always have their one display plugin. On Linux the
window needs a display (DISPLAY for X11, WAYLAND_DISPLAY for Wayland) and the system
libraries its display plugin links to; loading the plugin's file the way Qt will (without
running it) names the first library that is missing.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence

NO_WINDOW = "`declinedesk explain FILE` works without a window"
# Qt's platforms that draw nothing on a screen need no display: tests, smoke tests, VNC.
_SCREENLESS = ("offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")
_PLUGIN_FILES = {"xcb": "libqxcb.so", "wayland": "libqwayland.so"}
_PLUGIN_NAMES = {"xcb": "X11 (xcb)", "wayland": "Wayland"}
# Compiled on first use (through re's cache): a start that finds its display never needs it.
_MISSING = r"(lib[\w.+-]+?\.so(?:\.\d+)*): cannot open shared object file"


def debian_package(soname: str) -> str:
    """The Debian and Ubuntu package that ships a library, by Debian's naming rule:
    libxcb-cursor.so.0 is in libxcb-cursor0, libxkbcommon-x11.so.0 in libxkbcommon-x11-0."""
    match = re.fullmatch(r"lib(.+?)\.so\.?(\d*)(?:\.\d+)*", soname)
    if match is None:
        return soname
    name, version = match.group(1).lower(), match.group(2)
    name = re.sub(r"-(\d+(?:\.\d+)+)$", r"\1", name)  # libglib-2.0.so.0: libglib2.0-0
    joiner = "-" if name[-1:].isdigit() and version else ""
    return f"lib{name}{joiner}{version}"


def window_problem(
    environ: Mapping[str, str],
    platform: str,
    plugin_dirs: Sequence[str],
    load: Callable[[str], object],
) -> str | None:
    """One sentence saying why the window cannot open here, or None when it can (or when Qt
    will find out better itself: another platform, a plugin that is not where we look)."""
    if not platform.startswith("linux"):
        return None
    asked = [n.split(":")[0].strip() for n in environ.get("QT_QPA_PLATFORM", "").split(";")]
    asked = [n for n in asked if n]
    if any(name.startswith(_SCREENLESS) for name in asked):
        return None
    x11, wayland = bool(environ.get("DISPLAY")), bool(environ.get("WAYLAND_DISPLAY"))
    wanted = [n if not n.startswith("wayland") else "wayland" for n in asked] or ["wayland", "xcb"]
    usable = [n for n in wanted if (n == "xcb" and x11) or (n == "wayland" and wayland)]
    if not usable:
        return (
            "Decline Desk cannot open its window: no display was found (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set), so start it from a desktop session or with ssh -X; "
            f"{NO_WINDOW}."
        )
    missing: list[tuple[str, str]] = []
    for name in usable:
        path = _find(_PLUGIN_FILES.get(name, ""), plugin_dirs)
        if path is None:
            return None  # not where we look (a custom build): Qt says what it finds
        try:
            load(path)
        except OSError as error:
            found = re.search(_MISSING, str(error))
            missing.append((name, found.group(1) if found else ""))
            continue
        return None
    name, library = missing[0]
    if not library:
        return None
    return (
        f"Decline Desk cannot open its window: the system library {library}, which Qt's "
        f"{_PLUGIN_NAMES.get(name, name)} display plugin needs, is not installed (on Debian "
        f"or Ubuntu: sudo apt-get install {debian_package(library)}); {NO_WINDOW}."
    )


def _find(file_name: str, plugin_dirs: Sequence[str]) -> str | None:
    for folder in plugin_dirs:
        path = os.path.join(folder, "platforms", file_name)
        if file_name and os.path.isfile(path):
            return path
    return None


def check_display() -> str | None:
    """`window_problem` for this process (Linux only: elsewhere it costs nothing)."""
    if not sys.platform.startswith("linux"):
        return None
    from PySide6.QtCore import QCoreApplication

    def load(path: str) -> object:
        # ctypes' own C module: its dlopen is what ctypes.CDLL calls, and importing it costs
        # 0.7 ms where `import ctypes` costs the window's start about 11 ms. Lazy binding:
        # only the libraries are looked for, no symbol is resolved or run.
        import _ctypes

        return _ctypes.dlopen(path, os.RTLD_LAZY | os.RTLD_LOCAL)

    return window_problem(os.environ, sys.platform, QCoreApplication.libraryPaths(), load)
