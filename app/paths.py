"""The one place that finds resources/ and catalog.db, from source and in a PyInstaller build."""

import os
import sys
from pathlib import Path

CATALOG_ENV = "DECLINEDESK_CATALOG"


def app_root() -> Path:
    """The folder that holds catalog.db and resources/: the bundle, the repo or the install."""
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS)
    source = Path(__file__).resolve().parent.parent
    if (source / "catalog.db").exists():
        return source
    # Installed from a wheel: pyproject.toml's data-files put catalog.db and resources/ here.
    installed = Path(sys.prefix) / "share" / "declinedesk"
    return installed if (installed / "catalog.db").exists() else source


def resources_dir() -> Path:
    return app_root() / "resources"


def catalog_path() -> Path:
    """The bundled catalogue, unless DECLINEDESK_CATALOG points at another file (tests, support)."""
    override = os.environ.get(CATALOG_ENV)
    if override:
        return Path(override)
    return app_root() / "catalog.db"


def examples_dir() -> Path:
    """The example pastes of Help > Examples."""
    return resources_dir() / "examples"
