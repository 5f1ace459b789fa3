"""app.paths finds catalog.db and resources/ from a source checkout and from a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app import paths
from tests.conftest import ROOT


def test_from_source_the_repo_root_holds_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.CATALOG_ENV, raising=False)
    assert paths.app_root() == ROOT
    assert paths.catalog_path() == ROOT / "catalog.db"
    assert paths.resources_dir() == ROOT / "resources"
    assert paths.catalog_path().is_file() and paths.resources_dir().is_dir()


def test_frozen_the_bundle_folder_holds_everything(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(paths.CATALOG_ENV, raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.catalog_path() == tmp_path / "catalog.db"
    assert paths.resources_dir() == tmp_path / "resources"


def test_the_environment_can_point_at_another_catalogue(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(paths.CATALOG_ENV, str(tmp_path / "other.db"))
    assert paths.catalog_path() == tmp_path / "other.db"


def test_the_bundle_layout_in_the_spec_matches_paths() -> None:
    """build/declinedesk.spec puts catalog.db and resources/ where app/paths.py looks."""
    spec = (ROOT / "build" / "declinedesk.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "catalog.db"), ".")' in spec
    for folder in ("examples", "icons", "helpdesk"):
        assert f'(str(ROOT / "resources" / "{folder}"), "resources/{folder}")' in spec
        assert (ROOT / "resources" / folder).is_dir()


def test_installed_from_a_wheel_the_share_folder_holds_everything(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """pyproject.toml's data-files put catalog.db in <prefix>/share/declinedesk for a wheel."""
    monkeypatch.delenv(paths.CATALOG_ENV, raising=False)
    site = tmp_path / "lib" / "site-packages" / "app"
    site.mkdir(parents=True)
    monkeypatch.setattr(paths, "__file__", str(site / "paths.py"))
    monkeypatch.setattr(sys, "prefix", str(tmp_path))
    assert paths.catalog_path() == site.parent / "catalog.db"  # nothing installed: says where
    share = tmp_path / "share" / "declinedesk"
    share.mkdir(parents=True)
    (share / "catalog.db").write_bytes(b"")
    assert paths.catalog_path() == share / "catalog.db"
    assert paths.resources_dir() == share / "resources"
