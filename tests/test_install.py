"""The README's set-up (`make run`, `make test`) installs the app without an import finder."""

from __future__ import annotations

import importlib.metadata
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _installed() -> importlib.metadata.Distribution:
    # The install in this venv's site-packages, not the declinedesk.egg-info that building an
    # editable install leaves in the checkout (first on sys.path under pytest).
    site = sysconfig.get_paths()["purelib"]
    found = list(importlib.metadata.distributions(name="declinedesk", path=[site]))
    if not found:
        pytest.skip("declinedesk is not installed here (tests run from a bare checkout)")
    return found[0]


def _installed_files() -> list[str]:
    return [str(file) for file in _installed().files or []]


def test_no_editable_finder_runs_at_every_start() -> None:
    # setuptools' default editable mode adds a finder that every Python start in the venv
    # imports (with pathlib and importlib.util): about 10 ms of CPU before `explain` starts.
    finders = [name for name in _installed_files() if name.endswith("_finder.py")]
    assert not finders, (
        f"declinedesk is installed with setuptools' editable finder ({finders[0]}): run "
        "scripts/bootstrap.sh test, which installs with editable_mode=compat"
    )
    assert not [f for f in sys.meta_path if type(f).__name__ == "_EditableFinder"]


def test_an_editable_install_points_at_this_checkout() -> None:
    paths = [name for name in _installed_files() if name.endswith(".pth")]
    if not paths:
        pytest.skip("installed from a wheel, not editable")
    distribution = _installed()
    targets = [
        Path(str(distribution.locate_file(name))).read_text(encoding="utf-8").strip()
        for name in paths
    ]
    assert [Path(target).resolve() for target in targets] == [ROOT]
