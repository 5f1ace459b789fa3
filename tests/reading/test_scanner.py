"""scanner: the last resort, Stripe's fields picked out of text no parser reads."""

from __future__ import annotations

from app import paths
from app.catalogue.catalog import Catalog
from app.reading.scanner import scan as scan_with

NAMES = Catalog(paths.catalog_path()).code_kinds().names


def scan(text: str):  # type: ignore[no-untyped-def]
    return scan_with(text, NAMES)


def test_fields_written_as_key_value_pairs_are_found() -> None:
    report = scan(
        "payment failed decline_code=insufficient_funds code: card_declined "
        'message="Your card has insufficient funds."'
    )
    assert report is not None
    assert (report.code, report.decline_code) == ("card_declined", "insufficient_funds")
    assert report.message == "Your card has insufficient funds."


def test_text_without_stripe_fields_gives_nothing() -> None:
    assert scan("Hello, could you call me back tomorrow morning about my delivery?") is None
