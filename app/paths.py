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
