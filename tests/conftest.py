"""Shared fixtures. Qt must render offscreen, so this is set before any QApplication exists."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.catalog import Catalog

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CATALOG_DB = ROOT / "catalog.db"
CATALOG_SOURCE = ROOT / "resources" / "catalog"


@pytest.fixture(scope="session")
def catalog() -> Iterator[Catalog]:
    """The committed catalogue, as the app opens it."""
    with Catalog(CATALOG_DB) as opened:
        yield opened
