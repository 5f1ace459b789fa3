"""The layers of DESIGN.md: the pipeline and the command line never reach Qt; nothing below the
window imports app.ui, and no stage imports a stage after it."""

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
        nodes = [
            n
            for top in tree.body
            for n in (
                ast.walk(top) if not isinstance(top, ast.FunctionDef | ast.ClassDef) else [top]
            )
        ]
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


PIPELINE = ("reading", "catalogue", "verdict", "replies", "agent")


def pipeline_files() -> list[Path]:
    return [APP / "records.py", APP / "paths.py"] + [
        path for stage in PIPELINE for path in sorted((APP / stage).glob("*.py"))
    ]


def test_the_pipeline_never_imports_qt_anywhere() -> None:
    for path in pipeline_files():
        assert not qt_in(reachable(path, top_level_only=False)), path
        assert not {n for n in imports(path, top_level_only=False) if n.startswith("app.ui")}, path


def test_the_command_line_does_not_reach_qt_at_import() -> None:
    assert not qt_in(reachable(APP / "cli" / "main.py", top_level_only=True))


def test_the_command_line_imports_the_window_only_to_open_it() -> None:
    main = APP / "cli" / "main.py"
    lazy = imports(main, top_level_only=False) - imports(main, top_level_only=True)
    assert {n for n in lazy if n.startswith("app.ui")} == {
        "app.ui.application",
        "app.ui.application.run",
    }


# The order a paste goes through; a module may import its own stage and those before it. The
# command line is the program's entry (it opens the window), app.__main__ runs it.
ORDER = (*PIPELINE, "models", "ui", "cli")


def stage_of(name: str) -> int:
    parts = name.split(".")
    if name == "app.__main__":
        return len(ORDER)
    if parts[0] != "app" or len(parts) < 2 or parts[1] not in ORDER:
        return -1  # app.records, app.paths, app itself: below every stage
    return ORDER.index(parts[1])


def app_modules() -> dict[str, Path]:
    return {
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): path
        for path in APP.rglob("*.py")
    }


def own_imports(path: Path) -> set[str]:
    """The app's modules a file imports anywhere (functions and TYPE_CHECKING blocks too)."""
    modules = app_modules()
    return {n for n in imports(path, top_level_only=False) if n in modules}


def test_no_stage_imports_a_later_stage() -> None:
    wrong = [
        (module, name)
        for module, path in app_modules().items()
        for name in own_imports(path)
        if stage_of(name) > stage_of(module)
    ]
    assert wrong == []


def test_no_import_circle() -> None:
    graph = {module: own_imports(path) - {module} for module, path in app_modules().items()}
    circles = []
    for start in graph:
        todo, seen = list(graph[start]), set()
        while todo:
            name = todo.pop()
            if name == start:
                circles.append(start)
                break
            if name not in seen:
                seen.add(name)
                todo.extend(graph.get(name, ()))
    assert circles == []
