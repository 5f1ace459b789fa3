"""Times whole processes against a baseline, in turn, and prints medians and their ratio.

    python scripts/bench_startup.py cli     # `declinedesk explain --format json FILE`
                                            #   against `python -c "import json, sqlite3"`
    python scripts/bench_startup.py window  # `declinedesk --smoke-test` against a bare
                                            #   PySide6 window shown and painted once
    python scripts/bench_startup.py frozen  # the built binary's `explain --format json FILE`
                                            #   against the source's (--binary: another build)
    --python PY: time another interpreter's install (a wheel in a venv, not the editable one)

Runs alternate (baseline, ours, baseline, ours, ...) so that a busy machine slows both alike.
Peak memory is the child's maximum resident set size (Linux and macOS). CPU time (user +
system) is printed too: on a machine shared with other work it varies less than wall time.
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
window.resize(1100, 760)
window.show()
window.grab()
"""


def _command(kind: str, binary: Path) -> tuple[list[str], list[str]]:
    script = Path(PYTHON).parent / "declinedesk"
    ours = [str(script)] if script.exists() else [PYTHON, "-m", "app"]
    if kind == "frozen":
        args = ["explain", "--format", "json", str(EXAMPLE)]
        return [*ours, *args], [str(binary), *args]
    if kind == "cli":
        return [PYTHON, "-c", "import json, sqlite3"], [*ours, "explain", "--format", "json",
                                                        str(EXAMPLE)]
    return [PYTHON, "-c", BARE_WINDOW], [*ours, "--smoke-test"]


def measure(kind: str, rounds: int, binary: Path) -> dict[str, float]:
    # An installed app runs from compiled bytecode; a shell that sets PYTHONDONTWRITEBYTECODE
    # would otherwise make every run recompile every module.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(ROOT / "app")], check=True, env=env)
    base_cmd, our_cmd = _command(kind, binary)
    times: dict[str, list[float]] = {"base": [], "ours": []}
    peaks: dict[str, list[float]] = {"base": [], "ours": []}
    cpu: dict[str, list[float]] = {"base": [], "ours": []}
    for _ in range(2):  # warm the file cache and the .pyc files
        _timed(base_cmd, env), _timed(our_cmd, env)
    for _ in range(rounds):
        for name, command in (("base", base_cmd), ("ours", our_cmd)):
            elapsed, peak, used = _timed(command, env)
            times[name].append(elapsed)
            peaks[name].append(peak)
            cpu[name].append(used)
    base, ours = statistics.median(times["base"]), statistics.median(times["ours"])
    base_mem, our_mem = statistics.median(peaks["base"]), statistics.median(peaks["ours"])
    base_cpu, our_cpu = statistics.median(cpu["base"]), statistics.median(cpu["ours"])
    return {"base_ms": base * 1000, "ours_ms": ours * 1000, "ratio": ours / base,
            "base_cpu_ms": base_cpu * 1000, "ours_cpu_ms": our_cpu * 1000,
            "cpu_ratio": our_cpu / base_cpu,
            "base_mb": base_mem, "ours_mb": our_mem, "memory_ratio": our_mem / base_mem}


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
    base = {"cli": 'python -c "import json, sqlite3"', "window": "bare PySide6 window",
            "frozen": "source explain --format json"}[args.kind]
    print(f"{label}: median {result['ours_ms']:.1f} ms (CPU {result['ours_cpu_ms']:.1f} ms), "
          f"peak {result['ours_mb']:.1f} MB")
    print(f"{base}: median {result['base_ms']:.1f} ms (CPU {result['base_cpu_ms']:.1f} ms), "
          f"peak {result['base_mb']:.1f} MB")
    print(f"time ratio {result['ratio']:.2f}, CPU ratio {result['cpu_ratio']:.2f}, memory ratio "
          f"{result['memory_ratio']:.2f} ({args.rounds} rounds each, in turn)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
