"""Modules small enough to read in one sitting (STYLE.md: under about 400 lines): a module of app/
or build/ that grows past the limit fails here, and is split along its seams."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT

MAX_LINES = 400


def _modules(root: Path) -> list[Path]:
    """The Python files of app/ and build/ (not setuptools' work folders under build/)."""
    return sorted(
        path
        for folder in ("app", "build")
        for path in (root / folder).rglob("*.py")
        if "__pycache__" not in path.parts
        and not path.relative_to(root).parts[1].startswith(("lib", "bdist."))
    )


def too_long(root: Path) -> dict[str, int]:
    """Each module over the limit and its length in lines."""
    lengths = {
        path.relative_to(root).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in _modules(root)
    }
    return {name: lines for name, lines in lengths.items() if lines > MAX_LINES}


def test_every_module_of_app_and_build_is_at_most_400_lines() -> None:
    assert len(_modules(ROOT)) > 50  # the walk found the code, not an empty folder
    assert too_long(ROOT) == {}, "split these along their seams"


def test_a_module_one_line_past_the_limit_is_caught(tmp_path: Path) -> None:
    for folder, lines in (("app", MAX_LINES), ("build", MAX_LINES + 1)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "module.py").write_text("x = 1\n" * lines, encoding="utf-8")
    assert too_long(tmp_path) == {"build/module.py": MAX_LINES + 1}
