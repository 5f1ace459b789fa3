"""A colleague pastes ANOTHER processor's failure and asks which macro to use (lead note,
reading11): Braintree's labels, Mollie's payment, WeChat Pay's XML, GMO's ErrCode, Toss Payments'
and Mercado Pago's codes, Swish's error, each in the note of an agent of the twelve languages,
often saying "not Stripe". Unusable, whichever of Stripe's words the processor shares. The
opposite beside it: Stripe's own error in the same note ("this one is Stripe, not Mollie") is
read, and a confidential code Stripe wrote stays confidential."""

from __future__ import annotations

import itertools

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals
from tests.reading.conftest import kind_of
from tests.reading.renderings import html_tags, mail_quote

THEIRS = {
    "braintree": "Processor Response Code: 2001\nProcessor Response Text: Insufficient Funds",
    "mollie": '{"resource": "payment", "id": "tr_WDqYK6vllg", "status": "failed", "details": '
    '{"failureReason": "insufficient_funds", "failureMessage": "Insufficient funds"}}',
    "wechat": "<xml><return_code><![CDATA[SUCCESS]]></return_code><result_code><![CDATA[FAIL]]>"
    "</result_code><err_code><![CDATA[NOTENOUGH]]></err_code><err_code_des><![CDATA[余额不足]]>"
    "</err_code_des></xml>",
    "gmo": "ErrCode=G12|ErrInfo=42G120000\n残高不足のため取引が拒否されました。",
    "toss": '{"code": "REJECT_CARD_COMPANY", "message": "카드사에서 결제를 거절했습니다."}',
    "mercadopago": '{"status": "rejected", "status_detail": "cc_rejected_insufficient_amount"}',
    "swish": '[{"errorCode": "RF07", "errorMessage": "Transaction declined", '
    '"additionalInformation": null}]',
}
# The colleague's words around the paste, in each language; {name} is where it ran.
ASKS = {
    "en": "Which macro do we use here? This is from our old {name} checkout, not Stripe:\n{paste}",
    "de": "Welchen Textbaustein nehmen wir? Das kommt aus dem alten {name}-Checkout, nicht "
    "Stripe:\n{paste}",
    "fr": "Quelle macro utiliser ? Ça vient de l'ancien checkout {name}, pas de Stripe :\n{paste}",
    "es": "¿Qué macro usamos? Esto viene del checkout antiguo de {name}, no es Stripe:\n{paste}",
    "pt-BR": "Qual macro usamos? Isso vem do checkout antigo da {name}, não é Stripe:\n{paste}",
    "it": "Quale macro usiamo? Viene dal vecchio checkout {name}, non da Stripe:\n{paste}",
    "nl": "Welke macro gebruiken we? Dit komt uit de oude {name}-checkout, niet Stripe:\n{paste}",
    "sv": "Vilket makro använder vi? Det kommer från gamla {name}-kassan, inte Stripe:\n{paste}",
    "pl": "Którego makra użyć? To ze starej kasy {name}, nie ze Stripe:\n{paste}",
    "ja": "どのマクロを使えばいいですか？これは旧 {name} の決済で、Stripe ではありません:\n{paste}",
    "zh-Hans": "这个用哪个宏回复？这是旧的 {name} 结账，不是 Stripe：\n{paste}",
    "ko": "어떤 매크로를 써야 하나요? 예전 {name} 결제에서 온 거고 Stripe가 아닙니다:\n{paste}",
}
NAMES = {
    "braintree": "Braintree",
    "mollie": "Mollie",
    "wechat": "WeChat Pay",
    "gmo": "GMO",
    "toss": "Toss",
    "mercadopago": "Mercado Pago",
    "swish": "Swish",
}
OURS = (
    '{"error": {"type": "card_error", "code": "card_declined", "decline_code": "%s", '
    '"charge": "ch_3QxOtherTest01AbCdEfGh"}}'
)


@pytest.mark.parametrize(("processor", "language"), list(itertools.product(THEIRS, ASKS)))
def test_a_colleagues_paste_of_another_processor_is_theirs(
    processor: str, language: str, known: CodeKinds
) -> None:
    text = ASKS[language].format(name=NAMES[processor], paste=THEIRS[processor])
    for copied in (text, mail_quote(text), html_tags(text)):
        assert kind_of(copied, known) == "unusable", copied


@pytest.mark.parametrize("processor", THEIRS)
def test_their_object_alone_is_theirs(processor: str, known: CodeKinds) -> None:
    assert kind_of(THEIRS[processor], known) == "unusable"


@pytest.mark.parametrize(
    ("language", "code"), list(itertools.product(ASKS, ("insufficient_funds", "stolen_card")))
)
def test_stripes_error_in_the_same_note_is_read(language: str, code: str, known: CodeKinds) -> None:
    text = ASKS[language].format(name="Mollie", paste=OURS % code)
    failures = read_paste(text, known).failures
    assert failures and failures[0].decline_code == code, text
    sensitive = bool(signals(failures[0], known.sensitive, known.sensitive_codes))
    assert sensitive == (code in known.sensitive_codes)
