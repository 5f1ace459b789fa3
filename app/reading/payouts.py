"""A payout (money from the Stripe balance to a bank account) in a paste: paid, in transit or
pending, nothing failed; failed, a failure read as its `failure_code`. Stripe's payout failure
codes (`account_closed`, `no_account`, `invalid_account_number`, ...) are catalogue error codes,
whose explanations speak of a customer's bank account: the warning says the account is the
payout's (ours or a connected account's)."""

from __future__ import annotations

from app import TYPE_CHECKING
from app.reading import fields
from app.reading.object_fields import apply_common
from app.reading.report import FailureReport

if TYPE_CHECKING:
    from typing import Any

PAYOUT_FAILED = (
    "The paste is a payout (money from the Stripe balance to a bank account), not a customer's "
    "payment: a failure code it holds concerns the payout's bank account (ours or a connected "
    "account's), whatever the explanation below says of a customer's account."
)


def failed_payout(obj: dict[str, Any]) -> FailureReport | None:
    """The failure a payout object records (`status: failed` or a `failure_code`), or None."""
    code = fields.code(obj.get("failure_code"))
    if fields.text(obj.get("status")) != "failed" and code is None:
        return None
    report = FailureReport(shape="error")
    report.code = code
    report.message = fields.text(obj.get("failure_message"))
    apply_common(report, obj)
    return report
