"""Replies a customer would notice fit their case (issue 22, items 5 and 8): a phone or watch to
confirm on at a reader, a card the reader could not read, a limit that is only ever exceeded,
a problem on our side told without a promise, and nothing that guesses what the customer told
their bank."""

from __future__ import annotations

import json

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import CHANNELS
from app.reading.report import FailureReport
from app.replies.analyse import analyse_paste
from app.verdict.explain import explain
from build.languages import LOCALES

PHONE_OR_WATCH = {
    "en": ("phone", "watch"),
    "es": ("móvil", "reloj"),
    "fr": ("téléphone", "montre"),
    "de": ("Smartphone", "Uhr"),
    "pt-BR": ("celular", "relógio"),
    "it": ("smartphone", "smartwatch"),
    "nl": ("telefoon", "horloge"),
    "ja": ("スマートフォン", "スマートウォッチ"),
    "ko": ("휴대폰", "워치"),
    "zh-Hans": ("手机", "手表"),
    "pl": ("telefon", "zegark"),
    "sv": ("mobil", "klocka"),
}
# What the online 3D Secure reply says: a confirmation window or app notification.
WINDOW = {
    "en": "window",
    "es": "ventana",
    "fr": "fenêtre",
    "de": "Fenster",
    "pt-BR": "janela",
    "it": "finestra",
    "nl": "venster",
    "ja": "確認画面",
    "ko": "인증 창",
    "zh-Hans": "确认窗口",
    "pl": "okno",
    "sv": "fönster",
}
INSERT_OR_TAP = {
    "en": "insert",
    "es": "Inserte",
    "fr": "Insérez",
    "de": "stecken",
    "pt-BR": "Insira",
    "it": "Inserisca",
    "nl": "Steek",
    "ja": "挿入",
    "ko": "꽂",
    "zh-Hans": "插",
    "pl": "włożyć",
    "sv": "Sätt in",
}
READER = {
    "en": "reader",
    "es": "lector",
    "fr": "terminal",
    "de": "lesegerät",
    "pt-BR": "maquininha",
    "it": "lettore",
    "nl": "betaalautomaat",
    "ja": "カードリーダー",
    "ko": "단말기",
    "zh-Hans": "读卡器",
    "pl": "terminal",
    "sv": "kortläsare",
}
BELOW = {
    "en": ("below",),
    "es": ("por debajo", "no alcanza"),
    "fr": ("inférieur",),
    "de": ("unter",),
    "pt-BR": ("abaixo",),
    "it": ("inferiore",),
    "nl": ("onder",),
    "ja": ("下限",),
    "ko": ("미달",),
    "zh-Hans": ("低于",),
    "pl": ("niższa",),
    "sv": ("under",),
}
# "We will let you know when it is fixed" and "try again later", as each language said them.
PROMISE = {
    "en": ("let you know", "try again"),
    "es": ("Le avisaremos", "volver a intentarlo"),
    "fr": ("reviendrons vers vous", "réessayer"),
    "de": ("melden uns", "noch einmal"),
    "pt-BR": ("Avisaremos", "tentar novamente"),
    "it": ("avviseremo", "riprovare"),
    "nl": ("laten het u weten", "opnieuw proberen"),
    "ja": ("お知らせいたします", "お試し"),
    "ko": ("알려 드리겠", "다시 시도"),
    "zh-Hans": ("通知您", "再次尝试"),
    "pl": ("Damy znać", "spróbować ponownie"),
    "sv": ("hör av oss", "försöka igen"),
}


def reply(catalog: Catalog, report: FailureReport, locale: str, channel: str) -> str:
    e = explain(report, catalog)
    return catalog.reply_template(locale, e.reply_class, channel)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("channel", CHANNELS)
def test_a_reader_asks_to_confirm_on_the_phone_or_watch(
    catalog: Catalog, locale: str, channel: str
) -> None:
    report = FailureReport(
        shape="error",
        error_type="card_error",
        code="card_declined",
        decline_code="mobile_device_authentication_required",
        payment_method_type="card_present",
    )
    text = reply(catalog, report, locale, channel)
    assert all(word in text for word in PHONE_OR_WATCH[locale]), text
    assert WINDOW[locale] not in text  # not the online bank-window reply
    e = explain(report, catalog)
    assert e.verdict is not None and "phone or watch" in e.verdict.for_customer


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("channel", CHANNELS)
def test_invalid_track_data_is_a_reader_problem(
    catalog: Catalog, locale: str, channel: str
) -> None:
    report = FailureReport(
        shape="error",
        error_type="card_error",
        code="card_declined",
        decline_code="invalid_track_data",
    )
    text = reply(catalog, report, locale, channel)
    assert READER[locale] in text and INSERT_OR_TAP[locale] in text, text
    assert text != catalog.reply_template(locale, "contact_bank", channel)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("code", ["card_velocity_exceeded", "withdrawal_count_limit_exceeded"])
def test_a_limit_only_ever_exceeded_does_not_say_below(
    catalog: Catalog, locale: str, code: str
) -> None:
    for channel in CHANNELS:
        text = reply(catalog, FailureReport(shape="error", decline_code=code), locale, channel)
        assert not [word for word in BELOW[locale] if word in text], text
    # An invalid amount can be too small as well as too large: that reply keeps both.
    both = reply(
        catalog, FailureReport(shape="error", decline_code="invalid_amount"), locale, "email"
    )
    assert [word for word in BELOW[locale] if word in both]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("channel", CHANNELS)
def test_a_problem_on_our_side_makes_no_promise(
    catalog: Catalog, locale: str, channel: str
) -> None:
    """Nor does it invite a retry that would fail the same way (payment_intent_action_required:
    our integration cannot show the bank's step)."""
    report = FailureReport(
        shape="error", error_type="invalid_request_error", code="payment_intent_action_required"
    )
    text = reply(catalog, report, locale, channel)
    assert not [p for p in PROMISE[locale] if p.lower() in text.lower()], text


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("decline", ["transaction_not_allowed", "do_not_try_again"])
def test_a_reasonless_refusal_does_not_guess_the_customers_instructions(
    catalog: Catalog, locale: str, decline: str
) -> None:
    paste = json.dumps(
        {"error": {"type": "card_error", "code": "card_declined", "decline_code": decline}}
    )
    _, [finding] = analyse_paste(paste, catalog, locale)
    stopped = analyse_paste(
        json.dumps(
            {
                "error": {
                    "type": "card_error",
                    "code": "card_declined",
                    "decline_code": "stop_payment_order",
                }
            }
        ),
        catalog,
        locale,
    )[1][0]
    assert finding.explanation.reply_class == "use_another_payment_method"
    assert finding.reply.text != stopped.reply.text  # "you asked your bank to stop": not said


def test_the_card_declined_steps_do_not_blame_the_bank(catalog: Catalog) -> None:
    """Without a decline code, a card_declined can come from Stripe's own checks too."""
    e = explain(
        FailureReport(shape="error", error_type="card_error", code="card_declined"), catalog
    )
    steps = " ".join(e.agent_steps).lower()
    assert "bank declined" not in steps and "the bank refused" not in steps
    assert "may not have been the bank" in steps
