"""docs/ stays true: every example command runs and prints what the page says it prints.

An example is a fenced block marked `console`: each `$ ` line is a command, the lines under it
its output. A line `...` stands for any number of lines, and `...` inside a line for any text
(a long JSON line shown in part). `# exit N` after a command is its exit status (0 without it);
`< FILE` feeds FILE to standard input. A block marked `toml file=NAME` (or any language) is
written to NAME first, so a page can show a file and then run a command on it. Commands run in
a scratch folder holding a copy of resources/examples/, with their own data folder.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
FENCE = re.compile(r"^```(\S*)([^\n]*)\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)


@dataclass
class Example:
    page: str
    command: str
    output: list[str] = field(default_factory=list)

    @property
    def status(self) -> int:
        found = re.search(r"#\s*exit (\d+)\s*$", self.command)
        return int(found.group(1)) if found else 0


def blocks(text: str) -> list[tuple[str, str, str]]:
    """(language, the rest of the info string, body) of every fenced block."""
    return [(m.group(1), m.group(2).strip(), m.group(3)) for m in FENCE.finditer(text)]


def examples(page: Path) -> list[Example]:
    found: list[Example] = []
    for language, _, body in blocks(page.read_text(encoding="utf-8")):
        if language != "console":
            continue
        for line in body.splitlines():
            if line.startswith("$ "):
                found.append(Example(page.name, line[2:]))
            elif found:
                found[-1].output.append(line)
            else:
                raise AssertionError(f"{page.name}: a console block must start with `$ `")
    return found


def files(page: Path) -> dict[str, str]:
    """The files a page shows with `file=NAME`, which its examples then use."""
    shown = {}
    for _, info, body in blocks(page.read_text(encoding="utf-8")):
        named = re.search(r"\bfile=(\S+)", info)
        if named:
            shown[named.group(1)] = body
    return shown


def matches(expected: list[str], actual: list[str]) -> bool:
    """Line by line; `...` alone matches any lines, `...` in a line any text."""
    if not expected:
        return not actual
    head, rest = expected[0], expected[1:]
    if head.strip() == "...":
        return any(matches(rest, actual[i:]) for i in range(len(actual) + 1))
    if not actual:
        return False
    pattern = ".*?".join(re.escape(part) for part in head.rstrip().split("..."))
    return re.fullmatch(pattern, actual[0].rstrip()) is not None and matches(rest, actual[1:])


def run(example: Example, where: Path) -> subprocess.CompletedProcess[str]:
    words = shlex.split(example.command, comments=True)
    stdin = None
    if "<" in words:
        at = words.index("<")
        stdin = (where / words[at + 1]).read_text(encoding="utf-8")
        words = words[:at] + words[at + 2 :]
    assert words[0] == "declinedesk", f"{example.page}: examples run declinedesk, not {words[0]}"
    env = {
        **os.environ,
        "DECLINEDESK_DATA_DIR": str(where / "data"),
        "PYTHONPATH": str(ROOT),
        "PYTHONIOENCODING": "utf-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("DECLINEDESK_CATALOG", None)
    return subprocess.run(
        [sys.executable, "-m", "app", *words[1:]],
        input=stdin,
        cwd=where,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


ALL = [example for page in PAGES for example in examples(page)]


def test_the_docs_have_examples_to_run() -> None:
    assert len(ALL) >= 8
    assert {example.page for example in ALL} >= {"command-line.md", "reply-packs.md"}


@pytest.mark.slow
@pytest.mark.parametrize("example", ALL, ids=[f"{e.page}: {e.command}" for e in ALL])
def test_a_documented_example_prints_what_the_page_says(example: Example, tmp_path: Path) -> None:
    shutil.copytree(ROOT / "resources" / "examples", tmp_path / "resources" / "examples")
    for name, body in files(DOCS / example.page).items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    done = run(example, tmp_path)
    actual = (done.stdout + done.stderr).splitlines()
    assert done.returncode == example.status, (
        f"`{example.command}` exited {done.returncode}, the page says {example.status}:\n"
        + "\n".join(actual)
    )
    assert matches(example.output, actual), (
        f"{example.page}: `{example.command}` printed\n"
        + "\n".join(actual)
        + "\n\nwhere the page shows\n"
        + "\n".join(example.output)
    )


@pytest.mark.parametrize(
    ("expected", "actual", "same"),
    [
        (["a", "b"], ["a", "b"], True),
        (["a"], ["a", "b"], False),
        (["a", "...", "z"], ["a", "b", "c", "z"], True),
        (["a", "...", "z"], ["a", "z"], True),
        (["a", "...", "z"], ["a", "b"], False),
        (
            ['{"ok": true, ..., "failures": []}'],
            ['{"ok": true, "warnings": [], "failures": []}'],
            True,
        ),
        (['{"ok": true, ...}'], ['{"ok": false}'], False),
        (["a.b"], ["axb"], False),
    ],
)
def test_the_output_comparison(expected: list[str], actual: list[str], same: bool) -> None:
    assert matches(expected, actual) is same


def test_every_command_is_documented() -> None:
    page = (DOCS / "command-line.md").read_text(encoding="utf-8")
    from app.cli.arguments import parser as _parser

    def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        found = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        return dict(found[0].choices) if found else {}

    names = []
    for name, sub in subcommands(_parser()).items():
        names += [f"{name} {action}" for action in subcommands(sub)] or [name]
    assert "pack check" in names
    for name in names:
        assert f"declinedesk {name}" in page, f"docs/command-line.md does not describe `{name}`"


def test_every_link_between_pages_leads_somewhere() -> None:
    for page in [*PAGES, ROOT / "README.md"]:
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            if "://" in target or target.startswith("mailto:"):
                continue
            assert (page.parent / target).exists(), f"{page.name} links to {target}: not found"


def _first_column(page: str, heading: str) -> list[str]:
    """The `names` in the first column of the table under a heading."""
    text = (DOCS / page).read_text(encoding="utf-8")
    section = text[text.index(f"\n## {heading}\n") :]
    section = section[: section.find("\n## ", 1)] if "\n## " in section[1:] else section
    return re.findall(r"^\| `([a-z0-9_]+)` \|", section, re.MULTILINE)


def test_the_stored_settings_are_the_documented_ones() -> None:
    from app.agent.settings import Settings

    assert sorted(_first_column("stored-data.md", "Settings")) == sorted(
        f.name for f in dataclasses.fields(Settings)
    ), "a setting was added or removed: say what it holds in docs/stored-data.md"


def test_a_history_entry_holds_the_documented_fields_only() -> None:
    from app.agent.history import HistoryRecord

    assert _first_column("stored-data.md", "A history entry") == [
        f.name for f in dataclasses.fields(HistoryRecord)
    ], "history keeps another field: say what it holds, and when, in docs/stored-data.md"


def test_benchmarks_open_with_one_current_table_of_commands() -> None:
    text = (ROOT / "BENCHMARKS.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.*)$", text, re.MULTILINE)
    assert headings[:2] == ["Current figures", "History"]
    current = text[text.index("## Current figures") : text.index("## History")]
    rows = [r for r in current.splitlines() if r.startswith("| ") and not r.startswith("| ---")]
    assert rows[0].startswith("| measurement | command |") and len(rows) > 10
    for row in rows[1:]:
        command = row.split(" | ")[1]
        assert "`" in command, f"a current figure needs the command that gives it: {row[:60]}"
