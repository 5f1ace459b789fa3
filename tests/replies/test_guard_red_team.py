"""The red-team table: every revealing edit is refused, every ordinary edit and shipped reply
passes (tests/data/guard/*.toml)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import CHANNELS
from app.replies.guard import Guard
from app.replies.templates import variants
from build.languages import LOCALES

DATA = Path(__file__).parent.parent / "data" / "guard"


def _table(name: str) -> dict:
    return tomllib.loads((DATA / name).read_text(encoding="utf-8"))


REVEALING = [
    (section if section in LOCALES else section.split("-")[0], trick, text)
    for section, tricks in _table("revealing.toml").items()
    for trick, texts in tricks.items()
    for text in texts
]
HARMLESS = [(locale, text) for locale, texts in _table("harmless.toml").items() for text in texts]


def test_the_table_covers_every_language_and_trick() -> None:
    assert len(REVEALING) >= 200
    assert {locale for locale, _, _ in REVEALING} == set(LOCALES)
    tricks = {trick for _, trick, _ in REVEALING}
    assert {
        "digits",
        "spaced",
        "hyphenated",
        "cyrillic",
        "greek",
        "zero_width",
        "soft_hyphen",
        "reversed",
        "html_entity",
        "html_tag",
        "markdown",
        "masked",
        "split",
        "codes",
        "accentless",
        "halfwidth",
        "capital_i",
        "html_comment",
        "unicode_styles",
        "separators",
        "paraphrase",
        "encoded",
        "holdout",
    } <= tricks
    assert len(HARMLESS) >= 100


def test_every_language_has_as_many_harmless_sentences_as_revealing_ones() -> None:
    """Refusing too much is measured as closely as refusing too little: harmless uses of
    every weak word (lost, blocked, perdu, verloren, 紛失...) in every language."""
    for locale in LOCALES:
        revealing = sum(1 for where, _, _ in REVEALING if where == locale)
        harmless = sum(1 for where, _ in HARMLESS if where == locale)
        assert harmless >= revealing, (locale, harmless, revealing)
    for locale in LOCALES:
        tricks = {trick for where, trick, _ in REVEALING if where == locale}
        assert {"paraphrase", "encoded", "holdout"} <= tricks, locale


def test_every_revealing_edit_is_refused(guard: Guard) -> None:
    missed = [
        (locale, trick, text) for locale, trick, text in REVEALING if not guard.check(text, locale)
    ]
    assert missed == []


def test_every_ordinary_edit_passes(guard: Guard) -> None:
    refused = [
        (locale, text, [p.phrase for p in guard.check(text, locale)])
        for locale, text in HARMLESS
        if guard.check(text, locale)
    ]
    assert refused == []


@pytest.mark.parametrize("locale", LOCALES)
def test_every_shipped_reply_passes_with_its_parts_in_and_out(
    catalog: Catalog, guard: Guard, locale: str
) -> None:
    classes = catalog.vocabulary("reply_classes")
    for reply_class in classes:
        for channel in CHANNELS:
            for text in variants(catalog.reply_template(locale, reply_class, channel)):
                assert guard.check(text, locale) == [], (reply_class, channel, text)
    frame = catalog.reply_frame(locale)
    for text in (*variants(frame.greeting), frame.closing, *variants(frame.signature)):
        assert guard.check(text, locale) == [], text


def test_a_problem_points_at_the_phrase_as_written(guard: Guard) -> None:
    text = "Hello,\nyour card was reported s\u200bt0len, sorry."
    (problem,) = guard.check(text, "en")
    assert text[problem.start : problem.end] == problem.phrase == "reported s\u200bt0len"
    assert "lost or stolen" in problem.reason


def test_language_specific_words_stay_in_their_language(guard: Guard) -> None:
    assert guard.check("Je winkelmand is nog vol.", "nl") == []
    assert guard.check("C'est un vol de carte.", "fr")
    assert guard.check("De golpe funcionó.", "es") == []
    assert guard.check("Foi um golpe.", "pt-BR")


def test_every_revealing_edit_is_refused_in_a_reply_pack(catalog: Catalog, guard: Guard) -> None:
    """The same edits as a team's reply pack, plain and split by a placeholder."""
    import json

    from app.replies.packs import PackError, load_pack

    imported = []
    for locale, trick, text in REVEALING:
        middle = len(text) // 2
        split = f"{text[:middle]}[[{{customer_first_name}}]]{text[middle:]}"
        for body in (text, split):
            pack = (
                f'[replies.generic_decline."{locale}"]\n'
                f"chat = {json.dumps(body, ensure_ascii=False)}\n"
            )
            try:
                load_pack(pack, catalog.vocabulary("reply_classes"), catalog.reply_locales(), guard)
            except PackError:
                continue
            imported.append((locale, trick, body))
    assert imported == []


def test_the_third_held_out_set_meets_the_goal(guard: Guard) -> None:
    """Sentences written after the rules were built (tests/data/guard/holdout3.toml): at least
    95% of revealing ones refused and at most 2% of harmless ones, over all languages."""
    held_out = _table("holdout3.toml")
    assert set(held_out) == set(LOCALES)
    revealing = [(locale, text) for locale, sets in held_out.items() for text in sets["revealing"]]
    harmless = [(locale, text) for locale, sets in held_out.items() for text in sets["harmless"]]
    refused = sum(1 for locale, text in revealing if guard.check(text, locale))
    wrongly_refused = sum(1 for locale, text in harmless if guard.check(text, locale))
    assert refused >= 0.95 * len(revealing), (refused, len(revealing))
    assert wrongly_refused <= 0.02 * len(harmless), (wrongly_refused, len(harmless))


@pytest.mark.parametrize(
    ("name", "at_least", "at_most"),
    [
        ("holdout6.toml", 0.91, 0.01),
        ("holdout7.toml", 0.91, 0.025),
        ("holdout8.toml", 0.90, 0.025),
        # tenth: 85.6% and 4.6% when measured once; 97.1% and 0.2% once its classes were read
        ("holdout10.toml", 0.97, 0.01),
        # eleventh: written after branch guard4's changes, measured once: 79.2% and 10.8%;
        # 78.3% once a shipped reply's fragment was taught as harmless ("a card replaced");
        # 77.9% (187 of 240) once merged with issue 22's new reply texts, which the classifier
        # also trains on: one sentence moved, the harmless side held; 91.7% and 0.4% once
        # branch guard8 built its classes (an account marked for a free upgrade, scam texts, the
        # risk of a delay, a shop that no longer does business with the customer)
        ("holdout11.toml", 0.90, 0.01),
        # twelfth (guard_m): 94.8% and 2.7% on main when measured once; 95.2% and 0% once the
        # classes of its false refusals and guard_n's were built (branch guard5; 456 of 479
        # without a sentence the training files compose; the floor leaves a retrained
        # classifier two sentences)
        ("holdout12.toml", 0.945, 0.01),
        # thirteenth (guard_n): 87.5% and 7.9% on main when measured once; 86.7% and 0.6% after
        # (guard5: the everyday senses moved its false refusals, a retrained classifier moved
        # four revealing sentences either way); 94.6% after branch guard8 (removed from the
        # platform, no more business, marked as unwanted)
        ("holdout13.toml", 0.93, 0.01),
        # fourteenth: written after branch guard5's changes, measured once: 88.3% and 3.3%
        # (main on the same sentences: 88.3% and 3.8%); 88.2% without three sentences the
        # training files compose, and 0.4% harmless once the classes of its false refusals were
        # built (a card reader, a refund under review, a delay, "so much")
        ("holdout14.toml", 0.875, 0.01),
        # fifteenth (guard_o): 92.7% and 3.5% on main, then 93.3% and 2.7% on the merged main
        # with branch guard5, when measured once; 99.8% and 0% once its classes were built
        # (branch guard6: negations, slang, bans, dangerous ratings, terminals)
        ("holdout15.toml", 0.99, 0.005),
        # sixteenth: written after branch guard6's changes, measured once: 87.9% and 4.2%
        # (main on the same sentences: 85.0% and 7.9%); 4.3% without five harmless sentences
        # the training files compose; 92.9% and 2.1% after branch guard8 (marked as unwanted,
        # no more business, scam texts)
        ("holdout16.toml", 0.915, 0.025),
        # seventeenth (guard_p): 91.2% and 4.4% on main, then 93.5% and 4.4% on the merged main
        # with branch guard6, when measured once (reasons told through a consequence or a third
        # party; security advice, orders held for review, disputes the customer opened); 98.5%
        # and 1.9% once its classes were built (branch guard7: advice about phishing, slots
        # closed for maintenance, cards kept at a counter, consequences and third parties);
        # 99.0% and 0.8% after branch guard8's classes (wallets, banks, incidents, screenings)
        ("holdout17.toml", 0.985, 0.015),
        # eighteenth: written after branch guard7's changes (consequences and third parties;
        # security advice, cards on file, orders held, disputes), measured once: 85.4% and
        # 2.5% (main on the same sentences: 82.9% and 2.5%); the classifier retrained with a
        # shipped reply's fragment as harmless then refused one more of its harmless sentences;
        # 96.7% and 2.1% once branch guard8 built its classes (test purchases, access refused)
        ("holdout18.toml", 0.95, 0.025),
        # nineteenth (guard_q): 90.6% and 3.3% on main, then 91.7% and 2.7% on the merged main
        # with branch guard7, when measured once (hurried chat lines; reasons told by what the
        # bank or the merchant did; harmless sentences with the same verbs); 99.8% and 0.2%
        # once branch guard8 built its classes (a card kept for the bank, a card refused after
        # an incident, time stolen on the phone, the card industry's rules)
        ("holdout19.toml", 0.985, 0.01),
        # twentieth: written after branch guard8's first lists, measured once: 91.7% and 3.3%
        # (main on the same sentences: 90.4% and 3.3%); 100% and 0.4% once its classes were
        # built (a card to stay with the shop, a danger score, anti-abuse rules, days of the
        # week as a calendar's, spam filters)
        ("holdout20.toml", 0.98, 0.01),
        # Sentences in the same vocabulary used in their everyday sense (a parcel stolen, a
        # suspicious e-mail, time stolen for a message), and reasons told in chat typos
        ("holdout21.toml", 0.99, 0.015),
        # twenty-second: written after branch guard9's slips and training concepts, measured
        # once: 96.7% and 5.8% (main 94.2% and 5.8%); 99.2% and 1.7% once its classes were
        # built (a moment or a look stolen, a parcel taken at the door, a card gone somewhere)
        ("holdout22.toml", 0.99, 0.02),
        # twenty-third (guard_s): identity doubts, do-not-serve marks, restrictions told as a
        # noun; PIN advice, small risks of damage, idioms of stealing
        ("holdout23.toml", 0.955, 0.05),
        # twenty-fourth: written after branch guard10's classes (idioms, everyday risks,
        # security advice, issuer declines; identity doubts, restrictions, a new card number),
        # measured once: 95.8% and 0.8%
        ("holdout24.toml", 0.95, 0.01),
        # twenty-fifth (guard_t): phishing and scam warnings, idioms of stealing, everyday
        # risks, account-security routine; do-not-serve lists, restrictions, romanised words
        ("holdout25.toml", 0.96, 0.075),
        # twenty-sixth (guard_u): measured fresh on the merged main, never shown to a branch
        # (96.7% and 3.5% after branch guard11 moved the words with an everyday sense)
        ("holdout26.toml", 0.965, 0.04),
        # twenty-seventh: written after branch guard11's classes (everyday senses of the
        # sensitive words, restricted cards, other people's cards), measured once: 100% and
        # 4.2% (main on the same sentences: 98.3% and 5.0%); 100% and 0% once its false
        # refusals were built as classes
        ("holdout27.toml", 0.99, 0.01),
        # twenty-eighth (guard_v): its classes went to branch guard11 (gift cards, bookings,
        # marketplaces; scam warnings, accounts locked by passwords, other cards lost, blocked
        # contacts, lists; capped cards, pick-up orders, registers of lost cards, mules)
        ("holdout28.toml", 0.95, 0.055),
        # twenty-ninth (guard_w): measured fresh on the merged main, never shown to a branch
        ("holdout29.toml", 0.935, 0.065),
        # thirtieth: written after branch guard12's frames, measured once: 86.7% and 7.5%
        # (main on the same sentences: 85.8% and 19.2%)
        ("holdout30.toml", 0.86, 0.075),
        # thirty-first (guard_x): its classes went to branch guard12 (scam warnings, insurance
        # against theft, things held that are not the card, lost property; cards kept at a desk,
        # refusal lists, identity doubts)
        ("holdout31.toml", 0.94, 0.025),
        # thirty-second (guard_y): measured fresh on the merged main, never shown to a branch
        ("holdout32.toml", 0.905, 0.095),
        # thirty-third: written after branch guard13's anchors (a weak word needs the card, the
        # payment or the payer in its clause), measured once: 86.7% and 5.8% (main on the same
        # sentences: 90.8% and 15.8%)
        ("holdout33.toml", 0.86, 0.06),
        # thirty-fourth (guard_z): its classes went to branch guard13 (third parties' thefts,
        # theft insurance, idioms and proverbs, scam warnings, everyday risks and lists; lists of
        # addresses not served, restricted cards, cards out of their owner's hands, kept cards)
        ("holdout34.toml", 0.925, 0.025),
        # thirty-fifth (guard_aa): measured fresh on the merged main, never shown to a branch
        ("holdout35.toml", 0.895, 0.045),
        # thirty-sixth: written after branch guard14's concepts, measured once: 96.7% and 4.2%
        # (main on the same sentences: 96.7% and 5.8%); held at what its classes reached after
        ("holdout36.toml", 0.98, 0.01),
        # thirty-seventh (guard_ab): measured fresh on the merged main, never shown to a branch
        ("holdout37.toml", 0.89, 0.03),
        # thirty-eighth (guard_ac): measured fresh on main and the merged main, shown to no branch
        ("holdout38.toml", 0.96, 0.03),
    ],
)
def test_the_later_held_out_sets_keep_the_level_they_reached(
    guard: Guard, name: str, at_least: float, at_most: float
) -> None:
    """Sets measured once each in all twelve languages (BENCHMARKS.md): short of the goal, held
    at the level reached so that no change goes below it."""
    held_out = _table(name)
    assert set(held_out) == set(LOCALES)
    revealing = [(locale, text) for locale, sets in held_out.items() for text in sets["revealing"]]
    harmless = [(locale, text) for locale, sets in held_out.items() for text in sets["harmless"]]
    refused = sum(1 for locale, text in revealing if guard.check(text, locale))
    wrongly_refused = sum(1 for locale, text in harmless if guard.check(text, locale))
    assert refused >= at_least * len(revealing), (refused, len(revealing))
    assert wrongly_refused <= at_most * len(harmless), (wrongly_refused, len(harmless))


def test_the_ninth_held_out_set_keeps_the_level_it_was_measured_at(guard: Guard) -> None:
    """Written after the concept training sentences and the everyday senses were built (issue
    25), in four languages, and measured once: 75 / 80 revealing refused, 6 / 80 harmless
    refused (every one by the lists: tips against fraud emails, a small risk of selling out,
    a list of accepted cards). Merged with the new reply classes of issue 22 (the classifier
    learns the shipped replies as harmless) and without "Votre compte client est" among the
    French revealing subjects (it made "Votre compte client est bien créé." revealing), 74."""
    held_out = _table("holdout9.toml")
    assert len(held_out) == 4 and set(held_out) <= set(LOCALES)
    revealing = [(locale, text) for locale, sets in held_out.items() for text in sets["revealing"]]
    harmless = [(locale, text) for locale, sets in held_out.items() for text in sets["harmless"]]
    assert len(revealing) == len(harmless) == 80
    refused = sum(1 for locale, text in revealing if guard.check(text, locale))
    wrongly_refused = sum(1 for locale, text in harmless if guard.check(text, locale))
    assert refused >= 74, (refused, len(revealing))
    assert wrongly_refused <= 6, (wrongly_refused, len(harmless))
