"""Online shops' renderings of a Stripe failure (issue 26, set t): WooCommerce's print_r of the
decoded error (`stdClass Object ( [error] => stdClass Object ( [code] => card_declined ...`),
on one line or many, with a log prefix; Shopify's order timeline printing the decline code
`live_mode_test_card` (a Stripe test card on a live shop). Each reads as the failure it prints."""

from __future__ import annotations

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals

CODES = ["insufficient_funds", "stolen_card", "lost_card", "do_not_honor", "live_mode_test_card"]


def _print_r(code: str, decline: str, prefix: str, one_line: bool) -> str:
    lines = [
        "stdClass Object",
        "(",
        "    [error] => stdClass Object",
        "        (",
        f"            [code] => {code}",
        f"            [decline_code] => {decline}",
        "            [doc_url] => https://stripe.com/docs/error-codes/card-declined",
        "            [message] => Your card was declined.",
        "            [param] => ",
        "            [type] => card_error",
        "        )",
        "",
        ")",
    ]
    if one_line:
        return prefix + " ".join(line.strip() for line in lines if line.strip())
    return prefix + "\n".join(lines)


PREFIXES = ["", "2026-12-01T10:22:11+00:00 CRITICAL Stripe error: ", "Order note: Stripe: "]


@pytest.mark.parametrize("one_line", [False, True])
@pytest.mark.parametrize("prefix", PREFIXES)
def test_woocommerce_print_r_of_the_error_reads_as_its_failure(
    known: CodeKinds, prefix: str, one_line: bool
) -> None:
    for decline in CODES:
        text = _print_r("card_declined", decline, prefix, one_line)
        first = read_paste(text, known).failures[0]
        assert (first.code, first.decline_code, first.error_type) == (
            "card_declined",
            decline,
            "card_error",
        ), text
        assert bool(signals(first, known.sensitive, known.sensitive_codes)) == (
            decline in known.sensitive_codes
        ), text


@pytest.mark.parametrize(
    "text",
    [
        "Order #10482 — Payment failed\nTransaction error: live_mode_test_card\nGateway: Stripe",
        "There was an issue processing your payment: live_mode_test_card",
        "Stripe Dashboard:\n> live_mode_test_card\n> This charge request was in live mode, "
        "but used a Stripe test card number.",
        "Your card was declined. Your request was in live mode, but used a known test card.",
    ],
)
def test_shopify_live_mode_test_card_reads_as_that_decline(known: CodeKinds, text: str) -> None:
    first = read_paste(text, known).failures[0]
    assert first.decline_code == "live_mode_test_card", text
    assert not signals(first, known.sensitive, known.sensitive_codes), text
