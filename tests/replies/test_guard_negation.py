"""A block word said not to hold (issue 25): "your account is not blocked, reset your password"
is an everyday reply, "your account is blocked" is not. A `near` rule with `negation` lets its
word through when a word of the language's `negation` group stands just before it, and only
before it ("blocked, not expired" is still refused); resources/guard/README.md."""

from __future__ import annotations

import json

import pytest

from app.catalogue.catalog import Catalog
from app.replies.guard import Guard
from build.languages import LOCALES

_UNSPACED = ("ja", "zh-Hans")  # written without spaces between words


def _unnegated(catalog: Catalog, locale: str | None) -> set[str]:
    """Words of rules a negation does not clear, of `locale` (None: of every language)."""
    return {
        word
        for loc, _, kind, phrase in catalog.guard_rows()
        if kind == "near" and locale in (None, loc) and not json.loads(phrase).get("negation")
        for word in json.loads(phrase)["words"]
    }


def _negated(catalog: Catalog, locale: str) -> tuple[list[str], list[str], list[str]]:
    """(words of the language's rules with `negation` and of no other rule, its negation
    words, its account words)."""
    rows = catalog.guard_rows()
    groups: dict[str, list[str]] = {}
    for loc, group, kind, phrase in rows:
        if loc == locale and kind == "group":
            groups.setdefault(group, []).append(phrase)
    elsewhere = _unnegated(catalog, locale)
    words = [
        word
        for loc, _, kind, phrase in rows
        if loc == locale and kind == "near" and json.loads(phrase).get("negation")
        for word in json.loads(phrase)["words"]
        if word not in elsewhere
    ]
    neutral = set(groups.get("neutral", []))
    accounts = [w for w in groups.get("account", []) if w not in neutral]
    return words, groups.get("negation", []), accounts


def _sentence(locale: str, *parts: str) -> str:
    space = "" if locale in _UNSPACED else " "
    return space.join(parts) + ("。" if locale in _UNSPACED else ".")


def test_the_languages_with_a_negation_say_so_in_their_block_rule(catalog: Catalog) -> None:
    negated = {locale for locale in LOCALES if all(_negated(catalog, locale)[:2])}
    # Japanese and Korean negate after the verb: their denials are `allowed` phrases.
    assert negated == set(LOCALES) - {"ja", "ko"}


@pytest.mark.parametrize("locale", sorted(set(LOCALES) - {"ja", "ko"}))
def test_a_negation_just_before_the_word_clears_it(
    catalog: Catalog, rules: Guard, locale: str
) -> None:
    """Every word of the rule, after every negation word of its language: passes in its
    language and with no locale; the same word with no negation is refused."""
    words, negations, accounts = _negated(catalog, locale)
    allowed = [p.casefold() for _, _, kind, p in catalog.guard_rows() if kind == "allowed"]
    anywhere = _unnegated(catalog, None)  # with no locale, other languages' rules apply too
    checked = 0
    for word in words:
        plain = _sentence(locale, accounts[0], word)
        if rules.check(word, locale) or any(p in plain.casefold() for p in allowed):
            continue  # refused alone ("barred" is a word of `words`), or set aside
        assert rules.check(plain, locale), plain
        for negation in negations:
            denied = _sentence(locale, accounts[0], negation, word)
            assert not rules.check(denied, locale), denied
            if word not in anywhere:
                assert not rules.check(denied, None), denied
            checked += 1
    assert checked >= len(negations) * 3


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "Your account is blocked, not expired."),
        ("en", "The card is not expired, the card is blocked."),
        ("de", "Ihr Konto ist gesperrt, nicht abgelaufen."),
        ("fr", "Votre compte est bloqué, pas expiré."),
        ("es", "Su cuenta está bloqueada, no caducada."),
        ("pl", "Pana konto jest zablokowane, nie wygasło."),
        ("zh-Hans", "您的账户被锁定了，没有过期。"),
    ],
)
def test_a_negation_after_the_word_or_further_away_does_not(
    rules: Guard, locale: str, text: str
) -> None:
    assert rules.check(text, locale), text


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "Your account is not blocked, you only need to reset your password."),
        ("it", "Il Suo account non è bloccato, deve solo reimpostare la password."),
        ("pt-BR", "Sua conta não está bloqueada, é só redefinir a senha."),
        ("zh-Hans", "您的账户并没有被锁定，只需重置密码即可。"),
        ("ja", "アカウントはブロックされていません。パスワードを再設定してください。"),
        ("ko", "계정은 차단되지 않았습니다. 비밀번호만 재설정해 주세요."),
    ],
)
def test_an_account_said_not_blocked_passes_with_the_classifier(
    catalog: Catalog, locale: str, text: str
) -> None:
    assert Guard.from_catalog(catalog).check(text, locale) == [], text
