"""Helpdesk exports: every format read back gives the texts written, and a revealing macro
inside any of them is found with its name and line."""

from __future__ import annotations

from collections import Counter

import pytest

from app.catalogue.catalog import Catalog
from app.replies.guard import Guard
from app.replies.helpdesk import HELPDESK_FORMATS
from app.replies.helpdesk.audit import audit
from app.replies.helpdesk.export import export_pack
from app.replies.helpdesk.formats import any_placeholder, helpdesk_formats
from app.replies.helpdesk.macros import MacroText, macro_texts, tool_text
from app.replies.helpdesk.read import read_macro_file
from app.replies.packs import load_pack

# The first sentence of the English generic decline (chat), which every export holds verbatim.
SAFE = "Your payment could not be completed and no money was taken."
REVEALING = [
    ("Your card was reported stolen, so the payment could not be completed.", "reported stolen"),
    ("The bank flagged this payment as fraudulent.", "fraudulent"),
    ("Ihre Karte wurde als gestohlen gemeldet.", "als gestohlen gemeldet"),
    ("Votre carte a été déclarée volée.", "déclarée volée"),
]


@pytest.fixture(scope="module")
def texts(catalog: Catalog) -> list[MacroText]:
    return macro_texts(catalog)


def expected(format_name: str, texts: list[MacroText]) -> Counter[str]:
    """The texts a customer reads, as the tool writes them, once per field that holds them."""
    tool = helpdesk_formats()[format_name]
    plain = [tool_text(t.template, tool.placeholders) for t in texts]
    if format_name == "textexpander":
        plain = [
            tool_text(t.template, tool.placeholders, lambda w: w.replace("%", "%%")) for t in texts
        ]
    if format_name == "intercom":  # the HTML body's placeholder is an element, read as nothing
        empty = {"customer_first_name": ""}
        return Counter(plain) + Counter(tool_text(t.template, empty) for t in texts)
    if format_name == "gorgias":  # body_text and body_html
        return Counter(plain) + Counter(plain)
    return Counter(plain)


@pytest.mark.parametrize("format_name", HELPDESK_FORMATS)
def test_an_export_reads_back_as_the_same_texts(
    catalog: Catalog, texts: list[MacroText], format_name: str
) -> None:
    files = export_pack(format_name, catalog, None)
    name, content = next(iter(files.items()))
    found = read_macro_file(content, name)
    assert found is not None and found.format == format_name
    read = [t.text for t in found.texts if not t.text.startswith("{{dc.")]
    assert Counter(read) == expected(format_name, texts)
    # every reply class, language and channel is there
    assert len(texts) == len(catalog.reply_locales()) * len(catalog.vocabulary("reply_classes")) * 2


@pytest.mark.parametrize("format_name", HELPDESK_FORMATS)
def test_an_export_uses_the_tools_own_placeholders(catalog: Catalog, format_name: str) -> None:
    content = next(iter(export_pack(format_name, catalog, None).values()))
    tool = helpdesk_formats()[format_name]
    assert tool.placeholders["customer_first_name"] in content
    assert "{customer_first_name}" not in content and "[[ " not in content
    # a placeholder the tool lacks takes its optional part with it: no "of  on"
    if "amount" not in tool.placeholders:
        assert "{amount}" not in content and "payment  " not in content


@pytest.mark.parametrize("format_name", HELPDESK_FORMATS)
def test_an_untouched_export_passes_the_guard(
    catalog: Catalog, guard: Guard, format_name: str
) -> None:
    name, content = next(iter(export_pack(format_name, catalog, None).items()))
    found = read_macro_file(content, name)
    assert found is not None
    assert audit(found.texts, guard, None, any_placeholder(), catalog.reply_locales()) == []


@pytest.mark.parametrize("format_name", HELPDESK_FORMATS)
@pytest.mark.parametrize(("sentence", "phrase"), REVEALING)
def test_a_revealing_macro_is_found_with_its_name_and_line(
    catalog: Catalog, guard: Guard, format_name: str, sentence: str, phrase: str
) -> None:
    name, content = next(iter(export_pack(format_name, catalog, None).items()))
    at = content.index(SAFE)
    damaged = content[:at] + sentence + content[at + len(SAFE) :]
    found = read_macro_file(damaged, name)
    assert found is not None
    problems = audit(found.texts, guard, None, any_placeholder(), catalog.reply_locales())
    assert problems, damaged[at - 200 : at + 200]
    assert {p.problem.phrase.lower() for p in problems} >= {phrase.lower()}
    line = damaged.count("\n", 0, at) + 1
    assert {p.line for p in problems} == {line}
    assert all("eneric decline" in p.item or "generic_decline" in p.item for p in problems)


def test_a_placeholder_cannot_split_a_revealing_word(catalog: Catalog, guard: Guard) -> None:
    for text in (
        "Your card was reported sto{{ticket.id}}len.",
        "Your card was reported sto{%customer.lastName%}len.",
        "Your card was reported sto%filltext:name=x%len.",
    ):
        content = (
            '{"macros": [{"title": "Card", "actions": [{"field": "comment_value", '
            f'"value": "{text}"}}]}}]}}'
        )
        found = read_macro_file(content, "macros.json")
        assert found is not None
        problems = audit(found.texts, guard, "en", any_placeholder())
        # the lists name the joined word; the classifier may also refuse the whole sentence
        assert any(p.problem.phrase.startswith("reported sto") for p in problems)


def test_a_pack_exported_as_toml_imports_as_every_text(catalog: Catalog, guard: Guard) -> None:
    toml = export_pack("toml", catalog, None)["declinedesk-replies.toml"]
    pack = load_pack(toml, catalog.vocabulary("reply_classes"), catalog.reply_locales(), guard)
    for (reply_class, locale, channel), text in pack.texts.items():
        assert text == catalog.reply_template(locale, reply_class, channel).strip("\n")
    assert (
        len(pack.texts)
        == len(catalog.reply_locales()) * len(catalog.vocabulary("reply_classes")) * 2
    )


def test_a_team_packs_wording_is_what_is_exported(catalog: Catalog, guard: Guard) -> None:
    own = "Sorry[[ {customer_first_name}]], your payment did not go through. Try another card."
    pack_text = f'[pack]\nname = "Acme"\n\n[replies.generic_decline.en]\nchat = "{own}"\n'
    pack = load_pack(pack_text, catalog.vocabulary("reply_classes"), catalog.reply_locales(), guard)
    for format_name in HELPDESK_FORMATS:
        tool = helpdesk_formats()[format_name]
        name, content = next(iter(export_pack(format_name, catalog, pack).items()))
        found = read_macro_file(content, name)
        assert found is not None
        assert tool_text(own, tool.placeholders) in {t.text for t in found.texts}, format_name


STOLEN_TEXT = '"Your card was reported stolen."'


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"actions": [{"field": ["comment_value"], "value": "x"}]}', "no text"),
        ('{"actions": [{"field": {"a": 1}, "value": {"b": ' + STOLEN_TEXT + "}}]}", "no text"),
        ('{"title": ["a"], "locale": {"x": 1}, "body": "Hello", "language": 5}', "safe"),
        ('[[[["deep"]]], {"text": null}, {"text": 5}, {"text": [' + STOLEN_TEXT + "]}]", "refused"),
        ('{"text": "Hello", "text": ' + STOLEN_TEXT + "}", "refused"),  # a repeated key is read too
        (
            '{"macros": [{"actions": [{"value": ' + STOLEN_TEXT + ', "field": "comment_value"}]}]}',
            "refused",
        ),
    ],
)
def test_json_of_any_shape_never_crashes_and_reads_every_text(
    catalog: Catalog, guard: Guard, content: str, expected: str
) -> None:
    from app.replies.helpdesk.read import UnreadableMacros

    try:
        found = read_macro_file(content, "odd.json")
    except UnreadableMacros as error:
        assert expected == "no text" and "no reply text" in error.message
        return
    assert found is not None
    problems = audit(found.texts, guard, None, any_placeholder(), catalog.reply_locales())
    assert ("refused" if problems else "safe") == expected
