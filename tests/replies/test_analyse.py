"""analyse: from a paste to findings (explanation and reply), the one path of CLI and window."""

from __future__ import annotations

import pytest

from app.catalogue.catalog import Catalog
from app.reading.paste import read_paste
from app.reading.report import UnreadablePaste
from app.replies.analyse import (
    analyse_paste,
    findings_for,
    internal_note,
    rewrite_reply,
)
from app.replies.replies import AgentDetails, first_name
from tests.conftest import DATA

PASTES = DATA / "pastes"


def test_a_paste_gives_one_finding_per_failure_most_relevant_first(catalog: Catalog) -> None:
    reading, findings = analyse_paste((PASTES / "list_of_charges.txt").read_text(), catalog)
    assert len(findings) == len(reading.failures) == 2
    assert [f.report for f in findings] == reading.failures
    assert all(f.reply.text and f.explanation.headline for f in findings)


def test_reading_first_then_explaining_gives_the_same_findings(catalog: Catalog) -> None:
    text = (PASTES / "charge_do_not_honor.txt").read_text()
    _, direct = analyse_paste(text, catalog, "fr", "chat")
    reading = read_paste(text, catalog.code_kinds())
    assert findings_for(reading, catalog, "fr", "chat") == direct


def test_rewrite_reply_changes_only_the_reply(catalog: Catalog) -> None:
    _, [finding] = analyse_paste("insufficient_funds", catalog, "en", "email")
    german = rewrite_reply(finding, catalog, "de", "chat", AgentDetails(customer_first_name="Jo"))
    assert (german.report, german.explanation) == (finding.report, finding.explanation)
    assert (german.reply.locale, german.reply.channel) == ("de", "chat")
    assert german.reply.text != finding.reply.text


def test_an_unusable_paste_raises_one_sentence(catalog: Catalog) -> None:
    with pytest.raises(UnreadablePaste) as refused:
        analyse_paste("Hello, could you call me back tomorrow?", catalog)
    assert refused.value.message.endswith(".") and "\n" not in refused.value.message


def test_the_internal_note_carries_codes_and_ids(catalog: Catalog) -> None:
    _, [finding] = analyse_paste((PASTES / "charge_do_not_honor.txt").read_text(), catalog)
    note = internal_note(finding)
    assert note.startswith(f"Decline Desk: {finding.explanation.headline}")
    assert "decline_code=do_not_honor" in note and "charge ch_" in note


@pytest.mark.parametrize(
    "full, first",
    [
        ("Jenny Rosen", "Jenny"),
        ("jenny rosen", "Jenny"),
        ("Anne-Marie O'Neil", "Anne-Marie"),
        ("José Álvarez", "José"),
        ("李 小龍", None),
        ("  ", None),
        (None, None),
        ("jenny@example.com", None),
        ("N/A", None),
        ("4242 4242", None),
        ("J.", None),
        ("<b>Jo</b>", None),
        ("{agent_name}", None),
    ],
)
def test_first_name_takes_only_a_plain_first_word(full: str | None, first: str | None) -> None:
    assert first_name(full) == first


def test_the_pastes_name_is_found_but_never_reaches_the_reply_by_itself(catalog: Catalog) -> None:
    reading, [finding] = analyse_paste(
        (PASTES / "event_payment_intent_failed.txt").read_text(), catalog
    )
    assert reading.failures[0].customer_name == "Jenny Rosen"
    assert "Jenny" not in finding.reply.text  # the window offers it; the agent's field decides
