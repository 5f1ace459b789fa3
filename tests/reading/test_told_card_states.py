# ruff: noqa: E501
"""A confidential reason told as a card's state in a bank's own words (issue 26, reading15w): a
status label, the card shown or listed as lost or stolen, a report of the theft named as a
thing, a restricted card, fraud suspected; in each of the twelve languages, in an agent's note,
a call transcript and a handover sheet's reason cell. Each is confidential; the same sentences
with a harmless state (expired, active) are not."""

from __future__ import annotations

import pytest

from app.reading.report import CodeKinds
from app.reading.sensitivity import signals
from tests.reading.conftest import failures_of

# (language, the declined payment, the card's state told, the same with a harmless state)
STATES = (
    ("en", "Payment declined.", "Card status: stolen", "Card status: expired"),
    ("en", "Payment declined.", "In the bank app the card shows as lost.", "In the bank app the card shows as expired."),
    ("en", "Payment declined.", "The card is restricted.", "The card is expired."),
    ("de", "Zahlung abgelehnt.", "Kartenstatus: gestohlen", "Kartenstatus: abgelaufen"),
    ("de", "Zahlung abgelehnt.", "In der App steht die Karte als gestohlen.", "In der App steht die Karte als abgelaufen."),
    ("de", "Zahlung abgelehnt.", "Die Bank vermutet Betrug.", "Die Bank vermutet einen Tippfehler."),
    ("fr", "Paiement refusé.", "Statut de la carte : volée", "Statut de la carte : expirée"),
    ("fr", "Paiement refusé.", "Dans l'appli, la carte apparaît comme volée.", "Dans l'appli, la carte apparaît comme expirée."),
    ("es", "Pago rechazado.", "Estado de la tarjeta: robada", "Estado de la tarjeta: vencida"),
    ("es", "Pago rechazado.", "En la app la tarjeta aparece como robada.", "En la app la tarjeta aparece como vencida."),
    ("es", "Pago rechazado.", "La tarjeta está restringida.", "La tarjeta está vencida."),
    ("pt-BR", "Pagamento recusado.", "Status do cartão: roubado", "Status do cartão: vencido"),
    ("pt-BR", "Pagamento recusado.", "No app o cartão aparece como roubado.", "No app o cartão aparece como vencido."),
    ("it", "Pagamento rifiutato.", "Stato carta: rubata", "Stato carta: scaduta"),
    ("it", "Pagamento rifiutato.", "Nell'app della banca la carta risulta rubata.", "Nell'app della banca la carta risulta scaduta."),
    ("it", "Pagamento rifiutato.", "La carta è stata denunciata come rubata.", "La carta è stata sostituita."),
    ("it", "Pagamento rifiutato.", "Nell'app: carta bloccata, denuncia di furto.", "Nell'app: carta attiva."),
    ("nl", "Betaling geweigerd.", "Kaartstatus: gestolen", "Kaartstatus: verlopen"),
    ("nl", "Betaling geweigerd.", "In de app staat de kaart als gestolen.", "In de app staat de kaart als verlopen."),
    ("sv", "Betalningen nekades.", "Kortstatus: stulet", "Kortstatus: utgånget"),
    ("sv", "Betalningen nekades.", "I appen visas kortet som stulet.", "I appen visas kortet som aktivt."),
    ("pl", "Płatność odrzucona.", "Status karty: skradziona", "Status karty: aktywna"),
    ("pl", "Płatność odrzucona.", "W aplikacji karta widnieje jako skradziona.", "W aplikacji karta widnieje jako aktywna."),
    ("ja", "決済が拒否されました。", "カードの状態：盗難", "カードの状態：有効"),
    ("ja", "決済が拒否されました。", "銀行アプリではカードが盗難扱いになっています。", "銀行アプリではカードが有効になっています。"),
    ("zh-Hans", "付款被拒。", "卡状态：被盗", "卡状态：正常"),
    ("zh-Hans", "付款被拒。", "银行App里显示这张卡已被盗。", "银行App里显示这张卡正常。"),
    ("ko", "결제 거절.", "카드 상태: 도난", "카드 상태: 정상"),
    ("ko", "결제 거절.", "은행 앱에서 카드가 도난 상태로 표시됩니다.", "은행 앱에서 카드가 정상 상태로 표시됩니다."),
)  # fmt: skip
CONTEXTS = (
    "Ticket 4411: {declined} {state}",
    "Agent: {declined}\nCustomer: {state}\nAgent: OK.",
)
# A handover sheet whose reason cell holds the card's state alone, in each language's words.
CELLS = (
    ("carta rubata", "carta scaduta"),
    ("Karte gestohlen", "Karte abgelaufen"),
    ("cartão roubado", "cartão vencido"),
    ("carte volée", "carte expirée"),
    ("tarjeta robada", "tarjeta vencida"),
    ("gestolen kaart", "verlopen kaart"),
    ("stulet kort", "utgånget kort"),
    ("skradziona karta", "wygasła karta"),
    ("盗難カード", "期限切れカード"),
    ("被盗卡", "过期卡"),
    ("도난 카드", "만료된 카드"),
)
SHEET = "date\tcustomer\tstatus\treason\n2026-12-01\tRossi\tdeclined\t{cell}\n"


def _marked(text: str, known: CodeKinds) -> bool:
    """Whether the failure read first is confidential (no failure read: not marked)."""
    found = failures_of(text, known)
    return bool(found) and bool(signals(found[0], known.sensitive, known.sensitive_codes))


@pytest.mark.parametrize("context", CONTEXTS)
@pytest.mark.parametrize(("locale", "declined", "state", "harmless"), STATES)
def test_a_card_state_told_in_a_banks_words_is_confidential(
    locale: str, declined: str, state: str, harmless: str, context: str, known: CodeKinds
) -> None:
    assert _marked(context.format(declined=declined, state=state), known), locale
    assert not _marked(context.format(declined=declined, state=harmless), known), locale


@pytest.mark.parametrize(("cell", "harmless"), CELLS)
def test_a_sheets_reason_cell_that_tells_a_lost_or_stolen_card_is_confidential(
    cell: str, harmless: str, known: CodeKinds
) -> None:
    assert _marked(SHEET.format(cell=cell), known), cell
    assert not _marked(SHEET.format(cell=harmless), known), harmless


def test_a_customers_story_of_a_stolen_card_is_no_state() -> None:
    """The state forms need a status, a bank's screen or a report: a story is none of them."""
    from app.reading.told_reasons import told_reasons

    assert told_reasons("my old card was stolen last summer, this is the new one. declined.") == []
