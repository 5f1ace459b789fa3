"""The catalogue opens read-only from any folder name an agent's system may have."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.opening import read_only_uri
from tests.conftest import CATALOG_DB


@pytest.mark.parametrize("folder", ["plain", "with space", "odd #?%&=;name", "café 日本"])
def test_the_catalogue_opens_from_a_folder_with_any_name(tmp_path: Path, folder: str) -> None:
    copy = tmp_path / folder / "catalog.db"
    copy.parent.mkdir()
    shutil.copyfile(CATALOG_DB, copy)
    with Catalog(copy) as catalog:
        assert catalog.info().counts["decline_code"] > 0
        assert catalog.path == str(copy)


def test_the_uri_is_the_one_pathlib_writes(tmp_path: Path) -> None:
    path = tmp_path / "odd #?%name é" / "catalog.db"
    assert read_only_uri(str(path)) == path.resolve().as_uri() + "?mode=ro&immutable=1"
