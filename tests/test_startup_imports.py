"""What `explain` and the window import before their first answer: one list each, so that a
module that slows every start shows here as a failing test rather than in a comment.

A module that must be added is added with what it costs (`python -X importtime`); one that is
needed only for some pastes or commands is imported where it is used instead. BENCHMARKS.md has
the start-up times these lists keep.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import cast

from tests.conftest import CATALOG_DB, DATA, ROOT

READING = {
    "app",
    "app.paths",
    "app.records",
    "app.catalogue",
    "app.catalogue.catalog",
    "app.catalogue.entries",
    "app.catalogue.integrity",
    "app.catalogue.opening",
    "app.catalogue.vocabulary",
    "app.catalogue.words",  # the words of the agent's language (issue 28)
    "app.reading",
    "app.reading.code_forms",
    "app.reading.enrichment",
    "app.reading.extract",
    # The sensitive rule's evidence: a sensitive value under its field's name anywhere (found
    # with str.find in a paste up to 64 KB; a longer one compiles the values' pattern).
    "app.reading.field_values",
    "app.reading.fields",
    "app.reading.forms",
    "app.reading.inference",
    "app.reading.invoices",
    "app.reading.keys",
    "app.reading.labels",
    # Stripe's messages: a paste whose failure has no code beside its message.
    "app.reading.messages",
    # The sensitive rule's evidence looks for sensitive codes misspelled by one letter (0.7 to
    # 1.1 ms to import at load 1, as long as test_cards at that load, 2026-12-06).
    "app.reading.misspelled",
    "app.reading.missing_reason",
    "app.reading.nothing_failed",
    # Every object read is checked for another processor's (Razorpay's `error`, issue 26).
    "app.reading.other_processor",
    "app.reading.object_fields",
    "app.reading.paste",
    "app.reading.report",
    "app.reading.sensitivity",
    "app.reading.sweep",
    # The sensitive rule's evidence looks for Stripe's test cards in every paste (0.2 ms to
    # import, `-X importtime` with bytecode cached, 2026-12-06).
    "app.reading.test_cards",
    "app.reading.told_reasons",
    # told_reasons' phrases (split from it at 400 lines): the evidence reads them in every paste.
    "app.reading.reason_phrases",
    "app.reading.unwrap",
    "app.replies",
    "app.replies.analyse",
    "app.replies.money",
    "app.replies.replies",
    "app.replies.templates",
    "app.verdict",
    # The confidential line: a sensitive code's explanation (and the window's, in its language).
    "app.verdict.confidential",
    "app.verdict.explain",
    "app.verdict.explanation",
    "app.verdict.notes",
    "app.verdict.retry",
    "app.verdict.said",  # the explanation in the agent's language (issue 28)
    "app.verdict.wording",
}
# The text for people speaks the agent's language (its words, and columns for CJK lines).
EXPLAIN = READING | {
    "app.cli",
    "app.cli.arguments",
    "app.cli.columns",
    "app.cli.commands",
    "app.cli.main",
    "app.cli.read",
    "app.cli.text",
    "app.cli.words",
}
# Besides Python's own start: what explaining a Charge needs of the standard library.
# __future__ (0.2 ms) is every module's `from __future__ import annotations`; setuptools' editable
# finder loaded it at every Python start until the set-up dropped the finder (issue 23 item 5).
# Not pathlib: with the urllib.parse and ipaddress it loads, about 5 ms of every `explain`;
# app.paths makes a Path only where one is asked for. Not typing: with contextlib and warnings,
# about 4.5 ms (app/__init__.py's TYPE_CHECKING; the fixed lists are tuples beside their Literal
# types).
EXPLAIN_STDLIB = {
    "__future__",
    # Built into the interpreter (nothing to load): the command runs with the collector off.
    "gc",
    "_datetime",
    "_json",
    "_sqlite3",
    "collections",
    "datetime",
    "json",
    "math",
    "sqlite3",
    "unicodedata",
}
# What the first opening of a catalogue file adds: its seal's checksum over the whole file (later
# commands find the file in the data folder's catalog-checked.json, app/catalogue/opening.py).
FIRST_OPENING_STDLIB = {"zlib"}
WINDOW = READING | {
    "app.replies.guard",
    "app.replies.guard_match",
    "app.replies.guard_rules",
    "app.replies.guard_trie",  # with guard_rules: how its lists become patterns
    "app.replies.normalise",
    "app.ui",
    "app.ui.application",
    "app.ui.background",
    "app.ui.beside",
    "app.ui.choice_rows",  # the reply's language and channel, on the first frame
    "app.ui.error_report",
    "app.ui.explanation_view",
    "app.ui.fields_table",  # "Found in the paste": its Qt classes named when the table is made
    "app.ui.file_drop",
    "app.ui.first_run",
    "app.ui.i18n",
    "app.ui.look",  # the window's type scale, cards and colours: drawn at the first paint
    "app.ui.main_window",
    "app.ui.plain",  # plain-text labels and badges of the explanation
    # Whether the window language's script has a font here (a CJK window without one is shown
    # in English, issue 28 item 5): one small module, its font query only for ja, ko, zh-Hans.
    "app.ui.script_fonts",
    "app.ui.menus",
    "app.ui.pack_controller",
    "app.ui.panels",
    "app.ui.paste_area",
    "app.ui.paste_keys",
    "app.ui.paste_kind",
    "app.ui.paste_reader",
    "app.ui.qt_numbers",
    "app.ui.readable",
    "app.ui.reply_check",
    "app.ui.reply_editor",
    "app.ui.reply_header",
    "app.ui.reply_panel",
    "app.ui.settings_flow",
    "app.ui.source_line",
    "app.ui.ticket_findings",  # the explained example the smoke test paints
    "app.ui.ticket_input",
    "app.ui.ticket_splitter",
    "app.ui.recent_tickets",
    "app.ui.reply_clipboard",
    "app.replies.rich",
}


def _imported(code: str, env: dict[str, str] | None = None) -> dict[str, list[str]]:
    """Runs `code` in a fresh interpreter; the modules it imported beyond Python's start (and
    the probe's own: json, runpy, io, contextlib)."""
    probe = (
        "import sys, json, runpy, io, contextlib\nbefore = set(sys.modules)\n"
        f"{code}\n"
        "new = sorted(set(sys.modules) - before)\n"
        "print(json.dumps({'app': [m for m in new if m.split('.')[0] == 'app'],\n"
        "                  'other': sorted({m.split('.')[0] for m in new\n"
        "                                   if m.split('.')[0] != 'app'})}))\n"
    )
    return cast(dict[str, list[str]], _probed(probe, env=env))


def _probed(probe: str, *args: str, env: dict[str, str] | None = None) -> object:
    """Runs `probe` with `args` in a fresh offscreen interpreter on this checkout; the JSON of
    the last line it printed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    done = subprocess.run(
        [sys.executable, "-c", probe, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_explain_imports_only_what_its_answer_needs(tmp_path: Path) -> None:
    paste = DATA / "pastes" / "charge_do_not_honor.txt"
    catalog = tmp_path / "catalog.db"  # last written an hour ago, as an installed one is
    shutil.copy(CATALOG_DB, catalog)
    then = time.time_ns() - 3600 * 10**9
    os.utime(catalog, ns=(then, then))
    code = (
        f"sys.argv = ['declinedesk', 'explain', {str(paste)!r}, '--format', 'json']\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n        runpy.run_module('app', run_name='__main__')\n"
        "    except SystemExit:\n        pass"
    )
    env = {"DECLINEDESK_CATALOG": str(catalog), "DECLINEDESK_DATA_DIR": str(tmp_path / "data")}
    first, later = _imported(code, env), _imported(code, env)
    for found in (first, later):
        assert set(found["app"]) - EXPLAIN == set(), "new at explain's start: import it where used"
    assert set(first["other"]) - EXPLAIN_STDLIB - FIRST_OPENING_STDLIB == set(), "new library"
    assert set(later["other"]) - EXPLAIN_STDLIB == set(), "new library at explain's start"


def test_the_window_imports_only_what_its_first_paint_needs(tmp_path: object) -> None:
    found = _imported(
        "from PySide6.QtWidgets import QApplication\nfrom PySide6.QtCore import QSettings\n"
        "qt = QApplication([])\nfrom app import paths\n"
        "from app.catalogue.catalog import Catalog\nfrom app.ui.main_window import MainWindow\n"
        f"w = MainWindow(Catalog(paths.catalog_path()), QSettings({str(tmp_path)!r} + '/s.ini',"
        " QSettings.Format.IniFormat))\nw.show()\nqt.processEvents()"
    )
    assert set(found["app"]) - WINDOW == set(), "new at the window's start: import it where used"
    # html's entity table (about 0.4 MB of the window's peak memory, BENCHMARKS.md) is read
    # only by a copy, which writes and reads the reply's HTML.
    assert "html" not in found["other"]


# The readers of text (prose in twelve languages, logs, tables, dated attempts): a paste that is
# a Stripe object in JSON is read without them (each is imported where a text needs it).
PROSE_READERS = {
    f"app.reading.{name}"
    for name in (
        "about_codes",
        "articles",
        "attempts",
        "code_guides",
        "dated_attempts",
        "documents",
        "failure_words",
        "notices",
        "orders",
        "plaintext",
        "radar_rules",
        "said_codes",
        "scanner",
        "tables",
        "told_codes",
        "told_outcome",
    )
}


def _stripe_json_pastes() -> list[str]:
    """Every example paste that is whole JSON of Stripe objects or API errors (an `object` or an
    `error` at the top of each): Charges, PaymentIntents, events, envelopes, lists of them."""
    found = []
    for path in sorted((DATA / "pastes").glob("*.txt")):
        try:
            value = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            continue
        objects = value if isinstance(value, list) else [value]
        if objects and all(
            isinstance(o, dict) and ("object" in o or "error" in o) for o in objects
        ):
            found.append(str(path))
    return found


def test_a_stripe_json_paste_imports_none_of_the_prose_readers(tmp_path: Path) -> None:
    pastes = _stripe_json_pastes()
    assert len(pastes) >= 40  # Charges, intents, events, envelopes, lists, cut-off JSON...
    assert all(importlib.util.find_spec(name) for name in PROSE_READERS)  # a rename shows here
    probe = (
        "from app.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    for paste in {}:\n"
        "        main(['explain', '--format', 'json', paste])"
    )
    found = _imported(probe.format(repr(pastes)))
    assert set(found["app"]) & PROSE_READERS == set()
    # The same probe sees them when a note in prose is read.
    note = tmp_path / "note.txt"
    note.write_text(
        "Customer says the bank declined her card twice yesterday, code do_not_honor.\n",
        encoding="utf-8",
    )
    assert set(_imported(probe.format(repr([str(note)])))["app"]) & PROSE_READERS != set()


# Qt classes the first frame does without, each named where it is first used: PySide6 makes a
# class, and every enum type in it, when it is first named (QTextDocument with five enums,
# QFontDatabase with 36 writing systems: 0.5 to 1 ms each, BENCHMARKS.md, the fourteenth pass).
NOT_AT_THE_WINDOW_S_START = {
    "QtGui.QFontDatabase",  # a CJK language's font, asked when such a language is chosen
    "QtGui.QFileOpenEvent",  # macOS's Finder hands a file over
    "QtGui.QTextDocument",  # the reply's measure uses Qt's margin, not its document's
    "QtWidgets.QDockWidget",  # the catalogue and the history, made when first opened
    "QtWidgets.QFormLayout",  # the signature card, made with the agent's store
}


def test_the_window_names_only_the_qt_classes_its_first_frame_needs(tmp_path: Path) -> None:
    probe = (
        "import sys, json\n"
        "from app.cli.main import main\n"
        "assert main(['--smoke-test', '--data-dir', sys.argv[1]]) == 0\n"
        "import PySide6.QtGui as G, PySide6.QtWidgets as W\n"
        "print(json.dumps(sorted(f'{m.__name__.split(\".\")[-1]}.{n}'\n"
        "                        for m in (G, W) for n in vars(m) if n.startswith('Q'))))\n"
    )
    made = set(cast(list[str], _probed(probe, str(tmp_path / "data"))))
    assert "QtWidgets.QPlainTextEdit" in made  # the probe sees the classes the window names
    assert made & NOT_AT_THE_WINDOW_S_START == set(), "name it where it is used"
