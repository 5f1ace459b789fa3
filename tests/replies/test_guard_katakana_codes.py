"""The sensitive decline codes written in katakana, as Japanese agents and screens say them
(ストールンカード for stolen_card): refused in a Japanese reply and in a reply of no locale, in
every frame and with every separator between the two words; the everyday katakana words they
share (a lost baggage desk, a store pickup) pass."""

from __future__ import annotations

import itertools

import pytest

from app.replies.guard import Guard

KATAKANA = {
    "stolen_card": ("ストールン", "カード"),
    "lost_card": ("ロスト", "カード"),
    "pickup_card": ("ピックアップ", "カード"),
}
SEPARATORS = ("", "・", " ", "\u3000")
FRAMES = (
    "決済エラー：{}",
    "カード会社からは「{}」と表示されたそうです。",
    "{}のため、お支払いできませんでした。",
)
EVERYDAY = (
    "ロストバゲージの件は空港のカウンターにお問い合わせください。",
    "店舗ピックアップのご注文は、明日の午後から受け取れます。",
    "ポイントカードをなくされた場合は、店頭で再発行いたします。",
)


@pytest.mark.parametrize("code", sorted(KATAKANA))
@pytest.mark.parametrize("locale", ["ja", None])
def test_a_sensitive_code_in_katakana_is_refused(
    guard: Guard, code: str, locale: str | None
) -> None:
    first, second = KATAKANA[code]
    for separator, frame in itertools.product(SEPARATORS, FRAMES):
        text = frame.format(f"{first}{separator}{second}")
        assert guard.check(text, locale), text


@pytest.mark.parametrize("text", EVERYDAY)
def test_the_everyday_katakana_words_pass(guard: Guard, text: str) -> None:
    assert not guard.check(text, "ja"), text
