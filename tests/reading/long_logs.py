"""Long logs of several shapes with one failure somewhere in them: what an agent pastes from a
server's output. Shared by the tests of their reading (tests/reading/test_long_logs.py) and of
its time (tests/reading/test_reading_linear.py)."""

from __future__ import annotations

import json
import random
from collections.abc import Callable

# Ordinary lines of each shape, from a line number and a random source: none names a code.
_LINE: dict[str, Callable[[int, random.Random], str]] = {
    "logfmt": lambda n, r: (
        f"2026-12-07T09:{n % 60:02d}:{r.randrange(60):02d}Z heroku[router]: at=info "
        f"method=GET path=/cart/{r.randrange(999)} host=shop.example.org "
        f'request_id={r.getrandbits(64):x} fwd="10.1.{r.randrange(256)}.{r.randrange(256)}" '
        f"dyno=web.{r.randrange(4)} connect={r.randrange(9)}ms service={r.randrange(300)}ms "
        f"status={r.choice((200, 302, 404))} bytes={r.randrange(9999)} protocol=https"
    ),
    "json lines": lambda n, r: json.dumps(
        {
            "ts": f"2026-12-07T09:{n % 60:02d}:00Z",
            "level": "info",
            "msg": "request finished",
            "path": f"/api/orders/{r.randrange(9999)}",
            "duration_ms": r.randrange(500),
            "status": 200,
        }
    ),
    "syslog": lambda n, r: (
        f"Dec  7 09:{n % 60:02d}:{r.randrange(60):02d} web-{r.randrange(3)} "
        f"php-fpm[{r.randrange(9000)}]: GET /checkout/step{r.randrange(4)} 200 "
        f"{r.randrange(90)}ms user_agent=Mozilla/5.0"
    ),
    "python logging": lambda n, r: (
        f"INFO:shop.checkout:cart {r.randrange(99999)} updated with {r.randrange(9)} items "
        f"(session {r.getrandbits(32):08x})"
    ),
    "bracketed": lambda n, r: (
        f"[2026-12-07 09:{n % 60:02d}:{r.randrange(60):02d}] [worker-{r.randrange(8)}] "
        f"[INFO] job sync_inventory took {r.randrange(900)} ms, queue depth {r.randrange(40)}"
    ),
    "rails": lambda n, r: (
        f"I, [2026-12-07T09:{n % 60:02d}:00.{r.randrange(999999):06d} #{r.randrange(999)}]  "
        f"INFO -- : Completed 200 OK in {r.randrange(200)}ms (Views: {r.randrange(90)}ms | "
        f"ActiveRecord: {r.randrange(30)}.{r.randrange(9)}ms)"
    ),
}

# The failure's line, as each shape writes one, with the decline code given.
_FAILURE: dict[str, Callable[[str], str]] = {
    "logfmt": lambda code: (
        '2026-12-07T09:30:00Z app[web.1]: level=error msg="charge failed" '
        f"error_type=card_error error_code=card_declined decline_code={code}"
    ),
    "json lines": lambda code: json.dumps(
        {
            "ts": "2026-12-07T09:30:00Z",
            "level": "error",
            "msg": "stripe error",
            "error": {"type": "card_error", "code": "card_declined", "decline_code": code},
        }
    ),
    "syslog": lambda code: (
        "Dec  7 09:30:00 web-1 php-fpm[4242]: Stripe\\Exception\\CardException: "
        f"Your card was declined. [declineCode] => {code}"
    ),
    "python logging": lambda code: (
        "ERROR:shop.payments:Request req_Ab12Cd34Ef56: Your card was declined. "
        f"error_code=card_declined decline_code={code}"
    ),
    "bracketed": lambda code: (
        "[2026-12-07 09:30:00] [worker-2] [ERROR] payment failed: "
        f"{{'code': 'card_declined', 'decline_code': '{code}', 'type': 'card_error'}}"
    ),
    "rails": lambda code: (
        "E, [2026-12-07T09:30:00.000001 #321] ERROR -- : Stripe::CardError "
        f"(Your card was declined.) code=card_declined decline_code={code}"
    ),
}

SHAPES = tuple(_LINE)
WHERE = {"first": 0.0, "middle": 0.5, "last": 1.0}


def long_log(shape: str, size: int, code: str | None, where: float = 0.5, seed: int = 7) -> str:
    """About `size` characters of ordinary lines of `shape`, with the failure's line (when
    `code` is given) at `where` (0 first, 1 last)."""
    source = random.Random(seed)
    lines: list[str] = []
    length = 0
    while length < size:
        lines.append(_LINE[shape](len(lines), source))
        length += len(lines[-1]) + 1
    if code is not None:
        lines.insert(round(where * len(lines)), _FAILURE[shape](code))
    return "\n".join(lines) + "\n"


# A failure line that tells the reason another way: in words, in camelCase, in capitals, after
# a label; each with the sensitive code it names.
TOLD = {
    "in words": (
        "support note: the customer's bank said the card was reported stolen",
        "stolen_card",
    ),
    "camelCase": (
        'W/StripeSdk: payment failed {"declineCode":"lostCard","code":"cardDeclined"}',
        "lost_card",
    ),
    "capitals": (
        "ERROR PAYMENT_FAILED DECLINE_CODE=PICKUP_CARD ERROR_CODE=CARD_DECLINED",
        "pickup_card",
    ),
    "label": ("Decline code: merchant_blacklist (Stripe Dashboard copy)", "merchant_blacklist"),
}


def long_log_with(shape: str, size: int, line: str, where: float = 0.5, seed: int = 7) -> str:
    """A long log of `shape` with `line` put in at `where`."""
    lines = long_log(shape, size, None, seed=seed).split("\n")
    lines.insert(round(where * (len(lines) - 1)), line)
    return "\n".join(lines)
