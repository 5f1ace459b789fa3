"""The CI workflow tests and builds on Windows and macOS the way the README sets up here."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "desktops.yml"


def jobs() -> dict[str, dict[str, Any]]:
    return dict(yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"])


def commands(job: dict[str, Any]) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_windows_and_macos_runners_test_and_build() -> None:
    runners = {name: job["runs-on"] for name, job in jobs().items()}
    for system, test, build in (
        ("windows", "-m pytest", "-m build.tasks freeze"),
        ("macos", "make test", "make dist"),
    ):
        job = jobs()[system]
        assert runners[system].startswith(system)
        assert test in commands(job) and build in commands(job)
        assert "smoke" in commands(job), "the built bundle is checked against the source"
        assert job["env"]["QT_QPA_PLATFORM"] == "offscreen"


def test_every_runner_uses_the_oldest_python_the_app_supports() -> None:
    # catalog.db's committed content is compared with a fresh build, which reads Python's own
    # Unicode data: CI builds with the Python the catalogue was built with here.
    wanted = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    minimum = re.fullmatch(r">=(\d+\.\d+)", wanted["project"]["requires-python"])
    assert minimum
    for name, job in jobs().items():
        versions = [
            step["with"]["python-version"]
            for step in job["steps"]
            if step.get("uses", "").startswith("actions/setup-python")
        ]
        assert versions == [minimum.group(1)], name


def test_windows_installs_as_the_bootstrap_does() -> None:
    bootstrap = (ROOT / "scripts" / "bootstrap.sh").read_text(encoding="utf-8")
    windows = commands(jobs()["windows"])
    for part in ("-c requirements/constraints.txt", "editable_mode=compat"):
        assert part in bootstrap and part in windows
    assert '-e ".[test,build]"' in windows


def test_windows_runs_every_step_of_make_test_in_its_order() -> None:
    # Windows has no make: each command of the Makefile's `test` target is a step of its own.
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\ntest:\n", 1)[1].split("\n\n", 1)[0]
    wanted = re.findall(r"\$\(PY\) (-m [\w.]+(?: \w+)?)", recipe)
    assert wanted == ["-m build.tasks translations", "-m pytest"]
    windows = commands(jobs()["windows"])
    assert [windows.find(part) for part in wanted] == sorted(windows.find(p) for p in wanted)
    assert all(part in windows for part in wanted)


def test_the_desktop_jobs_run_on_the_current_runners() -> None:
    runners = {name: job["runs-on"] for name, job in jobs().items()}
    assert runners["windows"] == "windows-latest" and runners["macos"] == "macos-latest"


def test_a_windows_checkout_keeps_every_file_s_bytes() -> None:
    # The runner's Git converts line endings to CRLF unless told not to: the catalogue's
    # source would then hash differently from the committed catalog.db, and the CRLF pastes
    # in tests/data would be indistinguishable from the others.
    rules = [
        line.split()
        for line in (ROOT / ".gitattributes").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert ["*", "-text"] in rules
    assert any(b"\r\n" in path.read_bytes() for path in (ROOT / "tests/data").rglob("*.txt"))
