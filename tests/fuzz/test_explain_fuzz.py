"""Whatever is pasted, `declinedesk explain` answers in sentences: exit 0 or 2, no traceback."""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import main as cli
from tests.fuzz.test_paste_fuzz import FIXTURES, STRIPE_WORDS

# Each example opens the catalogue and explains through the whole command: keep them few.
THROUGH_CLI = settings(
    max_examples=25, deadline=timedelta(seconds=10), suppress_health_check=[HealthCheck.too_slow]
)
SDK_WORDS = st.sampled_from(
    [
        "stripe.error.CardError: ",
        "Stripe::RateLimitError: ",
        "com.stripe.exception.CardException: ",
        "StripeCardError: ",
        "&stripe.Error{",
        "Err:&stripe.CardError{DeclineCode:",
        '"stolen_card"',
        "[declineCode:protected] => ",
        "Your card's security code is incorrect.",
        "No such customer: ",
        "--> invoice.payment_failed [evt_1A]",
        "[402] POST /v1/charges [req_1]",
        "STOLEN_CARD",
        "43",
        '"network_decline_code": 43',
        "1" * 60,
        "...",
        "// note",
        "outcome: {type: 'blocked'}",
    ]
)


def explain(text: str, output: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "paste.txt"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = cli.main(["explain", "--format", output, str(path)])
    assert status in (0, 2), err.getvalue()
    assert "Traceback" not in err.getvalue()
    if output == "json":
        result = json.loads(out.getvalue())
        assert result["ok"] is (status == 0)
    elif status == 2:
        assert err.getvalue().count("\n") == 1  # one sentence


@THROUGH_CLI
@given(
    st.lists(STRIPE_WORDS | SDK_WORDS | st.text(max_size=10), max_size=40).map("".join),
    st.sampled_from(["json", "text"]),
)
def test_stripe_like_text_through_explain(text: str, output: str) -> None:
    explain(text, output)


@THROUGH_CLI
@given(st.sampled_from(FIXTURES), st.data())
def test_spliced_fixtures_through_explain(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    explain(text[:start] + data.draw(SDK_WORDS | st.text(max_size=20)) + text[end:], "json")
