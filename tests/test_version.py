"""One version: app.__version__, the package's metadata and the newest CHANGELOG release agree."""

from __future__ import annotations

import datetime
import importlib.metadata
import re
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parent.parent
CHANGELOG = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
RELEASE = re.compile(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", re.MULTILINE)


def test_the_changelog_keeps_unreleased_changes_above_the_releases() -> None:
    headings = re.findall(r"^## .*$", CHANGELOG, re.MULTILINE)
    assert headings[0] == "## [Unreleased]", "the first section is where new lines go"
    assert all(RELEASE.fullmatch(h) for h in headings[1:]), (
        f"a release heading is `## [X.Y.Z] - YYYY-MM-DD`: {headings[1:]}"
    )


def test_the_newest_release_is_the_app_version() -> None:
    newest = RELEASE.search(CHANGELOG)
    assert newest, "CHANGELOG.md has no release"
    assert newest.group(1) == __version__, (
        f"app/__init__.py says {__version__}, the newest CHANGELOG release is {newest.group(1)}"
    )
    datetime.date.fromisoformat(newest.group(2))


def test_releases_go_down_in_version_and_date() -> None:
    releases = RELEASE.findall(CHANGELOG)
    versions = [tuple(int(n) for n in v.split(".")) for v, _ in releases]
    dates = [d for _, d in releases]
    assert versions == sorted(versions, reverse=True) and len(set(versions)) == len(versions)
    assert dates == sorted(dates, reverse=True)


def test_the_package_version_is_read_from_the_app() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"], "write the version once: in app/__init__.py"
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "app.__version__"}


def test_the_installed_metadata_has_the_same_version() -> None:
    site = sysconfig.get_paths()["purelib"]
    found = list(importlib.metadata.distributions(name="declinedesk", path=[site]))
    if not found:
        pytest.skip("declinedesk is not installed here")
    assert found[0].version == __version__, (
        "the install in this venv is older than the checkout: run scripts/bootstrap.sh test"
    )


def test_the_command_line_says_it() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app", "--version"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.stdout.strip() == f"Decline Desk {__version__}"
