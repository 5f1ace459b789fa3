"""Where the window's start-up goes, part by part, in one process (median of several runs).

    QT_QPA_PLATFORM=offscreen python scripts/bench_window_parts.py [--rounds 7]

Each run is a fresh process: Qt's import, app.ui's import, opening the catalogue, MainWindow(),
the first paint, and explaining the first bundled example.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONE_RUN = """
import json, sys, time
marks = [time.perf_counter()]
from PySide6.QtWidgets import QApplication
marks.append(time.perf_counter())
from app.ui.main_window import MainWindow
from app.ui.menus import example_files
marks.append(time.perf_counter())
from PySide6.QtCore import QSettings
from app import paths
from app.catalogue.catalog import Catalog
app = QApplication(sys.argv[:1])
catalog = Catalog(paths.catalog_path())
marks.append(time.perf_counter())
window = MainWindow(catalog, QSettings(sys.argv[1], QSettings.Format.IniFormat))
marks.append(time.perf_counter())
window.show()
window.grab()
marks.append(time.perf_counter())
window.load_file(example_files()[0])
window.grab()
marks.append(time.perf_counter())
print(json.dumps([(b - a) * 1000 for a, b in zip(marks, marks[1:])]))
"""
PARTS = ("import Qt", "import app.ui", "catalogue", "MainWindow()", "first paint", "explain")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    runs = []
    for _ in range(args.rounds):
        out = subprocess.run([sys.executable, "-c", ONE_RUN, "/tmp/declinedesk-bench.ini"],
                             capture_output=True, text=True, env=env, cwd=ROOT, check=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    for index, part in enumerate(PARTS):
        print(f"{part:>14}: {statistics.median(r[index] for r in runs):6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
