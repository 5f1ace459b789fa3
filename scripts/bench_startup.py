"""Times whole processes against a baseline, in turn, and prints medians and their ratio.

    python scripts/bench_startup.py cli     # `declinedesk explain --format json FILE`
                                            #   against `python -c "import json, sqlite3"`
    python scripts/bench_startup.py window  # `declinedesk --smoke-test` against a bare
                                            #   PySide6 window shown and painted (two forms)
    python scripts/bench_startup.py frozen  # the built binary's `explain --format json FILE`
                                            #   against the source's (--binary: another build)
    --python PY: time another interpreter's install (a wheel in a venv, not the editable one)

Runs alternate (baseline, ours, baseline, ours, ...) so that a busy machine slows both alike.
Peak memory is the child's maximum resident set size (Linux and macOS). CPU time (user +
system) is printed too: on a machine shared with other work it varies less than wall time.

The window has two baselines, both a QLabel in a QMainWindow:
- "bare window, grabbed": 1100 x 760, `show()` then `grab()` with no event loop at all, the
  form the first measurements used. Without the event loop Qt neither lays the window out
  again nor paints it to the screen (its backing store): `grab()` alone paints a stale
  layout, as a screenshot of our window taken that way showed.
- "bare window, painted": the same steps as `--smoke-test`: our window's first size (at most
  90% of the screen), `show()`
  and the event loop until it has painted once (the paint an agent sees), no grab().
The second compares like with like; both are printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
EXAMPLE = ROOT / "tests" / "data" / "pastes" / "charge_do_not_honor.txt"
BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Decline Desk"))
screen = app.primaryScreen().availableGeometry()  # the first size fits 90% of it, as ours
window.resize(min({width}, int(screen.width() * 0.9)), min({height}, int(screen.height() * 0.9)))
window.show()
{paint}
"""
GRABBED = BARE_WINDOW.format(width=1100, height=760, paint="window.grab()")


def _commands(kind: str, binary: Path) -> dict[str, list[str]]:
    """The baselines, then "ours", each a command line."""
    script = Path(PYTHON).parent / "declinedesk"
    ours = [str(script)] if script.exists() else [PYTHON, "-m", "app"]
    if kind == "frozen":
        args = ["explain", "--format", "json", str(EXAMPLE)]
        return {"source explain --format json": [*ours, *args], "ours": [str(binary), *args]}
    if kind == "cli":
        return {'python -c "import json, sqlite3"': [PYTHON, "-c", "import json, sqlite3"],
                "ours": [*ours, "explain", "--format", "json", str(EXAMPLE)]}
    sys.path.insert(0, str(ROOT))
    from app.ui.settings_flow import DEFAULT_WINDOW_SIZE

    width, height = DEFAULT_WINDOW_SIZE
    painted = BARE_WINDOW.format(width=width, height=height, paint="app.processEvents()")
    return {"bare window, grabbed": [PYTHON, "-c", GRABBED],
            "bare window, painted": [PYTHON, "-c", painted],
            "ours": [*ours, "--smoke-test"]}


def measure(kind: str, rounds: int, binary: Path) -> dict[str, dict[str, float]]:
    """Median wall time (ms), CPU time (ms) and peak memory (MB) of each command."""
    # An installed app runs from compiled bytecode; a shell that sets PYTHONDONTWRITEBYTECODE
    # would otherwise make every run recompile every module.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(ROOT / "app")], check=True, env=env)
    commands = _commands(kind, binary)
    runs: dict[str, list[tuple[float, float, float]]] = {name: [] for name in commands}
    for _ in range(2):  # warm the file cache and the .pyc files
        for command in commands.values():
            _timed(command, env)
    for _ in range(rounds):
        for name, command in commands.items():
            runs[name].append(_timed(command, env))
    return {
        name: {"ms": statistics.median(r[0] for r in got) * 1000,
               "mb": statistics.median(r[1] for r in got),
               "cpu_ms": statistics.median(r[2] for r in got) * 1000}
        for name, got in runs.items()
    }


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall time (s), the child's peak resident memory (MB) and its CPU time (s) of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env=env, cwd=ROOT)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    err = process.stderr.read() if process.stderr else b""
    if status != 0:
        raise SystemExit(f"{' '.join(command)} failed: {err.decode(errors='replace')}")
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes or KB
    return elapsed, usage.ru_maxrss / scale, usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=("cli", "window", "frozen"))
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--binary", type=Path,
                        default=ROOT / "dist" / "declinedesk" / "declinedesk")
    parser.add_argument("--python", type=Path, default=Path(PYTHON))
    args = parser.parse_args()
    globals()["PYTHON"] = str(args.python)
    result = measure(args.kind, args.rounds, args.binary)
    label = {"cli": "explain --format json", "window": "--smoke-test",
             "frozen": f"{args.binary} explain --format json"}[args.kind]
    ours = result.pop("ours")
    print(f"{label}: median {ours['ms']:.1f} ms (CPU {ours['cpu_ms']:.1f} ms), "
          f"peak {ours['mb']:.1f} MB")
    for base, got in result.items():
        print(f"{base}: median {got['ms']:.1f} ms (CPU {got['cpu_ms']:.1f} ms), "
              f"peak {got['mb']:.1f} MB")
    for base, got in result.items():
        print(f"against {base}: time ratio {ours['ms'] / got['ms']:.2f}, CPU ratio "
              f"{ours['cpu_ms'] / got['cpu_ms']:.2f}, memory ratio {ours['mb'] / got['mb']:.2f} "
              f"({args.rounds} rounds each, in turn)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
