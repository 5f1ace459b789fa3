"""One verdict wording everywhere (issue 22, item 7): `explain`, `lookup`, the internal note and
the window's badges say the same thing, in the agent's terms for the customer, with the rule for
automatic retries as a second line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.catalogue.catalog import Catalog
from app.cli import main as cli
from app.replies.analyse import analyse_paste, internal_note
from app.verdict.wording import entry_words
from tests.conftest import DATA


def flat(text: str) -> str:
    """Text output with its wrapping undone."""
    return re.sub(r"\s+", " ", text)


def error(**fields: str) -> str:
    return json.dumps(
        {
            "error": {
                "type": "card_error",
                "code": "card_declined",
                "message": "Your card was declined.",
                **fields,
            }
        }
    )


CASES = {
    "fraudulent": (error(decline_code="fraudulent"), "Ask for another card or payment method"),
    "stop order": (
        error(decline_code="generic_decline", network_decline_code="R0"),
        "Ask for another card or payment method",
    ),
    "wait": (
        error(decline_code="do_not_honor", network_advice_code="25"),
        "Ask them to try again after 24 hours",
    ),
    "details": (error(decline_code="incorrect_number"), "Ask them to correct the card details"),
    "ours": (
        json.dumps({"error": {"type": "api_error", "message": "Something went wrong."}}),
        "Nothing for the customer: our side",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_explain_the_note_and_the_badges_say_the_same(
    catalog: Catalog, case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paste, first_line = CASES[case]
    [finding] = analyse_paste(paste, catalog)[1]
    words = finding.explanation.verdict
    assert words is not None and words.for_customer == first_line
    assert words.for_retries.startswith("Automatic retries: ")
    # The window's badges are these words.
    retry_badges = catalog.vocabulary("retry_badges")
    assert words.retry_badge == retry_badges[finding.explanation.retry]
    assert words.who_badge == catalog.vocabulary("who_acts_badges")[finding.explanation.who_acts]
    note = internal_note(finding)
    path = tmp_path / "paste.json"
    path.write_text(paste, encoding="utf-8")
    assert cli.main(["explain", str(path)]) == 0
    out = flat(capsys.readouterr().out)
    for line in words.lines():
        assert line in note.splitlines() or f"Verdict: {line}" in note.splitlines()
        assert line in out


def test_never_is_never_called_anything_else(catalog: Catalog) -> None:
    """The issue found "no" in one place and "never" in another: every output now prints the
    badge's words and no other name for the verdict."""
    [finding] = analyse_paste(error(decline_code="stolen_card"), catalog)[1]
    note = internal_note(finding)
    assert "Retry: no · Who acts: customer" in note
    assert "Retry: never" not in note and "Do not retry with this card" not in note


def test_lookup_and_explain_agree_on_who_acts(
    catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    for code in ("fraudulent", "lost_card", "stolen_card", "transaction_not_allowed"):
        [finding] = analyse_paste(error(decline_code=code), catalog)[1]
        entry = catalog.entry("decline_code", code)
        assert entry is not None
        words = finding.explanation.verdict
        assert words is not None and entry_words(entry, catalog) == words
        assert cli.main(["lookup", code]) == 0
        out = flat(capsys.readouterr().out)
        assert all(line in out for line in words.lines())


def test_every_entry_has_a_verdict_in_words(catalog: Catalog) -> None:
    lines = set()
    for entry in catalog.entries():
        words = entry_words(entry, catalog)
        assert words.for_customer and "{" not in words.for_customer + words.for_retries
        assert words.for_retries.startswith("Automatic retries: ")
        if entry.retry == "never" and "card" in catalog.reply_template(
            "en", entry.reply_class, "email"
        ):
            assert words.for_customer == "Ask for another card or payment method"
        elif entry.retry == "never":
            # A reply that speaks of no card (a bank account, a wallet): nor does its verdict,
            # and it never asks to try the same again.
            assert "card" not in words.for_customer, entry.code
            assert "try again" not in words.for_customer, entry.code
        lines.add(words.for_customer)
    assert "Nothing for the customer: our side" in lines


def test_the_json_contract_keeps_its_fields(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        cli.main(["explain", "--format", "json", str(DATA / "pastes" / "charge_do_not_honor.txt")])
        == 0
    )
    [failure] = json.loads(capsys.readouterr().out)["failures"]
    assert list(failure) == ["detected", "sensitive", "retry", "who_acts", "explanation", "reply"]
    assert list(failure["explanation"]) == ["title", "summary", "agent_steps"]


def test_a_paste_without_a_reason_promises_nothing(catalog: Catalog) -> None:
    """Nothing says why: the agent looks the reason up; it is not "our side" yet."""
    paste = json.dumps(
        {
            "id": "evt_1",
            "object": "event",
            "type": "invoice.payment_failed",
            "data": {
                "object": {
                    "id": "in_1",
                    "object": "invoice",
                    "status": "open",
                    "amount_due": 2000,
                    "currency": "usd",
                }
            },
        }
    )
    [finding] = analyse_paste(paste, catalog)[1]
    words = finding.explanation.verdict
    assert finding.explanation.retry == "unknown" and words is not None
    assert words.for_customer == "Nothing to promise yet: find out why it failed first"
