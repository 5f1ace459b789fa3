"""An online shop's order printed by its platform (issue 26, session 9): Shopify's
`financial_status`, commercetools' `paymentState`, a WooCommerce order's `status` beside its
`payment_method_title`. The order holds no Stripe code, yet it tells whether its payment failed:
a failure whose reason is on the payment in Stripe, or nothing failed; an order still pending
tells neither. Read in any rendering that writes a key and its value (JSON, a Ruby hash, PHP's
print_r, `key=value`). The fields and values are vocabulary.toml's `order_payment`."""

from __future__ import annotations

import re

from app.reading.report import CodeKinds, FailureReport, PasteReading, UnreadablePaste

HEAD = 20_000
_VALUE = r"[\"'\[]?{key}[\"'\]]?\s*(?:=>|[:=])\s*[\"':]?([A-Za-z][A-Za-z_ -]{{1,30}})"


def order_payment(text: str, known: CodeKinds) -> str | None:
    """What an order in the text says of its payment: "failed", "paid", or None (no order,
    or one whose payment is pending). A failure said anywhere wins (the safe side)."""
    head = text[:HEAD]
    words = known.order_payment
    keys = [key for key, kind in words.items() if kind == "field"]
    if any(_holds_key(head, key) for key, kind in words.items() if kind == "beside_status"):
        keys.append("status")
    said = {
        words.get(value.strip().lower().replace(" ", "_").replace("-", "_"))
        for key in keys
        for value in re.findall(_VALUE.format(key=re.escape(key)), head)
    }
    if "failed" in said:
        return "failed"
    return "paid" if "paid" in said else None


def _holds_key(text: str, key: str) -> bool:
    return re.search(rf"[\"'\[]?\b{re.escape(key)}\b[\"'\]]?\s*(?:=>|[:=])", text) is not None


def order_reading(text: str, known: CodeKinds, data_seen: bool) -> PasteReading:
    """The reading of a paste with nothing of Stripe's: an order whose payment failed (its
    reason is on the payment in Stripe) or went through; another processor's order is theirs;
    anything else raises with one sentence, for data or for text."""
    from app.reading.other_processor import named_processor, stripe_named, theirs

    said = order_payment(text, known)
    if (
        said is not None
        and (other := named_processor(text, known))
        and not stripe_named(text, known)
    ):
        raise theirs(other)
    if said == "paid":
        from app.reading.nothing_failed import NOTHING_FAILED_SUCCEEDED

        return PasteReading([], "text", [NOTHING_FAILED_SUCCEEDED])
    if said == "failed":
        from app.reading.enrichment import finish
        from app.reading.failure_words import TOLD
        from app.reading.scanner import fill_ids

        report = FailureReport(shape="code")
        fill_ids(report, text)
        return finish([report], "text", [TOLD], known, text, told_failed=True)
    if data_seen:
        raise UnreadablePaste(
            "no_stripe_fields",
            "The paste is data but has no Stripe fields (no error, code, outcome or payment "
            "object); copy the failed payment, the error or the webhook event from Stripe.",
        )
    raise UnreadablePaste(
        "prose",
        "The paste is text without a Stripe payload or code: paste the payment's JSON, a log "
        "line with the error, or a code such as do_not_honor.",
    )
