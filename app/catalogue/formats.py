"""CLDR's number, currency and date formats as catalog.db stores them (read by replies.money)."""

from __future__ import annotations

from app.records import record


@record(frozen=True, slots=True)
class LocaleFormats:
    """What CLDR says about writing numbers and dates in one language."""

    locale: str
    decimal: str
    group: str
    currency_pattern: str
    date_pattern: str
    months: tuple[str, ...]  # the 12 month names as used inside a date ("März", "de março")


@record(frozen=True, slots=True)
class CurrencyFormat:
    symbol: str  # in this language: "$", "US$", "USD"
    digits: int  # digits after the decimal point: 0 for JPY and KRW
