"""The one place that finds resources/ and catalog.db, from source and in a PyInstaller build."""

from __future__ import annotations

import os
import sys

from app import TYPE_CHECKING

# pathlib is imported where a Path is made: `explain` needs only catalog_file(), and pathlib with
# the urllib.parse and ipaddress it loads costs a command about 5 ms (BENCHMARKS.md).
if TYPE_CHECKING:
    from pathlib import Path

CATALOG_ENV = "DECLINEDESK_CATALOG"
DATA_DIR_ENV = "DECLINEDESK_DATA_DIR"  # app/agent/userdata.py reads the same
APP_FOLDER = "Decline Desk"
# Which catalogue files were checked whole (app/catalogue/opening.py), in the data folder.
CHECKED_CATALOGS = "catalog-checked.json"


def _root() -> str:
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return str(sys._MEIPASS)
    source = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    if os.path.exists(os.path.join(source, "catalog.db")):
        return source
    # Installed from a wheel: pyproject.toml's data-files put catalog.db and resources/ here.
    installed = os.path.join(sys.prefix, "share", "declinedesk")
    return installed if os.path.exists(os.path.join(installed, "catalog.db")) else source


def app_root() -> Path:
    """The folder that holds catalog.db and resources/: the bundle, the repo or the install."""
    from pathlib import Path

    return Path(_root())


def resources_dir() -> Path:
    return app_root() / "resources"


def catalog_file() -> str:
    """The bundled catalogue, unless DECLINEDESK_CATALOG points at another file (tests, support)."""
    return os.environ.get(CATALOG_ENV) or os.path.join(_root(), "catalog.db")


def catalog_path() -> Path:
    """catalog_file() as a Path."""
    from pathlib import Path

    return Path(catalog_file())


def examples_dir() -> Path:
    """The example pastes of Help > Examples."""
    return resources_dir() / "examples"


def data_folder_name(data_dir: str | os.PathLike[str] | None = None) -> str:
    """The agent's data folder: `data_dir` (--data-dir), DECLINEDESK_DATA_DIR, else the folder
    app/agent/userdata.py's platformdirs gives (a test checks). Written out for Linux and macOS:
    importing platformdirs (tempfile, shutil, random with it) or pathlib would cost a command
    more than what it looks up there."""
    if data_dir is not None:
        return os.fspath(data_dir)
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return override
    home = os.path.expanduser("~")
    if sys.platform == "darwin":
        return os.path.join(home, "Library", "Application Support", APP_FOLDER)
    if sys.platform != "win32":
        xdg = os.environ.get("XDG_DATA_HOME", "").strip()
        return os.path.join(xdg or os.path.join(home, ".local", "share"), APP_FOLDER)
    from platformdirs import user_data_dir

    return str(user_data_dir(APP_FOLDER, appauthor=False))


def checked_catalogs_file(data_dir: str | os.PathLike[str] | None = None) -> str:
    """Where a command remembers the catalogue files it has checked whole (their size and times),
    so that each file's 3.6 MB checksum runs once rather than at every start. Only a cache: on
    Windows it is read from LOCALAPPDATA, where platformdirs finds the data folder unless the
    folder was redirected, rather than paying about 20 ms for platformdirs at every command."""
    local = os.environ.get("LOCALAPPDATA", "")
    if sys.platform == "win32" and data_dir is None and not os.environ.get(DATA_DIR_ENV) and local:
        return os.path.join(local, APP_FOLDER, CHECKED_CATALOGS)
    return os.path.join(data_folder_name(data_dir), CHECKED_CATALOGS)
