"""The layers of DESIGN.md: app/core and app/cli.py never reach Qt; app/ui is not imported by core."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

APP = ROOT / "app"
QT = ("PySide6", "shiboken6")


def module_path(name: str) -> Path | None:
    parts = name.split(".")
    base = ROOT.joinpath(*parts)
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.exists():
            return candidate
    return None


def imports(path: Path, *, top_level_only: bool) -> set[str]:
    """Module names imported by a file; with top_level_only, not those inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    if top_level_only:  # also look inside top-level if/try blocks, which run at import
        nodes = [n for top in tree.body
                 for n in (ast.walk(top) if not isinstance(top, ast.FunctionDef | ast.ClassDef)
                           else [top])]
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def reachable(start: Path, *, top_level_only: bool) -> set[str]:
    """Every module imported from `start`, following the app's own modules transitively."""
    seen: set[str] = set()
    todo = [start]
    visited: set[Path] = set()
    while todo:
        path = todo.pop()
        if path in visited:
            continue
        visited.add(path)
        for name in imports(path, top_level_only=top_level_only):
            seen.add(name)
            if name.split(".")[0] == "app" and (target := module_path(name)):
                todo.append(target)
                # importing app.x.y runs app/x/__init__.py too
                for depth in range(1, name.count(".") + 1):
                    if parent := module_path(".".join(name.split(".")[:depth])):
                        todo.append(parent)
    return seen


def qt_in(names: set[str]) -> set[str]:
    return {n for n in names if n.split(".")[0] in QT}


def test_core_never_imports_qt_anywhere() -> None:
    for path in (APP / "core").rglob("*.py"):
        assert not qt_in(reachable(path, top_level_only=False)), path
        assert not {n for n in imports(path, top_level_only=False) if n.startswith("app.ui")}, path


def test_the_command_line_does_not_reach_qt_at_import() -> None:
    assert not qt_in(reachable(APP / "cli.py", top_level_only=True))


def test_the_command_line_imports_the_window_only_to_open_it() -> None:
    lazy = imports(APP / "cli.py", top_level_only=False) - imports(
        APP / "cli.py", top_level_only=True)
    assert {n for n in lazy if n.startswith("app.ui")} == {"app.ui.application",
                                                           "app.ui.application.run"}
