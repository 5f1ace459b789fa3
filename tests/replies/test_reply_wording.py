"""The wording review of issue 17, kept by tests over every language's replies (the changes are
listed in resources/replies/README.md)."""

from __future__ import annotations

import re

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import CHANNELS
from app.replies.replies import AgentDetails, render_reply
from build.languages import LOCALES
from tests.replies.test_replies_fit_the_case import BELOW


def all_templates(catalog: Catalog, locale: str) -> list[tuple[str, str, str]]:
    return [
        (reply_class, channel, catalog.reply_template(locale, reply_class, channel))
        for reply_class in catalog.vocabulary("reply_classes")
        for channel in CHANNELS
    ]


def test_japanese_greeting_uses_sama_without_a_space_and_okyakusama_without_a_name(
    catalog: Catalog,
) -> None:
    for reply_class in catalog.vocabulary("reply_classes"):
        named = render_reply(
            catalog, reply_class, "ja", "email", {}, AgentDetails(customer_first_name="山田")
        )
        assert named.text.startswith("山田様\n\n"), reply_class
        anonymous = render_reply(catalog, reply_class, "ja", "email", {}, AgentDetails())
        assert anonymous.text.startswith("お客様\n\n"), reply_class
    for locale in LOCALES:
        if locale != "ja":  # the other languages' greetings read well without a name
            assert catalog.reply_frame(locale).greeting_without_name == ""


def test_german_names_the_card_in_brackets_and_greets_guten_tag(catalog: Catalog) -> None:
    assert catalog.reply_frame("de").greeting.startswith("Guten Tag")
    for reply_class, _channel, text in all_templates(catalog, "de"):
        assert "{card_brand}-" not in text, reply_class
        if "{card_brand}" in text:
            assert "Karte[[ ({card_brand}, Endziffern {card_last4})]]" in text, reply_class


def test_italian_attached_pronouns_are_lower_case_and_debits_are_addebitare(
    catalog: Catalog,
) -> None:
    for reply_class, channel, text in all_templates(catalog, "it"):
        attached = re.findall(r"\b[a-zàèéìòù]{3,}(?:L[ae]|La|Gli)\b", text)
        assert not attached, (reply_class, channel)
        assert "riscuotere" not in text, (reply_class, channel)


SPANISH_LATIN_AMERICAN = (
    "vencid",
    "vencimiento",
    "celular",
    "computadora",
    "monto",
    "comunicarse",
    "estado de cuenta",
    "de nuestra parte",
)


def test_spanish_keeps_one_variety(catalog: Catalog) -> None:
    for reply_class, channel, text in all_templates(catalog, "es"):
        assert not [w for w in SPANISH_LATIN_AMERICAN if w in text.lower()], (reply_class, channel)


def test_spanish_tells_recent_events_in_the_present_perfect(catalog: Catalog) -> None:
    """Spain says what just happened in the present perfect ("no se ha podido completar", "ya se
    ha reembolsado"); the preterite's third person ("se reembolsó", "rechazó") is Latin
    America's. A direct debit is "un recibo domiciliado", never "débito directo"."""
    for reply_class, channel, text in all_templates(catalog, "es"):
        assert not re.findall(r"\b\w+ó\b", text), (reply_class, channel)
        assert "débito directo" not in text.lower(), (reply_class, channel)


# Openers the reviewer found stiff before every instruction (resources/replies/README.md).
STIFF = {"fr": "nous vous invitons", "it": "la invitiamo", "pt-BR": "por favor"}


@pytest.mark.parametrize("locale", sorted(STIFF))
def test_no_stiff_opener_before_an_instruction(catalog: Catalog, locale: str) -> None:
    for reply_class, channel, text in all_templates(catalog, locale):
        assert STIFF[locale] not in text.lower(), (reply_class, channel)


def test_japanese_asks_pardon_only_for_trouble(catalog: Catalog) -> None:
    """お手数ですが before a request that costs the customer trouble (checking details, calling,
    replying), not before a bare "please try again"."""
    for reply_class, channel, text in all_templates(catalog, "ja"):
        for sentence in re.findall(r"お手数ですが[^。]*。", text):
            if "お試し" in sentence:
                assert "確認" in sentence, (reply_class, channel, sentence)


def test_brazilian_portuguese_names_the_card_in_one_order(catalog: Catalog) -> None:
    for reply_class, _channel, text in all_templates(catalog, "pt-BR"):
        if "{card_brand}" in text:
            assert "cartão[[ {card_brand}]][[ com final {card_last4}]]" in text, reply_class


def test_dutch_closing_has_no_comma(catalog: Catalog) -> None:
    assert not catalog.reply_frame("nl").closing.endswith(",")


# "Once you've resolved it with your bank", never "once the bank has cleared the payment".
RESOLVED_WITH_BANK = {
    "en": "resolved it with your bank",
    "es": "resuelto con su banco",
    "fr": "réglée avec votre banque",
    "de": "mit Ihrer Bank geklärt",
    "pt-BR": "resolver a questão com o seu banco",
    "it": "risolta la questione con la Sua banca",
    "nl": "met uw bank hebt opgelost",
    "ja": "カード発行会社とのご確認が済みましたら",
    "ko": "카드사와 확인을 마치신 후",
    "zh-Hans": "与发卡银行处理妥当后",
    "pl": "Po wyjaśnieniu sprawy z bankiem",
    "sv": "När du har löst det med din bank",
}


@pytest.mark.parametrize("locale", LOCALES)
def test_contact_bank_and_amount_limit_wording(catalog: Catalog, locale: str) -> None:
    email = catalog.reply_template(locale, "contact_bank", "email")
    assert RESOLVED_WITH_BANK[locale] in email
    assert "cleared" not in email
    for channel in CHANNELS:
        text = catalog.reply_template(locale, "amount_limit", channel)
        assert any(word in text for word in BELOW[locale]), channel


# English words that no other language's reply uses, and the scripts of the CJK languages.
ENGLISH = re.compile(r"\b(the|your|you|and|with|please|were|have|this)\b", re.IGNORECASE)
SCRIPTS = {"ja": "[ぁ-ゟ]", "ko": "[가-힣]", "zh-Hans": "[一-鿿]"}


@pytest.mark.parametrize("locale", [loc for loc in LOCALES if loc != "en"])
def test_every_reply_is_in_its_language_and_differs_from_english(
    catalog: Catalog, locale: str
) -> None:
    for reply_class, channel, text in all_templates(catalog, locale):
        assert text != catalog.reply_template("en", reply_class, channel), (reply_class, channel)
        assert not ENGLISH.search(text), (reply_class, channel, ENGLISH.findall(text))
        if locale in SCRIPTS:
            assert re.search(SCRIPTS[locale], text), (reply_class, channel)
