"""The guard reads Korean, Chinese and Polish as their writers do (issue 28): Hangul composed
or decomposed (NFD, as macOS pastes it) and spaced, traditional forms of a simplified word,
full-width letters, and Polish written without its letters (ł as l)."""

from __future__ import annotations

import unicodedata

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import CHANNELS
from app.replies.guard import Guard
from app.replies.templates import variants


def listed(catalog: Catalog, locale: str, kinds: tuple[str, ...] = ("words",)) -> list[str]:
    return [w for loc, _, kind, w in catalog.guard_rows() if loc == locale and kind in kinds]


def test_every_korean_word_is_refused_composed_decomposed_and_spaced(
    catalog: Catalog, guard: Guard
) -> None:
    words = listed(catalog, "ko")
    assert len(words) > 50
    for word in words:
        for written in (word, unicodedata.normalize("NFD", word), " ".join(word.replace(" ", ""))):
            text = f"고객님, 안녕하세요. {written} 관련 안내입니다."
            assert guard.check(text, "ko"), (word, written)


def test_korean_replies_pass_when_pasted_decomposed(catalog: Catalog, guard: Guard) -> None:
    for reply_class in catalog.vocabulary("reply_classes"):
        for channel in CHANNELS:
            for text in variants(catalog.reply_template("ko", reply_class, channel)):
                assert guard.check(unicodedata.normalize("NFD", text), "ko") == [], reply_class


def test_a_korean_window_counts_syllables_not_letters(guard: Guard) -> None:
    # 신고된 needs the card within 12 syllables: here 10 syllables (25 letters once folded to
    # jamo) away, and 20 away, where the report is the customer's own about a page.
    near = "카드가 지난주 금요일 오후에 신고된 것으로 확인됩니다."
    far = "카드 결제 화면이 열리지 않는 문제는 어제 저녁 고객센터에 신고된 것으로 확인됩니다."
    for text in (near, unicodedata.normalize("NFD", near)):
        assert guard.check(text, "ko"), text
    for text in (far, unicodedata.normalize("NFD", far)):
        assert guard.check(text, "ko") == [], text


@pytest.mark.parametrize(
    ("simplified", "traditional"),
    [
        ("盗刷", "盜刷"),
        ("诈骗", "詐騙"),
        ("黑名单", "黑名單"),
        ("风险", "風險"),
        ("挂失", "掛失"),
        ("没收", "沒收"),
        ("未经授权", "未經授權"),
        ("风控", "風控"),
        ("冻结卡", "凍結卡"),
    ],
)
def test_a_chinese_word_is_refused_in_both_scripts_and_at_full_width(
    guard: Guard, simplified: str, traditional: str
) -> None:
    for word in (simplified, traditional, "\u3000".join(simplified), " ".join(traditional)):
        assert guard.check(f"您好！您的付款与{word}有关。", "zh-Hans"), word
        assert guard.check(f"Hi, {word}.", "en"), word


def test_japanese_words_do_not_refuse_ordinary_chinese(guard: Guard) -> None:
    # Japanese 不正 (fraud) is inside Chinese 不正确 (incorrect): Chinese keeps its own word.
    assert guard.check("您填写的卡信息不正确，请核对后再试。", "zh-Hans") == []
    assert guard.check("卡信息不正当使用。", "zh-Hans")


@pytest.mark.parametrize(
    "written",
    [
        "złodziej",
        "zlodziej",
        "ZŁODZIEJ",
        "ZLODZIEJ",
        "skradziona",
        "SKRADZIONĄ",
        "kradzieżą",
        "kradzieza",
    ],
)
def test_polish_is_read_with_and_without_its_letters(guard: Guard, written: str) -> None:
    assert guard.check(f"Karta: {written}.", "pl")


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("sv", "Det gäller en kortstöld."),
        ("sv", "Kortet är stöldanmält."),
        ("sv", "Ärendet gäller kortbedrägerier."),
        ("sv", "Kortet står på spärrlistan."),
        ("pl", "Zgłoszono kradzież karty."),
        ("pl", "Mamy do czynienia z oszustwami."),
    ],
)
def test_compounds_and_inflections_are_refused(guard: Guard, locale: str, text: str) -> None:
    assert guard.check(text, locale)
