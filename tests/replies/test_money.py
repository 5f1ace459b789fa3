"""Amounts and dates in replies are exactly what Babel (CLDR) writes, for every language."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from babel.dates import format_date as babel_date
from babel.numbers import format_currency, list_currencies

from app.catalogue.catalog import Catalog
from app.replies.money import format_amount, format_date

AMOUNTS = [0, 1, 5, 99, 100, 1050, 129_900, 99_999_999, 10**15 + 7]


@pytest.mark.parametrize("locale", ["en", "es", "fr", "de", "pt-BR", "it", "nl", "ja"])
def test_every_currency_and_date_as_babel_writes_it(catalog: Catalog, locale: str) -> None:
    formats = catalog.locale_formats(locale)
    cldr = locale.replace("-", "_")
    for currency in sorted(list_currencies()):
        fmt = catalog.currency_format(locale, currency)
        assert fmt is not None, currency
        for amount in AMOUNTS:
            expected = format_currency(Decimal(amount).scaleb(-fmt.digits), currency, locale=cldr)
            assert format_amount(amount, fmt, formats) == expected, (currency, amount)
    day = date(1999, 12, 31)
    for _ in range(400):
        assert format_date(day, formats) == babel_date(day, format="long", locale=cldr)
        day += timedelta(days=29)


def test_zero_decimal_currencies(catalog: Catalog) -> None:
    en = catalog.locale_formats("en")
    jpy, krw, usd = (catalog.currency_format("en", c) for c in ("JPY", "KRW", "USD"))
    assert jpy and krw and usd
    assert format_amount(1500, jpy, en) == "¥1,500"
    assert format_amount(50000, krw, en) == "₩50,000"
    assert format_amount(1500, usd, en) == "$15.00"
    de = catalog.locale_formats("de")
    eur = catalog.currency_format("de", "eur")
    assert eur and format_amount(123456, eur, de) == "1.234,56\xa0€"
