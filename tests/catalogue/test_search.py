"""Search finds the right code from what an agent actually types."""

from __future__ import annotations

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.search import Searcher

# (query, a code that must be among the first `top` hits, top)
QUERIES = [
    ("do_not_honor", "do_not_honor", 1),
    ("stolen_card", "stolen_card", 1),
    ("insufficient_funds", "insufficient_funds", 1),
    ("insuficient", "insufficient_funds", 3),
    ("insufficent funds", "insufficient_funds", 2),
    ("do not honour", "do_not_honor", 3),
    ("expird card", "expired_card", 3),
    ("card expired", "expired_card", 3),
    ("card reported stolen", "stolen_card", 3),
    ("reported lost", "lost_card", 3),
    ("cvc wrong", "incorrect_cvc", 3),
    ("cvv wrong", "incorrect_cvc", 3),
    ("security code incorrect", "incorrect_cvc", 3),
    ("wrong card number", "incorrect_number", 3),
    ("zip code wrong", "incorrect_zip", 3),
    ("postal code", "incorrect_zip", 5),
    ("not enough money", "insufficient_funds", 3),
    ("3ds", "authentication_required", 5),
    ("needs authentication", "authentication_required", 3),
    ("pin wrong", "incorrect_pin", 5),
    ("too many pin attempts", "pin_try_exceeded", 3),
    ("fraud", "fraudulent", 3),
    ("block list", "merchant_blacklist", 3),
    ("blacklist", "merchant_blacklist", 3),
    ("duplicate payment", "duplicate_transaction", 3),
    ("currency not supported", "currency_not_supported", 3),
    ("rate limit", "rate_limit", 3),
    ("too many requests", "rate_limit", 5),
    ("missing parameter", "parameter_missing", 3),
    ("idempotency key", "idempotency_key_in_use", 5),
    ("test card", "testmode_decline", 5),
    ("try again later", "try_again_later", 3),
    ("call the bank", "call_issuer", 5),
    ("processing error", "processing_error", 3),
    ("amount too large", "amount_too_large", 3),
    ("radar", "highest_risk_level", 8),
    ("pick up card", "pickup_card", 3),
    ("43", "43", 2),
]


@pytest.fixture(scope="module")
def searcher(catalog: Catalog) -> Searcher:
    return Searcher(catalog)


@pytest.mark.parametrize("query, code, top", QUERIES)
def test_query_finds_the_code(searcher: Searcher, query: str, code: str, top: int) -> None:
    hits = searcher.search(query, limit=top)
    assert code in [hit.code for hit in hits], [
        (h.code, h.kind, round(h.score, 2)) for h in searcher.search(query, limit=8)
    ]


def test_scores_are_best_first_and_filters_work(searcher: Searcher) -> None:
    hits = searcher.search("expired card", limit=10)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    only = searcher.search("expired card", kinds=("decline_code",))
    assert only and {h.kind for h in only} == {"decline_code"}


@pytest.mark.parametrize("query", ["", "   ", '"', "*", "AND OR NOT", "(((", "NEAR(", "'"])
def test_odd_queries_never_fail(searcher: Searcher, query: str) -> None:
    searcher.search(query)
