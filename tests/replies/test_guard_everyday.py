"""Dangerous words with an everyday sense (issue 25): Japanese ブロック of a calendar slot,
Chinese 扣留 of a parcel at customs, the risk (リスク, 위험, 风险) of missing a sale. Such a word
is refused anywhere, in a reply of any language, unless a word of its language's `everyday`
group is near it (resources/guard/README.md)."""

from __future__ import annotations

import json

import pytest

from app.catalogue.catalog import Catalog
from app.replies.guard import Guard
from app.replies.normalise import is_cjk
from build.languages import LOCALES


def _everyday_rules(catalog: Catalog) -> list[tuple[str, str, list[str], list[str]]]:
    """(locale, reason, words, everyday words) of every rule that only everyday words clear
    and that applies to replies of every language (not a rule of `own_language` words, such as
    French "vol", which is Dutch "full")."""
    rows = catalog.guard_rows()
    found = []
    for locale, reason, kind, phrase in rows:
        if kind != "near":
            continue
        rule = json.loads(phrase)
        if rule.get("own_language"):
            continue
        if rule.get("neutral") not in (None, "nearer", "any", "none") and not rule["near"]:
            everyday = [
                w
                for loc, group, k, w in rows
                if loc == locale and k == "group" and group == rule["neutral"]
            ]
            found.append((locale, reason, rule["words"], everyday))
    return found


def test_the_everyday_senses_are_data_in_the_languages_that_need_them(catalog: Catalog) -> None:
    rules = _everyday_rules(catalog)
    words = {word for _, _, found, _ in rules for word in found}
    assert {"ブロック", "リスク", "위험", "风险", "風險", "扣留"} <= words
    assert all(everyday for _, _, _, everyday in rules)


@pytest.mark.parametrize("reply_locale", LOCALES)
def test_such_a_word_alone_is_refused_in_a_reply_of_any_language(
    catalog: Catalog, guard: Guard, reply_locale: str
) -> None:
    """As `words` are: "Hi, 风险." in an English reply, a card 扣留 in a Spanish one."""
    for _, _, words, _ in _everyday_rules(catalog):
        for word in words:
            assert guard.check(f"Hi Maria, {word}.", reply_locale), (word, reply_locale)


def test_each_everyday_word_lets_such_a_word_through(catalog: Catalog, rules: Guard) -> None:
    """Every pair of a guarded word and an everyday word of its language passes, in its
    language and with no locale, and the same word with no everyday word near is refused
    (Chinese and Japanese words side by side, Latin ones with a space)."""
    for locale, _, words, everyday in _everyday_rules(catalog):
        for word in words:
            if not is_cjk(word):
                # Latin words of such rules also have rules near a person or a card ("email
                # suspicious"): tests/replies/test_guard_classes.py reads them in sentences
                continue
            for other in everyday:
                joint = "" if is_cjk(word) and is_cjk(other) else " "
                text = f"{other}{joint}{word}。"
                start = len(other) + len(joint)
                for reply_locale in (locale, None):
                    # the guarded word passes (an everyday word may be refused near it on its
                    # own account: en "security team" near "other people's cards")
                    found = [p for p in rules.check(text, reply_locale) if p.end > start]
                    assert found == [], (text, reply_locale)
            assert rules.check(f"カード{word}。", locale), word


@pytest.mark.parametrize(
    ("locale", "harmless", "revealing"),
    [
        (
            "ja",
            "明日のお電話のため、カレンダーの枠をブロックしました。",
            "お客様のカードは当店でブロックされています。",
        ),
        (
            "ja",
            "セールを見逃すリスクがありますので、お早めにどうぞ。",
            "今回のお支払いはリスクが高いと判断されました。",
        ),
        ("zh-Hans", "您的包裹在海关被扣留，清关后会尽快发出。", "银行要求我们扣留您的卡。"),
        ("zh-Hans", "促销周日结束，有错过的风险。", "您的付款被判定为高风险。"),
        (
            "ko",
            "세일을 놓칠 위험이 있으니 서둘러 주세요.",
            "고객님의 결제는 위험 거래로 분류되었습니다.",
        ),
    ],
)
def test_the_same_word_reveals_or_not_by_what_it_speaks_of(
    guard: Guard, locale: str, harmless: str, revealing: str
) -> None:
    assert guard.check(harmless, locale) == []
    assert guard.check(revealing, locale)
    assert guard.check(revealing, None)
