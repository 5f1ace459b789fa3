"""What Ctrl+V makes of a clipboard, and which replies carry a Stripe payload: over the whole
paste corpus, every shipped reply and generated variants."""

from __future__ import annotations

import json

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import CHANNELS
from app.reading.report import UnreadablePaste
from app.replies.analyse import analyse_paste
from app.replies.replies import AgentDetails
from app.ui.paste_kind import REPLY_MAX_CHARS, Clip, clip_kind, codes_in, payload_in_reply
from tests.conftest import DATA

PASTES = sorted((DATA / "pastes").glob("*.txt"))
AGENT = AgentDetails("Jenny", "Sam Lee", "Acme Shop", "Best regards,")


def test_every_payload_of_the_corpus_is_a_ticket(catalog: Catalog) -> None:
    known = catalog.code_kinds()
    for path in PASTES:
        text = path.read_text(encoding="utf-8")
        kind = clip_kind(text, known)
        if path.stem.startswith("unusable_prose"):
            assert kind is Clip.TEXT, path.name
        elif path.stem.startswith("unusable_"):
            assert kind is Clip.DATA, path.name
        elif path.stem.startswith("message_only_") and "no_such_customer" not in path.stem:
            assert kind is Clip.PROSE, path.name  # Stripe's sentence alone: words
        elif path.stem.startswith("told_failure"):
            assert kind is Clip.PROSE, path.name  # a person's sentence: words in a reply
        elif path.stem.startswith("bare_code"):
            assert kind is Clip.CODE, path.name
        else:
            assert kind in (Clip.TICKET, Clip.CODE), path.name


def test_every_shipped_reply_is_words_and_may_be_copied(catalog: Catalog) -> None:
    known = catalog.code_kinds()
    seen: set[str] = set()
    for path in PASTES:
        for locale in catalog.reply_locales():
            for channel in CHANNELS:
                try:
                    _, findings = analyse_paste(path.read_text(), catalog, locale, channel, AGENT)
                except UnreadablePaste:
                    continue
                seen.update(f.reply.text for f in findings)
    assert len(seen) > 300
    for reply in seen:
        assert payload_in_reply(reply, known) is None, reply
        assert clip_kind(reply, known) in (Clip.PROSE, Clip.TEXT), reply  # pasted back: words


@pytest.mark.parametrize("kind", ["decline_code", "error_code"])
def test_a_reply_naming_any_snake_case_code_is_refused(catalog: Catalog, kind: str) -> None:
    known = catalog.code_kinds()
    for entry in catalog.entries(kind):
        if "_" not in entry.code:
            continue
        for reply in (f"Hi, the bank said {entry.code}.", f"Reason: {entry.code.upper()}"):
            assert codes_in(reply, known) == [entry.code.lower()]
            assert payload_in_reply(reply, known), reply


def test_raw_json_in_a_reply_is_refused(catalog: Catalog) -> None:
    known = catalog.code_kinds()
    for path in PASTES:
        text = path.read_text()
        if clip_kind(text, known) not in (Clip.TICKET, Clip.CODE) or text.strip().isdigit():
            continue  # a number alone ("51") in a reply is an amount or a date, not a code
        reply = f"Hi Jenny,\n\nHere is what we saw:\n{text}\n\nBest regards,\nSam"
        assert payload_in_reply(reply, known), path.name


def test_a_clipboard_longer_than_any_reply_is_a_ticket(catalog: Catalog) -> None:
    words = "We are sorry for the trouble. " * (REPLY_MAX_CHARS // 10)
    assert clip_kind(words, catalog.code_kinds()) is Clip.TICKET
    assert clip_kind(json.dumps({"a": 1}), catalog.code_kinds()) is Clip.DATA
    assert clip_kind(" \n\t", catalog.code_kinds()) is Clip.EMPTY
