"""Texts that map codes to replies or explain them for payments in general (issue 26, reading11):
a source file's table of codes in each language's syntax, an agent's macro choosing a reply per
code in the twelve languages, a post defining several codes. Unusable, whatever codes they name
(a confidential one too: no payment is in them). Beside each its opposite: one payment's note
naming its code (a Stripe id, or an amount and a date) stays that payment's failure."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals
from tests.reading.conftest import kind_of
from tests.reading.renderings import crlf, html_tags, mail_quote

CODE_SETS = (
    ("insufficient_funds", "expired_card", "incorrect_cvc"),
    ("do_not_honor", "lost_card", "generic_decline", "card_velocity_exceeded"),
    ("stolen_card", "fraudulent", "pickup_card"),
    ("processing_error", "try_again_later", "authentication_required", "expired_card"),
)
MESSAGE = "Your card was declined."


def _ruby(codes: tuple[str, ...]) -> str:
    rows = "".join(f"  '{c}' => '{MESSAGE}',\n" for c in codes)
    return f"DECLINE_MESSAGES = {{\n{rows}}}.freeze\n"


def _php(codes: tuple[str, ...]) -> str:
    rows = "".join(f"    '{c}' => __('{MESSAGE}', 'shop'),\n" for c in codes)
    return f"<?php\n$messages = [\n{rows}];\n"


def _python(codes: tuple[str, ...]) -> str:
    rows = "".join(f'    "{c}": _("{MESSAGE}"),\n' for c in codes)
    return f"DECLINE_MESSAGES = {{\n{rows}}}\n"


def _javascript(codes: tuple[str, ...]) -> str:
    rows = "".join(f"  {c}: t('{MESSAGE}'),\n" for c in codes)
    return f"export const declineMessages = {{\n{rows}}};\n"


def _switch(codes: tuple[str, ...]) -> str:
    rows = "".join(f'    case "{c}":\n        return "{MESSAGE}";\n' for c in codes)
    return f"switch (declineCode) {{\n{rows}    default:\n        return null;\n}}\n"


def _ruby_case(codes: tuple[str, ...]) -> str:
    rows = "".join(f"when '{c}' then t('declines.generic')\n" for c in codes)
    return f"case error.decline_code\n{rows}end\n"


def _yaml(codes: tuple[str, ...]) -> str:
    rows = "".join(f'  {c}: "{MESSAGE}"\n' for c in codes)
    return f"declines:\n{rows}"


SOURCES: tuple[Callable[[tuple[str, ...]], str], ...] = (
    _ruby,
    _php,
    _python,
    _javascript,
    _switch,
    _ruby_case,
    _yaml,
)
# A macro's rule for one code, in each language: the reply it sends.
MACROS = {
    "en": "If decline_code is {code}, send reply {reply}.",
    "de": "Wenn decline_code = {code} → Antwort {reply} senden.",
    "fr": "Si le decline_code est {code}, envoyer la réponse {reply}.",
    "es": "Si el decline_code es {code}, enviar la respuesta {reply}.",
    "pt-BR": "Se o decline_code for {code}, enviar a resposta {reply}.",
    "it": "Se il decline_code è {code}, inviare la risposta {reply}.",
    "nl": "Als de decline_code {code} is, stuur antwoord {reply}.",
    "sv": "Om decline_code är {code}, skicka svar {reply}.",
    "pl": "Jeśli decline_code to {code}, wyślij odpowiedź {reply}.",
    "ja": "decline_code が {code} の場合は返信 {reply} を送る。",
    "zh-Hans": "如果 decline_code 是 {code}，发送回复 {reply}。",
    "ko": "decline_code가 {code}인 경우 답장 {reply}를 보냅니다.",
}
# A post defining codes, one sentence each, in each language.
DEFINES = {
    "en": "{code} means the bank gave this reason.",
    "de": "{code} bedeutet, dass die Bank diesen Grund nennt.",
    "fr": "{code} signifie que la banque donne ce motif.",
    "es": "{code} significa que el banco da este motivo.",
    "pt-BR": "{code} significa que o banco deu este motivo.",
    "it": "{code} vuol dire che la banca ha dato questo motivo.",
    "nl": "{code} betekent dat de bank deze reden gaf.",
    "sv": "{code} betyder att banken gav detta skäl.",
    "pl": "{code} oznacza, że bank podał ten powód.",
    "ja": "{code} は銀行がこの理由を返したことを意味します。",
    "zh-Hans": "{code} 表示银行给出了这个原因。",
    "ko": "{code}는 은행이 이 사유를 반환했다는 뜻입니다.",
}
# One payment's note naming its code, in each language.
ONE_PAYMENT = {
    "en": "Macro applied to ticket 4411: payment {id} failed with {code}, sent reply A.",
    "de": "Makro auf Ticket 4411 angewandt: Zahlung {id} mit {code} abgelehnt, Antwort A.",
    "fr": "Macro appliquée au ticket 4411 : paiement {id} refusé avec {code}, réponse A.",
    "es": "Macro aplicada al ticket 4411: el pago {id} falló con {code}, respuesta A.",
    "ja": "チケット 4411 にマクロ適用: 支払い {id} は {code} で拒否されました。返信 A。",
    "ko": "티켓 4411에 매크로 적용: 결제 {id} 가 {code} 로 거절되었습니다. 답장 A.",
}
DAMAGES: tuple[Callable[[str], str], ...] = (str, html_tags, mail_quote, crlf)


@pytest.mark.parametrize(
    ("source", "codes", "damage"),
    list(itertools.product(SOURCES, CODE_SETS, DAMAGES)),
    ids=lambda value: getattr(
        value, "__name__", "-".join(value) if isinstance(value, tuple) else value
    )[:24],
)
def test_a_source_table_of_codes_is_no_payment(
    source: Callable[[tuple[str, ...]], str],
    codes: tuple[str, ...],
    damage: Callable[[str], str],
    known: CodeKinds,
) -> None:
    assert kind_of(damage(source(codes)), known) == "unusable"


@pytest.mark.parametrize(
    ("language", "codes", "damage"), list(itertools.product(MACROS, CODE_SETS, DAMAGES))
)
def test_a_macro_choosing_a_reply_per_code_is_no_payment(
    language: str, codes: tuple[str, ...], damage: Callable[[str], str], known: CodeKinds
) -> None:
    lines = [MACROS[language].format(code=c, reply="ABCD"[i]) for i, c in enumerate(codes)]
    assert kind_of(damage("Macro:\n" + "\n".join(lines)), known) == "unusable"


@pytest.mark.parametrize(("language", "codes"), list(itertools.product(DEFINES, CODE_SETS)))
def test_a_post_defining_codes_is_no_payment(
    language: str, codes: tuple[str, ...], known: CodeKinds
) -> None:
    text = " ".join(DEFINES[language].format(code=c) for c in codes)
    assert kind_of(text, known) == "unusable"


@pytest.mark.parametrize(
    ("language", "code"),
    list(itertools.product(ONE_PAYMENT, ("insufficient_funds", "stolen_card", "expired_card"))),
)
def test_one_payments_note_naming_its_code_is_its_failure(
    language: str, code: str, known: CodeKinds
) -> None:
    text = ONE_PAYMENT[language].format(id="ch_3QxGuideTest01AbCdEfGh", code=code)
    failures = read_paste(text, known).failures
    assert failures and failures[0].decline_code == code, text
    sensitive = bool(signals(failures[0], known.sensitive, known.sensitive_codes))
    assert sensitive == (code in known.sensitive_codes)


def test_a_note_telling_its_code_beside_a_condition_is_its_failure(known: CodeKinds) -> None:
    text = "If it were insufficient_funds we would retry; but the bank said do_not_honor."
    failures = read_paste(text, known).failures
    assert failures and failures[0].decline_code == "do_not_honor"
