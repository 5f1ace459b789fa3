"""Advice codes and the retry verdict: the issuer's advice decides it; a Mastercard merchant
advice code decides it only on a Mastercard (or unknown) card."""

from __future__ import annotations

import pytest

from app.catalogue.catalog import Catalog
from app.reading.report import FailureReport
from app.verdict.explain import explain
from tests.conftest import known_entry

MAC_CODES = ("01", "02", "03", "21", "24", "30")


def card_decline(
    card_brand: str | None = None, network_advice_code: str | None = None
) -> FailureReport:
    return FailureReport(
        shape="error",
        error_type="card_error",
        code="card_declined",
        decline_code="insufficient_funds",
        card_brand=card_brand,
        network_advice_code=network_advice_code,
    )


@pytest.mark.parametrize("brand", ["visa", "amex", "discover"])
@pytest.mark.parametrize("mac", MAC_CODES)
def test_a_mastercard_advice_code_on_another_card_leaves_the_retry_alone(
    catalog: Catalog, brand: str, mac: str
) -> None:
    without = explain(card_decline(card_brand=brand), catalog)
    with_code = explain(card_decline(card_brand=brand, network_advice_code=mac), catalog)
    assert (with_code.retry, with_code.who_acts) == (without.retry, without.who_acts)
    assert any(f"from {brand.capitalize()}" in note for note in with_code.notes)


@pytest.mark.parametrize("brand", ["mastercard", None])
def test_on_a_mastercard_the_advice_code_decides(catalog: Catalog, brand: str | None) -> None:
    plain = explain(card_decline(card_brand=brand) if brand else card_decline(), catalog)
    assert plain.retry == "later"
    stop = card_decline(network_advice_code="03", **({"card_brand": brand} if brand else {}))
    assert explain(stop, catalog).retry == "never"
    fix = card_decline(network_advice_code="01", **({"card_brand": brand} if brand else {}))
    assert explain(fix, catalog).retry == "after_fix"


@pytest.mark.parametrize(
    "advice, retry",
    [
        ("do_not_try_again", "never"),
        ("try_again_later", "later"),
        ("confirm_card_data", "after_fix"),
    ],
)
def test_the_issuers_advice_code_decides_the_retry(
    catalog: Catalog, advice: str, retry: str
) -> None:
    report = FailureReport(
        shape="error",
        error_type="card_error",
        code="card_declined",
        decline_code="do_not_honor",
        advice_code=advice,
    )
    assert explain(report, catalog).retry == retry
    assert known_entry(catalog, "advice_code", advice).retry == retry  # the catalogue says the same
