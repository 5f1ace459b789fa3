"""Every id in the ticket opens its Dashboard page (test or live as the paste says), only when
the agent clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.reading.fields import ID_PREFIXES
from app.ui.dashboard_links import PAGES, dashboard_url
from app.ui.main_window import MainWindow
from tests.conftest import DATA


@pytest.mark.parametrize("field", list(PAGES))
@pytest.mark.parametrize("livemode", [True, False, None])
def test_each_kind_of_id_has_its_page(field: str, livemode: bool | None) -> None:
    for prefix in ID_PREFIXES[field]:
        url = dashboard_url(f"{prefix}3Abc123XyZ", livemode)
        test = "test/" if livemode is False else ""
        assert url == f"https://dashboard.stripe.com/{test}{PAGES[field]}/{prefix}3Abc123XyZ"


@pytest.mark.parametrize(
    "value",
    [
        "card_declined",
        "ch_",
        "ch_1",
        "ch_3Abc 123",
        "ch_3Abc/../../x",
        "https://evil.example/ch_3Abc123",
        "pm_3Abc123XyZ",
        "do_not_honor",
        "ch_3Ábc123",
    ],
)
def test_anything_else_has_no_link(value: str) -> None:
    assert dashboard_url(value, True) is None


def test_selecting_an_id_offers_its_page_and_a_click_opens_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    window.load_file(DATA / "pastes" / "charge_do_not_honor.txt")
    view = window.view
    assert not view.open_dashboard.isEnabled() and opened == []  # nothing opens by itself
    rows = [
        view.details.item(r, 1).toolTip() or view.details.item(r, 1).text()
        for r in range(view.details.rowCount())
    ]
    charge = next(r for r, text in enumerate(rows) if "ch_" in text)
    view.details.setCurrentCell(charge, 1)
    assert view.open_dashboard.isEnabled()
    view.open_dashboard.click()
    assert len(opened) == 1 and opened[0].startswith("https://dashboard.stripe.com/payments/ch_")
    amount = next(r for r, text in enumerate(rows) if "ch_" not in text and "cus_" not in text)
    view.details.setCurrentCell(amount, 1)
    assert not view.open_dashboard.isEnabled()
    assert isinstance(QUrl(opened[0]), QUrl)
