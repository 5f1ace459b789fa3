"""Times what hostile user data costs (issue 25): a huge stored setting, a locked user.db, a huge
file given as the catalogue.

    python scripts/bench_user_data.py setting [NAME] [BYTES ...]  # `--smoke-test FILE` with one
                                        # stored setting of each size (default agent_name,
                                        # 100 KB, 1 MB, 50 MB), best of 3; 120 s at most each
    python scripts/bench_user_data.py lock [SECONDS]  # another process holds BEGIN EXCLUSIVE on
                                        # user.db (default 30 s) while a paste is kept every
                                        # 0.5 s: the slowest paste, the notices, what was saved
    python scripts/bench_user_data.py catalogue [GIGABYTES]  # a sparse copy of catalog.db of
                                        # that size (default 8) given as the catalogue

Set PYTHONPATH to another checkout to time it instead (the commands run `python -m app`).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASTE = ROOT / "tests" / "data" / "pastes" / "charge_do_not_honor.txt"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
ENV.setdefault("PYTHONPATH", str(ROOT))
HOLDER = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
db.execute("ROLLBACK")
"""


def _run(args: list[str], env: dict[str, str], timeout: float) -> tuple[float, str]:
    """Wall time and the last line of output of `python -m app ARGS` (or a timeout)."""
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-m", "app", *args], env=env, timeout=timeout,
                              capture_output=True, text=True, cwd=env["PYTHONPATH"])
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, f"still running after {timeout:.0f} s"
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    return time.perf_counter() - start, f"exit {done.returncode} {lines[-1][:120] if lines else ''}"


def setting(name: str, sizes: list[int]) -> None:
    from app.agent.userdata import UserStore

    for size in sizes:
        times = []
        for _ in range(3):
            with tempfile.TemporaryDirectory() as folder:
                UserStore(Path(folder)).close()
                with sqlite3.connect(Path(folder) / "user.db") as db:
                    db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)",
                               (name, json.dumps("A" * size)))
                db.close()
                seconds, said = _run(["--smoke-test", str(PASTE), "--data-dir", folder], ENV, 120)
            times.append(seconds)
            if "still running" in said:
                break
        print(f"{name} of {size:,} characters: best {min(times):.2f} s ({said})")


def lock(seconds: float) -> None:
    from app.agent.history import HistoryRecord
    from app.agent.userdata import UserStore

    folder = Path(tempfile.mkdtemp())
    UserStore(folder).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder / "user.db"),
                               str(seconds)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    holder.stdout.readline()
    store = UserStore(folder)
    slowest, pastes = 0.0, 0
    while holder.poll() is None:
        start = time.perf_counter()
        store.add_history(HistoryRecord(code="card_declined"), "Card declined", False)
        store.settings()
        store.history()
        slowest, pastes = max(slowest, time.perf_counter() - start), pastes + 1
        time.sleep(0.5)
    store.add_history(HistoryRecord(code="card_declined"), "Card declined", False)
    store.close()
    saved = len(UserStore(folder).history(limit=10_000))
    print(f"{seconds:.0f} s lock: {pastes} pastes during it, slowest {slowest:.2f} s; "
          f"saved {saved} of {pastes + 1}; notices: {store.notices}")
    shutil.rmtree(folder)


def catalogue(gigabytes: float) -> None:
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "catalog.db"
        shutil.copy(ROOT / "catalog.db", big)
        with big.open("r+b") as file:
            file.truncate(int(gigabytes * 2**30))  # sparse: no disk space used
        seconds, said = _run(["catalog"], {**ENV, "DECLINEDESK_CATALOG": str(big)}, 600)
    print(f"a {gigabytes:g} GiB catalogue: {seconds:.2f} s ({said})")


if __name__ == "__main__":
    sys.path.insert(0, ENV["PYTHONPATH"])
    what, rest = (sys.argv[1:2] or ["setting"])[0], sys.argv[2:]
    if what == "setting":
        setting(rest[0] if rest else "agent_name",
                [int(n) for n in rest[1:]] or [100_000, 1_000_000, 50_000_000])
    elif what == "lock":
        lock(float(rest[0]) if rest else 30.0)
    else:
        catalogue(float(rest[0]) if rest else 8.0)
