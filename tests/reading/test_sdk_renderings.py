"""Real renderings from the real SDKs: stripe-python and stripe-node raise their own exceptions
against a small HTTP stub on 127.0.0.1 that replays Stripe's 402/400/429 bodies, and whatever
they print (str, repr, a traceback, their logging, console.log, the raw body) must read back.

A rendering reads to every field it holds: the decline code, the code and the error type when
their text is in it, and CONFIDENTIAL whenever a sensitive code is. A rendering that drops the
reason (stripe-python's `str(e)` is "Request req_...: Your card was declined.") cannot be marked,
but its customer still gets the generic decline reply, as every confidential case does.

Test-only dependencies: stripe (PyPI, pinned in pyproject's test extra) and stripe (npm, pinned
in tests/reading/sdk/package.json, installed into .venv/node-sdk on first use; skipped with a
reason where node or npm is absent).
"""

from __future__ import annotations

import io
import json
import logging
import shutil
import subprocess
import threading
import traceback
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import GENERIC_DECLINE, GENERIC_DECLINE_ANY_METHOD
from app.reading.report import UnreadablePaste
from app.replies.analyse import analyse_paste
from tests.conftest import ROOT
from tests.reading.renderings import Canonical, canonicals

pytestmark = pytest.mark.slow

CASES = [
    *canonicals(),
    Canonical("invalid_request_error", "rate_limit", None, "Too many requests hit the API.", False),
]
STATUS = {"card_error": 402, "invalid_request_error": 400}
SDK_DIR = Path(__file__).parent / "sdk"


class _Replay(BaseHTTPRequestHandler):
    """Answers the n-th request with the n-th recorded error body."""

    bodies: ClassVar[list[tuple[int, bytes]]] = []
    served = 0

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        status, body = self.bodies[type(self).served % len(self.bodies)]
        type(self).served += 1
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Request-Id", "req_Matrix0001")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def _body(c: Canonical) -> tuple[int, bytes]:
    status = 429 if c.code == "rate_limit" else STATUS[c.error_type]
    return status, json.dumps({"error": c.error()}).encode()


@pytest.fixture
def stub() -> Iterator[int]:
    """The stub server's port; it replays every case's body in turn, from the first."""
    handler = type("Replay", (_Replay,), {"bodies": [_body(c) for c in CASES], "served": 0})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_port
    server.shutdown()
    server.server_close()


def _python_renderings(port: int) -> list[dict[str, str]]:
    stripe = pytest.importorskip("stripe")
    client = stripe.StripeClient(
        "sk_test_matrix",
        base_addresses={"api": f"http://127.0.0.1:{port}"},
        max_network_retries=0,
    )
    log = io.StringIO()
    handler = logging.StreamHandler(log)
    logger = logging.getLogger("stripe")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    found = []
    try:
        for _ in CASES:
            log.seek(0)
            log.truncate()
            try:
                client.v1.payment_intents.create(
                    params={"amount": 100, "currency": "usd", "confirm": True}
                )
            except stripe.StripeError as error:
                found.append(
                    {
                        "str": str(error),
                        "repr": repr(error),
                        "traceback": traceback.format_exc(),
                        "logging": log.getvalue(),
                        "json_body": repr(error.json_body),
                        "error_object": str(error.error),
                        "log_and_body": f"{log.getvalue()}payment failed: {error.json_body}",
                    }
                )
    finally:
        logger.removeHandler(handler)
    return found


def _node_renderings(port: int) -> list[dict[str, str]]:
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip("node and npm are not installed: the Node SDK's renderings are not checked")
    target = ROOT / ".venv" / "node-sdk"
    if not (target / "node_modules" / "stripe").is_dir():
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(SDK_DIR / "package.json", target / "package.json")
        install = subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--no-package-lock"],
            cwd=target,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if install.returncode != 0:
            pytest.skip(f"npm could not install the Node SDK: {install.stderr.strip()[-200:]}")
    shutil.copy(SDK_DIR / "print_errors.js", target / "print_errors.js")
    run = subprocess.run(
        [node, "print_errors.js", str(port), str(len(CASES))],
        cwd=target,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    lines = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    return [line["renderings"] for line in sorted(lines, key=lambda line: line["case"])]


def _problems(c: Canonical, text: str, catalog: Catalog) -> list[str]:
    try:
        _, findings = analyse_paste(text, catalog)
    except UnreadablePaste as error:
        held = [v for v in (c.code, c.decline_code, c.error_type) if v and v in text]
        return [f"unreadable although it holds {held}: {error.message}"] if held else []
    if not findings:
        return ["no failure read"]
    first = findings[0]
    report, explanation = first.report, first.explanation
    problems = []
    if c.decline_code and c.decline_code in text:
        if report.decline_code != c.decline_code:
            problems.append(f"decline_code {report.decline_code!r}")
        if explanation.sensitive != c.sensitive:
            problems.append(f"sensitive {explanation.sensitive}")
    if c.code in text and report.code != c.code:
        problems.append(f"code {report.code!r}")
    if c.error_type in text and report.error_type != c.error_type:
        problems.append(f"error_type {report.error_type!r}")
    if not c.sensitive and explanation.sensitive:
        problems.append("marked confidential")
    # The generic decline of the payment's method: a paste that names a wallet provider's own
    # code (Stripe: lost_or_stolen_card is a local payment method's) gets it in words about no
    # card; one whose rendering lost the code cannot tell and gets the card's.
    by_provider = report.decline_code in catalog.vocabulary("provider_codes")
    generic = GENERIC_DECLINE_ANY_METHOD if by_provider else GENERIC_DECLINE
    if c.sensitive and explanation.reply_class != generic:
        problems.append(f"the customer gets {explanation.reply_class}, not the generic decline")
    return problems


def _check(renderings: list[dict[str, str]], catalog: Catalog) -> int:
    assert len(renderings) == len(CASES)
    failed, checked = {}, 0
    for c, printed in zip(CASES, renderings, strict=True):
        for name, text in printed.items():
            checked += 1
            if problems := _problems(c, text, catalog):
                failed[f"{c.decline_code or c.code} / {name}"] = problems
    assert not failed, failed
    return checked


def test_every_printed_python_sdk_error_reads_back(stub: int, catalog: Catalog) -> None:
    assert _check(_python_renderings(stub), catalog) == len(CASES) * 7


def test_every_printed_node_sdk_error_reads_back(stub: int, catalog: Catalog) -> None:
    assert _check(_node_renderings(stub), catalog) == len(CASES) * 4
