"""Shared fixtures. Qt must render offscreen, so this is set before any QApplication exists."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.catalogue.catalog import Catalog, CatalogEntry

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A test that starts the whole window (`application.run`) saves its geometry in QSettings and
# may open the usual data folder: both go to this run's own folder, never the person's. The app's
# own override moves both on every desktop (platformdirs reads LOCALAPPDATA on Windows and HOME
# on macOS, where XDG_* mean nothing); XDG_* also cover what Qt itself keeps on Linux.
_HOME = tempfile.mkdtemp(prefix="declinedesk-tests-")
os.environ["DECLINEDESK_DATA_DIR"] = os.path.join(_HOME, "data")  # app.agent.userdata's
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "xdg-data")
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CATALOG_DB = ROOT / "catalog.db"
CATALOG_SOURCE = ROOT / "resources" / "catalog"


@pytest.fixture(scope="session")
def catalog() -> Iterator[Catalog]:
    """The committed catalogue, as the app opens it."""
    with Catalog(CATALOG_DB) as opened:
        yield opened


def known_entry(catalog: Catalog, kind: str, code: str) -> CatalogEntry:
    """The catalogue's entry of a code the test knows is there; a missing one fails the test."""
    entry = catalog.entry(kind, code)
    assert entry is not None, f"no {kind} {code!r} in the catalogue"
    return entry
