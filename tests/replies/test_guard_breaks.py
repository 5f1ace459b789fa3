"""Break words per language when the reply's locale is not known (issue 25 item 8): a word
that ends a clause in one language ("mais", French for "but") is an ordinary word in another
(Portuguese "mais", more), so with no locale it ends a clause only in a text of its own
language. The sentences are composed from each language's lists: a card word, another
language's break word, a word of a rule that needs the card."""

from __future__ import annotations

import json
import unicodedata

import pytest

from app.catalogue.catalog import Catalog
from app.replies.guard import Guard
from build.languages import LOCALES
from tests.replies.scripts import written_in_cjk

_UNSPACED = written_in_cjk()  # their breaks are phrases inside words: not composed here


def _folded(word: str) -> str:
    """Without case and accents, as the guard compares words (Italian "però" is "pero")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _lists(catalog: Catalog) -> dict[str, dict[str, list[str]]]:
    """locale -> {"break": [...], "card": [...], "you": [...], "anchor": [...], "all": [...]}."""
    found: dict[str, dict[str, list[str]]] = {}
    for locale, reason, kind, phrase in catalog.guard_rows():
        lists = found.setdefault(locale, {"break": [], "card": [], "you": [], "anchor": []})
        lists.setdefault("all", []).extend(_folded(phrase).split())
        if kind == "break":
            lists["break"].append(phrase)
        elif kind == "group" and reason in ("card", "you"):
            lists[reason].append(phrase)
        elif kind == "near" and reason == "lost_or_stolen":
            rule = json.loads(phrase)
            if rule["near"] == ["card|owner"] and rule.get("neutral", "nearer") == "nearer":
                lists["anchor"].extend(w for w in rule["words"] if " " not in w)
    return found


def _sentences(catalog: Catalog) -> list[tuple[str, str, str]]:
    """(language, other language's break, sentence): "<you> <card> <break> <anchor>."."""
    lists = _lists(catalog)
    composed = []
    for locale in LOCALES:
        if locale in _UNSPACED:
            continue
        own = lists[locale]
        words_of_own = set(own["all"])
        you = next(w for w in own["you"] if " " not in w)
        card = next(w for w in own["card"] if " " not in w and w not in own["you"])
        anchor = own["anchor"][0]
        for other in LOCALES:
            if other in (locale, *_UNSPACED):
                continue
            for word in lists[other]["break"]:
                if " " in word or _folded(word) in words_of_own:
                    continue  # a break of this language too, or a word its lists know
                composed.append((locale, word, f"{you} {card} {word} {anchor}."))
    return composed


def test_other_languages_breaks_do_not_cut_a_clause(catalog: Catalog, rules: Guard) -> None:
    sentences = _sentences(catalog)
    assert len(sentences) >= 150
    cut = [(locale, word, text) for locale, word, text in sentences if not rules.check(text)]
    assert cut == []


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("pt-BR", "Seu cartão mais novo consta como extraviado no banco."),
        ("de", "Ihre Karte ist so gut wie sicher verloren gegangen."),
        ("es", "Su tarjeta en concreto figura como perdida."),
        ("pt-BR", "O cartão mais recente consta como perdido."),
    ],
)
def test_a_sentence_with_another_language_s_break_is_refused_without_a_locale(
    rules: Guard, locale: str, text: str
) -> None:
    assert rules.check(text), text
    assert rules.check(text, locale), text  # English "so" is no break in a German reply


@pytest.mark.parametrize(
    "text",
    [
        "The parcel was lost, but your card is fine.",
        "Le colis a été perdu, mais votre carte fonctionne.",
        "O pacote foi perdido, mas o seu cartão está ok.",
        "Das Paket ist verloren gegangen, aber Ihre Karte ist in Ordnung.",
        "Het pakket is verloren gegaan, maar uw kaart is in orde.",
        "El paquete se perdió, pero su tarjeta está bien.",
    ],
)
def test_a_language_s_own_break_still_ends_its_clause_without_a_locale(
    rules: Guard, text: str
) -> None:
    assert rules.check(text) == [], text
