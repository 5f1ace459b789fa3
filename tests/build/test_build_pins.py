"""catalog.db is built from pinned libraries: a newer Babel (CLDR) cannot change it unseen."""

from __future__ import annotations

import ast
import importlib.metadata
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
BUILDER = ROOT / "build" / "catalog.py"


def _builder_modules() -> list[Path]:
    """build/catalog.py and every build/ module it reaches through its imports."""
    seen: list[Path] = []
    todo = [BUILDER]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.append(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.startswith("build.")
            ):
                todo.append(ROOT / "build" / f"{node.module.split('.', 1)[1]}.py")
    return seen


def _top_level_names(path: Path) -> set[str]:
    """Top-level module names a file imports, also inside functions, and the packages whose
    data it reads with importlib.resources.files("name")."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "files"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names.add(node.args[0].value.split(".")[0])
    return names


def builder_distributions() -> set[str]:
    """The third-party distributions whose code or data goes into catalog.db."""
    ours = {"app", "build", "__future__"}
    owners = importlib.metadata.packages_distributions()
    found: set[str] = set()
    for path in _builder_modules():
        for name in _top_level_names(path) - ours - set(sys.stdlib_module_names):
            assert name in owners, (
                f"{path.name} imports {name}, which no installed package provides"
            )
            found.update(canonicalize_name(dist) for dist in owners[name])
    return found


def runtime_distributions() -> set[str]:
    """The app's own dependencies: pinned by the app's users' installs, not by the build."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {canonicalize_name(Requirement(r).name) for r in project["dependencies"]}


def build_pins() -> dict[str, str]:
    """pyproject.toml's `build` extra, as {distribution: exact version or ""}."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins: dict[str, str] = {}
    for line in project["optional-dependencies"]["build"]:
        requirement = Requirement(line)
        exact = [s.version for s in requirement.specifier if s.operator == "=="]
        pins[canonicalize_name(requirement.name)] = exact[0] if exact else ""
    return pins


def constraints() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (
        (ROOT / "requirements" / "constraints.txt").read_text(encoding="utf-8").splitlines()
    ):
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[canonicalize_name(name)] = version.strip()
    return pins


def test_the_builder_reads_babel_sqlite_utils_and_the_confusables() -> None:
    # The walk itself must see what feeds the catalogue, or the pins below prove nothing.
    assert {"babel", "sqlite-utils", "confusable-homoglyphs"} <= builder_distributions()


def test_every_library_the_catalogue_is_built_from_is_pinned_exactly() -> None:
    pins = build_pins()
    for dist in sorted(builder_distributions() - runtime_distributions()):
        assert pins.get(dist), (
            f"build/ reads {dist} into catalog.db: pin it exactly (==) in pyproject.toml's build "
            "extra, or a newer release changes the catalogue"
        )


def test_the_pins_agree_with_the_constraints_file() -> None:
    known = constraints()
    for dist, version in build_pins().items():
        if version:
            assert known.get(dist) == version, (
                f"pyproject.toml pins {dist}=={version}, requirements/constraints.txt has "
                f"{known.get(dist)}"
            )


def test_the_installed_build_libraries_are_the_pinned_ones() -> None:
    # With Babel 2.19 in the venv nine tests used to fail on catalog.db's bytes with no word of
    # why; this one names the cause.
    for dist, version in build_pins().items():
        if version:
            installed = importlib.metadata.version(dist)
            assert installed == version, (
                f"{dist} {installed} is installed, but catalog.db is built with {version} "
                "(pyproject.toml): run scripts/bootstrap.sh test to reinstall the pinned one"
            )
