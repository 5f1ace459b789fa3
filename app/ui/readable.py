"""Values as people read them: "$25.00", "Visa •••• 4242", "January 3, 2026 14:05 UTC", a
reason's title instead of its code. Shared by "Found in the paste" and the history."""

from __future__ import annotations

from datetime import UTC, datetime

from app.catalogue.catalog import Catalog
from app.reading.report import FailureReport, found_fields
from app.replies import money
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

# The kinds a history reason can be (HistoryRecord.reason), in the order it chooses them.
REASON_KINDS = ("decline_code", "outcome_reason", "error_code", "outcome_type")
UNKNOWN_REASON = QT_TRANSLATE_NOOP("Readable", "A code not in the catalogue")
LIVE = QT_TRANSLATE_NOOP("Readable", "Live payment")
TEST = QT_TRANSLATE_NOOP("Readable", "Test mode: no real card, no real money")


def amount_text(amount: int, currency: str | None, catalog: Catalog, locale: str = "en") -> str:
    """Stripe's amount in the smallest unit as the language writes money ("$25.00", "¥500");
    the number and the code when the currency is not one the catalogue formats."""
    if not currency:
        return f"{amount} (smallest unit, no currency)"
    currency_format = catalog.currency_format(locale, currency)
    if currency_format is None:
        return f"{amount} {currency.upper()} (smallest unit)"
    counted = money.stripe_digits(currency, catalog.vocabulary("stripe_minor_units"))
    written = money.format_amount(amount, currency_format, catalog.locale_formats(locale), counted)
    return f"{written} ({currency.upper()})" if currency.upper() not in written else written


def card_text(brand: str | None, last4: str | None, catalog: Catalog, *extra: str | None) -> str:
    """ "Visa •••• 4242" (a brand the catalogue knows by its name, any other as written)."""
    brands = catalog.vocabulary("card_brands")
    name = brands.get((brand or "").strip().lower(), brand)
    parts = [name, *extra, f"•••• {last4}" if last4 else None]
    return " ".join(p for p in parts if p)


def moment_text(timestamp: int) -> str:
    """A Unix time as a date and time in the agent's time zone, or the number if it is none."""
    try:
        moment = datetime.fromtimestamp(timestamp, UTC).astimezone()
    except (OverflowError, OSError, ValueError):
        return str(timestamp)
    return f"{moment:%Y-%m-%d %H:%M} {moment.tzname() or ''}".strip()


def stored_time(created: str) -> str:
    """History's ISO time (UTC) as local "2026-12-06 14:05"; the text itself if unreadable."""
    try:
        moment = datetime.fromisoformat(created).astimezone()
    except ValueError:
        return created.replace("T", " ")[:16]
    return f"{moment:%Y-%m-%d %H:%M}"


def reason_title(reason: str, catalog: Catalog) -> str:
    """A history reason's catalogue title ("Not enough money on the card"), not its code."""
    if reason == "unknown":
        return translate("Readable", UNKNOWN_REASON)
    kinds = (*REASON_KINDS, *catalog.code_kinds().get(reason, ()))
    for kind in kinds:
        entry = catalog.entry(kind, reason)
        if entry is not None:
            return entry.title
    return reason


# The labels of "Found in the paste" (app/reading/report.py found_fields), for people; an id's
# label ("charge id") names a Stripe object and stays as it is.
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("Fields", "shape"),
    QT_TRANSLATE_NOOP("Fields", "event"),
    QT_TRANSLATE_NOOP("Fields", "status"),
    QT_TRANSLATE_NOOP("Fields", "error type"),
    QT_TRANSLATE_NOOP("Fields", "code"),
    QT_TRANSLATE_NOOP("Fields", "decline code"),
    QT_TRANSLATE_NOOP("Fields", "advice code"),
    QT_TRANSLATE_NOOP("Fields", "network decline code"),
    QT_TRANSLATE_NOOP("Fields", "network advice code"),
    QT_TRANSLATE_NOOP("Fields", "outcome type"),
    QT_TRANSLATE_NOOP("Fields", "network status"),
    QT_TRANSLATE_NOOP("Fields", "outcome reason"),
    QT_TRANSLATE_NOOP("Fields", "risk level"),
    QT_TRANSLATE_NOOP("Fields", "seller message"),
    QT_TRANSLATE_NOOP("Fields", "message"),
    QT_TRANSLATE_NOOP("Fields", "param"),
    QT_TRANSLATE_NOOP("Fields", "amount"),
    QT_TRANSLATE_NOOP("Fields", "card"),
    QT_TRANSLATE_NOOP("Fields", "wallet"),
    QT_TRANSLATE_NOOP("Fields", "payment method type"),
    QT_TRANSLATE_NOOP("Fields", "mode"),
    QT_TRANSLATE_NOOP("Fields", "created"),
    QT_TRANSLATE_NOOP("Fields", "doc url"),
    QT_TRANSLATE_NOOP("Fields", "request log"),
)


def readable_fields(report: FailureReport, catalog: Catalog) -> list[tuple[str, str, str]]:
    """ "Found in the paste" as (label, shown, raw): money with its currency, the card by brand
    and last 4, dates, live or test; every other value as the paste has it."""
    rows = []
    for label, raw in found_fields(report):
        shown = raw
        if label == "amount" and report.amount is not None:
            shown = amount_text(report.amount, report.currency, catalog)
            raw = f"amount {report.amount}, currency {report.currency or '(none)'}"
        elif label == "card":
            extra = [
                report.card_funding,
                f"({report.card_country})" if report.card_country else None,
            ]
            shown = card_text(report.card_brand, report.card_last4, catalog, *extra)
        elif label == "livemode":
            label, shown = "mode", translate("Readable", LIVE if report.livemode else TEST)
            raw = f"livemode: {raw}"
        elif label == "created" and report.created is not None:
            shown = moment_text(report.created)
        rows.append((translate("Fields", label) if label in FIELD_LABELS else label, shown, raw))
    return rows
