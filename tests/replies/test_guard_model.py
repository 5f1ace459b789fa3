"""The guard's classifier (app/replies/guard_model.py): it refuses paraphrases it was never
trained on, never a shipped reply, points at the sentence it refuses, and a damaged or
missing model leaves the rules checking alone, with a notice."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import CHANNELS
from app.cli import main as cli
from app.replies.guard import Guard
from app.replies.guard_model import GuardModel
from app.replies.normalise import Normaliser, words_line
from app.replies.templates import variants
from build.languages import LOCALES
from tests.conftest import ROOT

DATA = Path(__file__).parent.parent / "data" / "guard"


def _held_out(name: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    table = tomllib.loads((DATA / name).read_text(encoding="utf-8"))
    revealing = [(locale, text) for locale, sets in table.items() for text in sets["revealing"]]
    harmless = [(locale, text) for locale, sets in table.items() for text in sets["harmless"]]
    return revealing, harmless


@pytest.fixture(scope="module")
def model(catalog: Catalog) -> GuardModel:
    return GuardModel.from_rows(catalog.guard_model())


@pytest.fixture(scope="module")
def normaliser(catalog: Catalog) -> Normaliser:
    return Normaliser(catalog.confusables())


def _refuses(model: GuardModel, normaliser: Normaliser, text: str) -> bool:
    folded = normaliser.fold(text).text
    return any(True for _ in model.refused(folded, words_line(folded)))


@pytest.mark.parametrize(
    ("name", "at_least"), [("holdout3.toml", 0.5), ("holdout4.toml", 0.5), ("holdout5.toml", 0.3)]
)
def test_the_classifier_alone_refuses_held_out_paraphrases(
    model: GuardModel, normaliser: Normaliser, name: str, at_least: float
) -> None:
    """Sentences written apart from the training sentences (measured with twelve training
    files: 237 / 380 of the third set, 83 / 120 of the fourth and 32 / 80 of the fifth
    refused, no harmless one)."""
    trained = {path.stem for path in (ROOT / "resources" / "guard" / "training").glob("*.toml")}
    revealing, harmless = _held_out(name)
    revealing = [(locale, text) for locale, text in revealing if locale in trained]
    refused = sum(_refuses(model, normaliser, text) for _, text in revealing)
    wrongly = [text for _, text in harmless if _refuses(model, normaliser, text)]
    assert refused >= at_least * len(revealing), (refused, len(revealing))
    assert len(wrongly) <= 0.01 * len(harmless), wrongly


@pytest.mark.parametrize(
    ("name", "at_least", "more"), [("holdout4.toml", 0.875, 8), ("holdout5.toml", 0.45, 11)]
)
def test_with_the_classifier_the_guard_refuses_more_of_a_fresh_set(
    guard: Guard, rules: Guard, name: str, at_least: float, more: int
) -> None:
    """Sets written after the rules and never used to train or tune either. Fourth: 81.7%
    refused by the rules alone, 91.7% with the classifier; fifth (oblique paraphrases): 32.5%
    and 55.0%; no more harmless ones refused either way."""
    revealing, harmless = _held_out(name)
    by_rules = sum(bool(rules.check(text, locale)) for locale, text in revealing)
    by_both = sum(bool(guard.check(text, locale)) for locale, text in revealing)
    assert by_both >= at_least * len(revealing) and by_both >= by_rules + more, (by_rules, by_both)
    wrong_rules = sum(bool(rules.check(text, locale)) for locale, text in harmless)
    wrong_both = sum(bool(guard.check(text, locale)) for locale, text in harmless)
    assert wrong_both == wrong_rules


@pytest.mark.parametrize("locale", LOCALES)
def test_the_classifier_reads_every_reply_language(
    model: GuardModel, normaliser: Normaliser, locale: str
) -> None:
    """Every reply language has training sentences that teach the model its paraphrases:
    alone it refuses a share of the language's held-out sentences of the third set (measured:
    21 to 32 of 40 in the first eight languages; Korean 6, Chinese 9, Polish 8, Swedish 10 of
    15, where 0, 0, 0 and 1 were refused before they had a training file) and no harmless
    sentence of the set or of the harmless table."""
    table = tomllib.loads((DATA / "holdout3.toml").read_text(encoding="utf-8"))[locale]
    everyday = tomllib.loads((DATA / "harmless.toml").read_text(encoding="utf-8"))[locale]
    refused = sum(_refuses(model, normaliser, text) for text in table["revealing"])
    assert refused >= 0.25 * len(table["revealing"]), (refused, len(table["revealing"]))
    wrongly = [text for text in table["harmless"] + everyday if _refuses(model, normaliser, text)]
    assert wrongly == []


def test_no_held_out_sentence_is_a_training_sentence(
    catalog: Catalog, normaliser: Normaliser
) -> None:
    """The measure stays clean: no sentence of a held-out set is composed by the training
    data (compared as the model reads them)."""
    from build.guard_model import load_training

    problems: list[str] = []
    examples = load_training(
        ROOT / "resources" / "guard" / "training", catalog.guard_reasons(), problems
    )
    assert problems == []

    def read(text: str) -> str:
        return " ".join(words_line(normaliser.fold(text).text).split())

    trained = {read(text) for _, text, _ in examples}
    for name in (
        "holdout3.toml",
        "holdout4.toml",
        "holdout5.toml",
        "holdout6.toml",
        "holdout7.toml",
        "holdout8.toml",
        "holdout9.toml",
        "holdout10.toml",
        "holdout11.toml",
        "holdout12.toml",
        "holdout13.toml",
        "holdout14.toml",
        "holdout15.toml",
        "holdout16.toml",
        "holdout17.toml",
        "holdout18.toml",
        "holdout19.toml",
        "holdout20.toml",
        "holdout21.toml",
        "holdout22.toml",
        "holdout23.toml",
        "holdout24.toml",
        "holdout25.toml",
        "holdout26.toml",
        "holdout27.toml",
        "holdout28.toml",
        "holdout29.toml",
        "holdout30.toml",
        "holdout31.toml",
        "holdout32.toml",
        "holdout33.toml",
        "holdout34.toml",
        "holdout35.toml",
        "holdout36.toml",
        "holdout37.toml",
        "holdout38.toml",
    ):
        revealing, harmless = _held_out(name)
        assert [text for _, text in revealing + harmless if read(text) in trained] == []


@pytest.mark.parametrize("locale", LOCALES)
def test_the_classifier_refuses_no_shipped_reply(
    catalog: Catalog, model: GuardModel, normaliser: Normaliser, locale: str
) -> None:
    for reply_class in catalog.vocabulary("reply_classes"):
        for channel in CHANNELS:
            for text in variants(catalog.reply_template(locale, reply_class, channel)):
                assert not _refuses(model, normaliser, text), (reply_class, channel, text)
    frame = catalog.reply_frame(locale)
    for text in (*variants(frame.greeting), frame.closing, *variants(frame.signature)):
        assert not _refuses(model, normaliser, text), text


def test_a_refused_sentence_is_pointed_at_with_its_reason(guard: Guard, rules: Guard) -> None:
    """A paraphrase no list names (of the fourth held-out set) is refused as the sentence it
    is, as written."""
    sentence = "Seg\u00fan su banco, le quitaron la tarjeta en el autob\u00fas"
    text = f"Gracias por escribirnos. {sentence}. Saludos, Acme"
    assert rules.check(text, "es") == []
    (problem,) = guard.check(text, "es")
    assert problem.phrase == text[problem.start : problem.end] == sentence
    assert "lost or stolen" in problem.reason


def test_the_rules_name_the_phrase_when_both_refuse(guard: Guard) -> None:
    (problem,) = guard.check("Sorry, your card was reported stolen to your bank.", "en")
    assert problem.phrase == "reported stolen"


@pytest.mark.parametrize(
    "damage", ["missing", "no meta", "bad json", "other format", "short weights", "text"]
)
def test_a_missing_or_damaged_model_leaves_the_rules_with_a_notice(
    catalog: Catalog, damage: str
) -> None:
    rows = dict(catalog.guard_model())
    if damage == "missing":
        rows = {}
    elif damage == "no meta":
        del rows["meta"]
    elif damage == "bad json":
        rows["meta"] = b"{not json"
    elif damage == "other format":
        rows["meta"] = rows["meta"].replace(b'"format": 1', b'"format": 99')
    elif damage == "short weights":
        rows["weights"] = rows["weights"][:-3]
    else:
        rows["slots"] = b""
    guard = Guard(catalog.guard_rows(), catalog.guard_reasons(), catalog.confusables(), rows)
    assert guard.check("Your card was reported stolen.", "en")
    assert guard.check("Your payment did not go through; please try another card.", "en") == []
    assert guard.notice is not None and "word lists only" in guard.notice


def test_check_reply_says_when_the_classifier_cannot_be_used(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(Catalog, "guard_model", lambda self: {})
    reply = tmp_path / "reply.txt"
    reply.write_text("Your card was reported stolen.", encoding="utf-8")
    status = cli.main(["check-reply", "--locale", "en", str(reply)])
    _, err = capsys.readouterr()
    assert status == 1
    assert err.count("classifier cannot be used (it is missing)") == 1


def test_the_classifier_is_not_read_until_a_check(catalog: Catalog) -> None:
    """Loading the guard (the window does it at start) reads the lists; the model's weights
    are decoded on the first check."""
    guard = Guard.from_catalog(catalog)
    guard.load()
    assert guard._model is None
    guard.check("Hello", "en")
    assert guard._model is not None


def test_a_number_or_a_long_word_is_read_the_same_on_the_short_path() -> None:
    """Most sentences have neither a number nor a word longer than the model reads: their
    words are taken as they are, and a sentence with either still reads every number as one
    word and a long word by its first letters."""
    from app.replies.guard_model import words_of

    assert words_of("your card was declined") == ["your", "card", "was", "declined"]
    assert words_of("order 12345 and 99 items") == ["order", "0", "and", "0", "items"]
    assert words_of("st0len card") == ["st0len", "card"]
    assert words_of("a" * 30 + " card") == ["a" * 24, "card"]


def test_a_long_sentence_that_repeats_itself_is_refused_in_every_piece(
    model: GuardModel, normaliser: Normaliser
) -> None:
    """A piece met again is judged once, with the same verdict: a revealing sentence repeated
    without a full stop is refused in each piece, and the same text with a harmless sentence
    in none."""
    revealing = "the bank says someone else now has your card and is walking around with it "
    harmless = "your payment did not go through so please try another card or a bank transfer "
    for text, refused in ((revealing * 60, True), (harmless * 60, False)):
        folded = normaliser.fold(text).text
        found = list(model.refused(folded, words_line(folded)))
        words = len(folded.split())
        if refused:
            assert len(found) == -(-words // 40)
            assert len({reason for *_, reason in found}) == 1
        else:
            assert found == []
