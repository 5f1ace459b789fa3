"""Amounts and dates in replies are exactly what Babel (CLDR) writes, for every language."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from babel.dates import format_date as babel_date
from babel.numbers import format_currency, list_currencies

from app.catalogue.catalog import Catalog
from app.replies.money import format_amount, format_date, stripe_digits
from build.languages import LOCALES, cldr_name

AMOUNTS = [0, 1, 5, 99, 100, 1050, 129_900, 99_999_999, 10**15 + 7]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_currency_and_date_as_babel_writes_it(catalog: Catalog, locale: str) -> None:
    formats = catalog.locale_formats(locale)
    cldr = cldr_name(locale)
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


# Issue 22: the number in a paste is counted as Stripe counts it (https://docs.stripe.com/currencies),
# and written as the language writes the currency.
STRIPE_ZERO_DECIMAL = (
    "BIF",
    "CLP",
    "DJF",
    "GNF",
    "JPY",
    "KMF",
    "KRW",
    "MGA",
    "PYG",
    "RWF",
    "VND",
    "VUV",
    "XAF",
    "XOF",
    "XPF",
)
STRIPE_THREE_DECIMAL = ("BHD", "JOD", "KWD", "OMR", "TND")


def stripe_amount(catalog: Catalog, amount: int, currency: str, locale: str = "en") -> str:
    """The amount as a reply writes it, through the reply's own values."""
    from app.reading.report import FailureReport
    from app.replies.replies import payload_values

    report = FailureReport(shape="charge", amount=amount, currency=currency.lower())
    return payload_values(report, catalog, locale)["amount"]


@pytest.mark.parametrize("currency", STRIPE_ZERO_DECIMAL)
def test_a_zero_decimal_amount_is_whole_units(catalog: Catalog, currency: str) -> None:
    assert stripe_digits(currency, catalog.vocabulary("stripe_minor_units")) == 0
    for locale in LOCALES:
        expected = format_currency(Decimal(1500), currency, locale=cldr_name(locale))
        assert stripe_amount(catalog, 1500, currency, locale) == expected


@pytest.mark.parametrize("currency", STRIPE_THREE_DECIMAL)
def test_a_three_decimal_amount_is_thousandths(catalog: Catalog, currency: str) -> None:
    # Stripe's example: 5.124 KWD is sent rounded to 5120 (last digit 0).
    assert stripe_amount(catalog, 5120, currency) == format_currency(
        Decimal("5.120"), currency, locale="en"
    )
    assert stripe_amount(catalog, 5120, currency).endswith("5.120")


def test_isk_is_counted_in_hundredths_and_written_in_whole_kronur(catalog: Catalog) -> None:
    # Stripe: "to charge 5 ISK, provide an amount value of 500".
    assert stripe_amount(catalog, 500, "ISK") == "ISK5"
    assert stripe_amount(catalog, 123_400, "ISK", "de") == "1.234\xa0ISK"
    assert stripe_amount(catalog, 550, "ISK") == "ISK5.50"  # a fraction is never hidden


def test_ugx_follows_its_special_case_not_the_zero_decimal_list(catalog: Catalog) -> None:
    # Listed as zero-decimal, but "to charge 5 UGX, provide an amount value of 500".
    assert stripe_digits("UGX", catalog.vocabulary("stripe_minor_units")) == 2
    assert stripe_amount(catalog, 500, "UGX") == "UGX5"
    assert stripe_amount(catalog, 1_000_000, "UGX", "fr") == format_currency(
        Decimal(10_000), "UGX", locale="fr"
    )


def test_huf_charges_keep_their_two_decimals(catalog: Catalog) -> None:
    # Whole forints only for payouts: a charge of 1045 is HUF 10.45, not 1,045 forints.
    assert stripe_amount(catalog, 1045, "HUF") == "HUF10.45"
    assert stripe_amount(catalog, 1045, "HUF", "de") == "10,45\xa0HUF"


def test_twd_charges_keep_their_two_decimals(catalog: Catalog) -> None:
    assert stripe_amount(catalog, 80045, "TWD") == "NT$800.45"
    assert stripe_amount(catalog, 80000, "TWD", "ja") == format_currency(
        Decimal(800), "TWD", locale="ja"
    )


@pytest.mark.parametrize("currency", ["LBP", "ALL", "RSD", "YER", "MMK", "LAK", "AFN", "SOS"])
def test_two_decimal_at_stripe_though_cldr_writes_none(catalog: Catalog, currency: str) -> None:
    """Stripe counts these in hundredths although CLDR writes them without decimals: 150000 is
    1,500 units, and a fraction shows with its two digits rather than being rounded away."""
    assert stripe_amount(catalog, 150_000, currency) == format_currency(
        Decimal(1500), currency, locale="en"
    )
    assert stripe_amount(catalog, 150_050, currency).endswith("1,500.50")


def test_seven_units_read_as_seven_in_every_currency(catalog: Catalog) -> None:
    units = catalog.vocabulary("stripe_minor_units")
    for currency in sorted(list_currencies()):
        digits = stripe_digits(currency, units)
        fmt = catalog.currency_format("en", currency)
        assert fmt is not None
        whole = 7 * 10**digits  # seven units, whatever the minor unit
        assert stripe_amount(catalog, whole, currency) == format_currency(
            Decimal(7), currency, locale="en"
        ), currency
