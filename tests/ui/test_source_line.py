"""Under "What to do": where the steps come from and when that was checked, with a way to open
it; Open Stripe docs works from the catalogue's source when the paste has no link."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from app.catalogue.catalog import Catalog
from app.ui.main_window import MainWindow
from app.ui.source_line import source_name


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(QUrl(url).toString()))
    return urls


@pytest.mark.parametrize("code", ["insufficient_funds", "do_not_honor", "expired_card"])
def test_a_bare_code_shows_its_source_and_date_and_opens_the_docs(
    window: MainWindow, catalog: Catalog, qtbot: QtBot, opened: list[str], code: str
) -> None:
    entry = catalog.entry("decline_code", code)
    assert entry is not None
    window.set_paste(code)  # no doc_url in a bare code
    line = window.view.source
    assert line.isVisible()
    assert line.label.text() == f"Stripe decline codes · checked {entry.as_of}"
    qtbot.mouseClick(line.open_button, Qt.MouseButton.LeftButton)
    assert opened == [entry.source]
    assert window.view.open_docs.isEnabled()
    qtbot.mouseClick(window.view.open_docs, Qt.MouseButton.LeftButton)
    assert opened[-1] == entry.source


def test_the_paste_link_stays_the_docs_button_s_first_choice(
    window: MainWindow, qtbot: QtBot, opened: list[str]
) -> None:
    window.set_paste(
        '{"error": {"type": "card_error", "code": "card_declined", "decline_code": '
        '"insufficient_funds", "doc_url": "https://stripe.com/docs/error-codes/card-declined"}}'
    )
    qtbot.mouseClick(window.view.open_docs, Qt.MouseButton.LeftButton)
    assert opened == ["https://stripe.com/docs/error-codes/card-declined"]


def test_an_unknown_code_has_no_source_line(window: MainWindow) -> None:
    window.set_paste('{"error": {"code": "zz_not_a_code_we_know"}}')
    assert window.view.headline.text().startswith("Unknown code")
    assert not window.view.source.isVisible()


def test_every_catalogue_source_has_a_name_a_person_reads(catalog: Catalog) -> None:
    names = catalog.vocabulary("source_names")
    sources = {entry.source for entry in catalog.entries()}
    assert sources
    for url in sources:
        name = source_name(url, names)
        assert name and "://" not in name and len(name) <= 60, url
