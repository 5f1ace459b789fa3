"""Fresh cases of a failure past a log's 200th object (perf12's holdout, written after the
reader was built and measured once: 30 of 30 read right and marked, 11 of 30 on its base):
Charges, PaymentIntents, Radar blocks, camelCase SDK errors and events, in JSON lines, pretty
objects, Python and JS literals, JSON arrays, log prefixes and lines whose every object names
`error`; two failures with the sensitive one anywhere."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from app.catalogue.catalog import Catalog
from app.reading.paste import CUT_OFF, SCANNED
from app.replies.analyse import analyse_paste

R = random.Random(99)


def ordinary(i: int, noisy: bool = False) -> dict[str, Any]:
    e: dict[str, Any] = {
        "time": f"2026-12-07 10:{i % 60:02d}:{R.randrange(60):02d}",
        "lvl": "INFO",
        "event": "http.request",
        "route": f"/checkout/{R.randrange(9999)}",
        "ms": R.randrange(400),
    }
    if noisy:
        e.update({"error": None, "status_code": 200})
    return e


def charge(code: str, reason_type: str = "issuer_declined") -> dict[str, Any]:
    return {
        "id": "ch_3Pq" + "x" * 18,
        "object": "charge",
        "status": "failed",
        "failure_code": "card_declined",
        "failure_message": "Your card was declined.",
        "outcome": {
            "type": reason_type,
            "reason": code,
            "network_status": "declined_by_network",
            "risk_level": "normal",
        },
    }


def pi(code: str) -> dict[str, Any]:
    return {
        "id": "pi_3Pq" + "y" * 18,
        "object": "payment_intent",
        "status": "requires_payment_method",
        "last_payment_error": {"type": "card_error", "code": "card_declined", "decline_code": code},
    }


def blocked() -> dict[str, Any]:
    return {
        "id": "ch_3Pz" + "z" * 18,
        "object": "charge",
        "status": "failed",
        "failure_code": "card_declined",
        "outcome": {
            "type": "blocked",
            "reason": "highest_risk_level",
            "network_status": "not_sent_to_network",
            "risk_level": "highest",
        },
    }


def camel(code: str) -> dict[str, Any]:
    parts = code.split("_")
    c = parts[0] + "".join(p.title() for p in parts[1:])
    return {
        "tag": "StripeSdk",
        "error": {"code": "cardDeclined", "declineCode": c, "type": "card_error"},
    }


def event(obj: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": "evt_1Q" + "w" * 20,
        "object": "event",
        "type": "charge.failed",
        "data": {"object": obj},
    }


def py_line(d: dict[str, Any]) -> str:
    return repr(d)


def js_line(d: dict[str, Any]) -> str:
    return (
        "{ "
        + ", ".join(
            f"{k}: {json.dumps(v) if not isinstance(v, str) else repr(v)}" for k, v in d.items()
        )
        + " }"
    )


cases: list[tuple[str, str, str | None, bool]] = []


def add(name: str, text: str, code: str | None, jsonish: bool = True) -> None:
    cases.append((name, text, code, jsonish))


for n, at in ((250, 240), (1500, 1499), (5000, 2600)):
    e = [ordinary(i) for i in range(n)]
    e.insert(at, charge("stolen_card"))
    add(f"charge in json lines {n}@{at}", "\n".join(map(json.dumps, e)), "stolen_card")
for n, at in ((300, 299), (2000, 1000), (12000, 11999)):
    e = [ordinary(i) for i in range(n)]
    e.insert(at, pi("lost_card"))
    add(f"payment intent in json lines {n}@{at}", "\n".join(map(json.dumps, e)), "lost_card")
for n, at in ((260, 230), (600, 590)):
    e = [ordinary(i) for i in range(n)]
    e.insert(at, pi("pickup_card"))
    add(f"pretty objects {n}@{at}", "\n".join(json.dumps(x, indent=2) for x in e), "pickup_card")
for n, at in ((230, 220), (400, 390), (1200, 1100)):
    e = [ordinary(i) for i in range(n)]
    e.insert(
        at,
        {
            "level": "error",
            "error": {"type": "card_error", "code": "card_declined", "decline_code": "fraudulent"},
        },
    )
    add(f"python dict lines {n}@{at}", "\n".join(map(py_line, e)), "fraudulent", jsonish=False)
for n, at in ((240, 239), (800, 700)):
    e = [ordinary(i) for i in range(n)]
    e.insert(at, {"level": "error", "decline_code": "merchant_blacklist", "code": "card_declined"})
    add(
        f"js literal lines {n}@{at}",
        "\n".join(map(js_line, e)),
        "merchant_blacklist",
        jsonish=False,
    )
for n, at in ((210, 205), (3000, 2999)):
    e = [ordinary(i) for i in range(n)]
    e.insert(at, camel("stolen_card"))
    add(f"camelCase sdk json lines {n}@{at}", "\n".join(map(json.dumps, e)), "stolen_card")
for n, at in ((500, 420), (4000, 3900)):
    e = [ordinary(i) for i in range(n)]
    e.insert(at, pi("lost_card"))
    add(
        f"syslog-prefixed json {n}@{at}",
        "\n".join(
            f"Dec  7 10:{i % 60:02d}:00 web-2 node[311]: " + json.dumps(x) for i, x in enumerate(e)
        ),
        "lost_card",
    )
for n, at in ((450, 400), (900, 899)):
    e = [
        event({"id": f"ch_{i:024d}", "object": "charge", "status": "succeeded", "paid": True})
        for i in range(n)
    ]
    e.insert(at, event(charge("stolen_card")))
    add(f"json array of events {n}@{at}", json.dumps(e), "stolen_card")
for n, at in ((300, 280), (2500, 2400)):
    e = [ordinary(i, noisy=True) for i in range(n)]
    e.insert(at, pi("stolen_card"))
    add(f"noisy json lines (error null) {n}@{at}", "\n".join(map(json.dumps, e)), "stolen_card")
for n, at in ((350, 349), (6000, 3000)):
    e = [ordinary(i) for i in range(n)]
    e.insert(at, blocked())
    add(f"radar block in json lines {n}@{at}", "\n".join(map(json.dumps, e)), None)
for n in (220, 1000, 7000):
    e = [ordinary(i) for i in range(n)]
    e.insert(3, pi("insufficient_funds"))
    e.insert(n - 2, pi("stolen_card"))
    add(f"two failures, sensitive last {n}", "\n".join(map(json.dumps, e)), "stolen_card")
for n in (260, 3000):
    e = [ordinary(i) for i in range(n)]
    e.insert(1, charge("lost_card"))
    e.insert(n - 1, pi("expired_card"))
    add(
        f"two failures, sensitive first {n}",
        "\n".join(f"2026-12-07T10:00:00.{i:06d}Z INFO " + json.dumps(x) for i, x in enumerate(e)),
        "lost_card",
    )
for n, at in ((240, 239), (1100, 1000)):
    lines = [
        f"2026-12-07T10:{i % 60:02d}:00Z INFO http status=200 path=/p/{i} error=null"
        for i in range(n)
    ]
    lines.insert(
        at,
        "2026-12-07T10:30:00Z ERROR payment failed "
        '{"error":{"code":"card_declined","decline_code":"stolen_card","type":"card_error"}}',
    )
    add(f"logfmt with one json error {n}@{at}", "\n".join(lines), "stolen_card")


@pytest.mark.parametrize(("name", "text", "code", "jsonish"), cases, ids=[c[0] for c in cases])
def test_a_fresh_failure_past_the_200th_object_is_read_and_marked(
    catalog: Catalog, name: str, text: str, code: str | None, jsonish: bool
) -> None:
    reading, findings = analyse_paste(text, catalog)
    assert findings, name
    first = findings[0].report
    if code is None:  # a Radar block
        assert first.outcome is not None and first.outcome.type == "blocked"
    else:
        assert code in (first.decline_code, first.outcome.reason if first.outcome else None)
    assert findings[0].explanation.sensitive
    if jsonish:  # complete JSON objects: never warned as cut or as not JSON
        assert SCANNED not in reading.warnings and CUT_OFF not in reading.warnings
