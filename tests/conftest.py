"""Shared fixtures. Qt must render offscreen, so this is set before any QApplication exists."""

from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
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
# DESIGN.md's sensitive decline codes (issue 17 adds security_violation and
# partner_high_risk_customer below).
DESIGN_SENSITIVE_DECLINES = (
    "fraudulent",
    "lost_card",
    "stolen_card",
    "merchant_blacklist",
    "pickup_card",
    "restricted_card",
    "lost_or_stolen_card",
)
# DESIGN.md, "The invariant": what is sensitive, written out here once for every test, independently
# of vocabulary.toml (the tests compare the catalogue with it, not with itself).
DESIGN_SENSITIVE = (
    {("decline_code", code) for code in DESIGN_SENSITIVE_DECLINES}
    | {("outcome_type", "blocked")}
    | {("network_decline_code", code) for code in ("04", "07", "34", "41", "43", "59", "63", "83")}
    | {  # issue 17 widens the list: resources/catalog/README.md, "Which entries are sensitive"
        ("decline_code", "security_violation"),
        ("network_decline_code", "62"),
        ("outcome_reason", "highest_risk_level"),
        ("risk_level", "highest"),
        ("network_status", "reversed_after_approval"),
        ("decline_code", "partner_high_risk_customer"),
    }
)


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


@pytest.fixture(scope="session")
def qm_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The window's .qm files as the build step makes them, outside the repository."""
    from build.translations import compile_all

    folder = tmp_path_factory.mktemp("i18n")
    compile_all(folder)
    return folder


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """In a mutation run (mutmut names the mutant in MUTANT_UNDER_TEST) the decision tables go
    first: they fail on most mutants within a second or two, and the run stops at the first
    failure. Elsewhere the order is pytest's."""
    if os.environ.get("MUTANT_UNDER_TEST"):
        items.sort(
            key=lambda item: (0, item.nodeid) if item.get_closest_marker("decisions") else (1, "")
        )


@pytest.fixture
def whole_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The catalogue files whose seal is checked whole, in order (the command line's and the
    window's remembered check share it)."""
    from app.catalogue import opening

    seen: list[str] = []
    check = opening.seal_problem

    def counted(db: sqlite3.Connection, path: str) -> str | None:
        seen.append(path)
        return check(db, path)

    monkeypatch.setattr(opening, "seal_problem", counted)
    return seen
