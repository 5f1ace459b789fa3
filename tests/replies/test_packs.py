"""Team reply packs: readable files, checked whole, never a way around the guarantee."""

from __future__ import annotations

import pytest

from app.catalogue.catalog import Catalog
from app.replies.analyse import analyse_paste
from app.replies.guard import Guard
from app.replies.packs import (
    MAX_PACK_BYTES,
    TOO_LARGE,
    PackError,
    ReplyPack,
    load_pack,
    read_pack_file,
)
from app.replies.replies import AgentDetails, render_reply


def load(text: str, catalog: Catalog, guard: Guard) -> ReplyPack:
    return load_pack(text, catalog.vocabulary("reply_classes"), catalog.reply_locales(), guard)


GOOD = '''
[pack]
name = "Acme support"

[replies.generic_decline.en]
email = """Sorry, your payment[[ of {amount}]] did not go through. Please try another card."""
chat = "Your payment didn't go through; please try another card."

[replies.insufficient_funds.de]
chat = "Auf der Karte war nicht genug Guthaben[[ für {amount}]]."
'''


def test_a_good_pack_round_trips(catalog: Catalog, guard: Guard) -> None:
    pack = load(GOOD, catalog, guard)
    assert pack.name == "Acme support" and len(pack.texts) == 3
    again = load(pack.to_toml(), catalog, guard)
    assert again.texts == pack.texts and again.name == pack.name


def test_the_pack_text_is_used_for_the_reply(catalog: Catalog, guard: Guard) -> None:
    pack = load(GOOD, catalog, guard)
    template = pack.template("generic_decline", "en", "email")
    assert template is not None
    reply = render_reply(
        catalog,
        "generic_decline",
        "en",
        "email",
        {"amount": "$5.00"},
        AgentDetails(agent_name="Sam"),
        template=template,
    )
    assert "Sorry, your payment of $5.00 did not go through." in reply.text
    assert reply.text.endswith("Sam")


@pytest.mark.parametrize(
    "text, problem",
    [
        ('[replies.made_up.en]\nchat = "x"', "made_up: not a reply class"),
        ('[replies.generic_decline.xx]\nchat = "x"', "not a reply language"),
        ('[replies.contact_bank.en]\nfax = "x"', "must be email or chat"),
        ('[replies.contact_bank.en]\nchat = "Hi {name}"', "not a known placeholder"),
        ('[replies.contact_bank.en]\nchat = "Paid {amount}"', "inside an optional part"),
        ('[replies.contact_bank.en]\nchat = "[[Hi {agent_name}]]"', "cannot be used in a reply"),
        (
            '[replies.contact_bank.en]\nchat = "Your card was reported stolen."',
            "“reported stolen” can tell",
        ),
        ('[replies.contact_bank.en]\nchat = "It is sto[[{customer_first_name}]]len."', "“stolen”"),
        ('[replies.contact_bank.en]\nchat = "Card l[[{card_brand}]]o[[{card_last4}]]st."', "lost"),
        ('[replies.contact_bank.en]\nchat = "It was fr[[ {amount}]]aud."', "fraud"),
        (
            '[replies.contact_bank.en]\nchat = "' + "Please try again. " * 240 + '"',
            "a reply may have at most 4000",
        ),
        (
            '[replies.contact_bank.en]\nchat = "' + "Paid[[ {amount}]]. " * 9 + '"',
            "9 optional parts",
        ),
        (
            '[replies.generic_decline.de]\nchat = "Ihre Karte wurde als gestohlen gemeldet."',
            "gestohlen",
        ),
        ('[replies.contact_bank.en]\nchat = """unterminated', "not valid TOML"),
        ("[pack]\nname = 'empty'", "no [replies"),
    ],
)
def test_a_bad_pack_is_refused_whole_with_every_problem(
    catalog: Catalog, guard: Guard, text: str, problem: str
) -> None:
    with pytest.raises(PackError) as refused:
        load(GOOD + "\n" + text if text.startswith("[replies") else text, catalog, guard)
    assert any(problem in p for p in refused.value.problems), refused.value.problems


def test_sensitive_codes_keep_the_generic_class_whatever_the_pack(
    catalog: Catalog, guard: Guard
) -> None:
    # A pack has texts per reply class only: with the pack in use, a stolen card still gets
    # exactly the pack's generic decline, as a plain generic decline does.
    pack = load(GOOD, catalog, guard)
    _, [stolen] = analyse_paste("stolen_card", catalog, "en", "email", pack=pack)
    _, [generic] = analyse_paste("generic_decline", catalog, "en", "email", pack=pack)
    assert stolen.explanation.sensitive and stolen.explanation.reply_class == "generic_decline"
    assert "Sorry, your payment did not go through." in stolen.reply.text
    assert stolen.reply == generic.reply


def test_a_pack_over_the_size_limit_is_refused_in_a_sentence(
    catalog: Catalog, guard: Guard, tmp_path
) -> None:
    path = tmp_path / "big.toml"
    path.write_text(GOOD + "\n# " + "x" * MAX_PACK_BYTES + "\n", encoding="utf-8")
    with pytest.raises(PackError) as refused:
        read_pack_file(path, catalog.vocabulary("reply_classes"), catalog.reply_locales(), guard)
    assert refused.value.problems == [TOO_LARGE]
    with pytest.raises(PackError):
        load(GOOD + "# " + "é" * (MAX_PACK_BYTES // 2 + 10), catalog, guard)


def test_a_pack_file_that_is_not_text_is_refused(catalog: Catalog, guard: Guard, tmp_path) -> None:
    path = tmp_path / "pack.toml"
    path.write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(PackError) as refused:
        read_pack_file(path, catalog.vocabulary("reply_classes"), catalog.reply_locales(), guard)
    assert "not UTF-8 text" in refused.value.problems[0]
