"""Speed goals as benchmarks, not assertions: run `make bench` and read the table.

Goals (BENCHMARKS.md): a typical paste read and explained in well under 50 ms; from a paste to
the updated window under 50 ms.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import CHANNELS
from app.reading.paste import read_paste
from app.replies.analyse import analyse_paste
from app.ui.main_window import MainWindow
from tests.conftest import DATA
from tests.ui.test_window_widths import charge_list, payments_report

TYPICAL = (DATA / "pastes" / "payment_intent_stolen_card_expanded_charge.txt").read_text()
JS_FORM = (DATA / "pastes" / "js_charge_fraudulent.txt").read_text()


def test_read_a_typical_paste(benchmark, catalog: Catalog) -> None:  # type: ignore[no-untyped-def]
    known = catalog.code_kinds()
    reading = benchmark(read_paste, TYPICAL, known)
    assert reading.failures


def test_read_a_console_log_paste(benchmark, catalog: Catalog) -> None:  # type: ignore[no-untyped-def]
    known = catalog.code_kinds()
    assert benchmark(read_paste, JS_FORM, known).failures


@pytest.mark.parametrize(
    "name",
    [
        "doc_charge_with_elisions",
        "sdk_java_card_exception",
        "message_only_incorrect_cvc",
        "many_failures_sensitive_last",
    ],
)
def test_read_other_forms(benchmark, catalog: Catalog, name: str) -> None:  # type: ignore[no-untyped-def]
    """Documentation fragments, SDK exception text, a message alone, 70 failures capped to 50."""
    text = (DATA / "pastes" / f"{name}.txt").read_text()
    known = catalog.code_kinds()
    assert benchmark(read_paste, text, known).failures


def test_paste_to_explanation_and_reply(benchmark, catalog: Catalog) -> None:  # type: ignore[no-untyped-def]
    _, findings = benchmark(analyse_paste, TYPICAL, catalog, "ja", "email")
    assert findings[0].reply.text


def test_paste_to_updated_window(
    benchmark,
    qtbot: QtBot,
    catalog: Catalog,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    window = MainWindow(catalog, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    texts = [TYPICAL, JS_FORM]

    def paste_and_paint() -> None:
        with qtbot.waitSignal(window.reader.finished):  # the 17 KB list is read on the worker
            window.set_paste(texts[0])
        texts.reverse()
        window.repaint()

    benchmark(paste_and_paint)
    assert window.findings


def test_a_paste_of_50_failures_to_updated_window(
    benchmark,
    qtbot: QtBot,
    catalog: Catalog,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    """Issue 25: the window never stops more than 100 ms, a paste of 50 failures included."""
    window = MainWindow(catalog, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    texts = [charge_list(50), payments_report(50)]

    def paste_and_paint() -> None:
        with qtbot.waitSignal(window.reader.finished):  # the 17 KB list is read on the worker
            window.set_paste(texts[0])
        texts.reverse()
        window.repaint()

    benchmark(paste_and_paint)
    assert len(window.findings) == 50


def test_search_keystrokes(benchmark, catalog: Catalog) -> None:  # type: ignore[no-untyped-def]
    from app.catalogue.search import Searcher

    searcher = Searcher(catalog)
    typed = ["i", "in", "ins", "insu", "insuf", "insufi", "insufic", "insuficient"]

    def type_query() -> None:
        for text in typed:
            searcher.search(text, limit=50)

    benchmark(type_query)


def _pack_text(catalog: Catalog, locales: tuple[str, ...]) -> str:
    from app.replies.packs import ReplyPack

    return ReplyPack(
        "Bench",
        {
            (reply_class, locale, channel): catalog.reply_template(locale, reply_class, channel)
            for reply_class in catalog.vocabulary("reply_classes")
            for locale in locales
            for channel in CHANNELS
        },
    ).to_toml()


def test_check_a_normal_reply_pack(benchmark, catalog: Catalog) -> None:  # type: ignore[no-untyped-def]
    """Every reply class in two languages (~22 KB): goal under 100 ms (BENCHMARKS.md)."""
    from app.replies.guard import Guard
    from app.replies.packs import load_pack

    guard = Guard.from_catalog(catalog)
    text = _pack_text(catalog, ("en", "de"))
    pack = benchmark(
        load_pack, text, catalog.vocabulary("reply_classes"), catalog.reply_locales(), guard
    )
    assert len(pack.texts) == 2 * 2 * len(catalog.vocabulary("reply_classes"))


def test_guard_one_reply(benchmark, catalog: Catalog) -> None:  # type: ignore[no-untyped-def]
    from app.replies.guard import Guard

    guard = Guard.from_catalog(catalog)
    text = catalog.reply_template("de", "generic_decline", "email")
    assert benchmark(guard.check, text, "de") == []


@pytest.mark.parametrize("remembered", [False, True], ids=["checked whole", "remembered"])
def test_open_the_catalogue(benchmark, tmp_path: Path, remembered: bool) -> None:  # type: ignore[no-untyped-def]
    """What each command pays to open the catalogue: its seal checked whole (the first opening
    of a file, and the window's every start) or the file found unchanged in the record of
    checked files (app/catalogue/opening.py)."""
    from tests.catalogue.test_checked_once import settled_copy

    path = settled_copy(tmp_path)
    checked = str(tmp_path / "checked.json") if remembered else None
    Catalog(path, checked).close()

    def open_and_close() -> None:
        Catalog(path, checked).close()

    benchmark(open_and_close)
