"""Training the guard's classifier (build/guard_model.py): deterministic, every language with
a file in resources/guard/training/ read, and mistakes in those files named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.replies.guard_model import GuardModel
from build.guard_model import load_training, train_model
from build.languages import LOCALES
from tests.conftest import ROOT

TRAINING = ROOT / "resources" / "guard" / "training"
REASONS = ("lost_or_stolen", "fraud", "block_list", "risk_check", "card_kept", "decline_code")


def _one_language(tmp_path: Path, locale: str = "en") -> Path:
    folder = tmp_path / "training"
    folder.mkdir()
    shutil.copy(TRAINING / f"{locale}.toml", folder / f"{locale}.toml")
    return folder


def test_every_shipped_language_has_training_sentences_of_every_class() -> None:
    problems: list[str] = []
    examples = load_training(TRAINING, REASONS, problems)
    assert problems == []
    found = {(group.split(":")[0], name) for name, _, group in examples}
    for locale in LOCALES:
        for name in ("harmless", *REASONS[:-1]):
            assert (locale, name) in found, (locale, name)


def test_the_same_sentences_train_the_same_model(tmp_path: Path) -> None:
    """catalog.db is rebuilt byte for byte from the same resources."""
    # A fifth of one language's sentences: the order of training is what is checked, and
    # training all of them twice took a minute and a half on a busy machine.
    examples = load_training(_one_language(tmp_path), REASONS, [])[::5]
    first = train_model(examples, REASONS, {})
    assert train_model(examples, REASONS, {}) == first
    model = GuardModel.from_rows(first)
    assert model.classes[0] == "harmless" and 0.5 <= model.threshold < 1


def test_a_new_language_is_a_data_change(tmp_path: Path) -> None:
    """A language's file is all a new language needs: its sentences are composed and read."""
    folder = _one_language(tmp_path)
    text = (folder / "en.toml").read_text(encoding="utf-8")
    (folder / "xx.toml").write_text(
        text.replace('locale = "en"', 'locale = "xx"'), encoding="utf-8"
    )
    problems: list[str] = []
    examples = load_training(folder, REASONS, problems)
    assert problems == []
    assert {group.split(":")[0] for _, _, group in examples} == {"en", "xx"}


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('locale = "en"\n[harmless]\nframes = ["{nothing} here."]\n', "names no list ['nothing']"),
        ('locale = "en"\n[gossip]\nsentences = ["x"]\n', "[gossip] is neither a reason"),
        ('locale = "fr"\n', "`locale` must be 'en'"),
        ('locale = "en"\n[harmless\n', "not valid TOML"),
    ],
)
def test_a_mistake_in_a_training_file_is_named(tmp_path: Path, content: str, problem: str) -> None:
    (tmp_path / "en.toml").write_text(content, encoding="utf-8")
    problems: list[str] = []
    load_training(tmp_path, REASONS, problems)
    assert len(problems) == 1 and problem in problems[0]
    assert problems[0].startswith("guard/training/en.toml")


def test_a_concept_is_composed_from_its_own_slots_then_its_class_and_the_shared_ones(
    tmp_path: Path,
) -> None:
    """`[reason.concept]` sub-tables say one idea of a reason in several shapes: their frames
    take their own lists first, then the class's, then `[slots]`."""
    (tmp_path / "en.toml").write_text(
        'locale = "en"\n[slots]\nbank = ["The bank"]\n'
        '[card_kept]\nverb = ["keeps"]\nframes = ["{bank} {verb} it."]\n'
        '[card_kept.keeping]\nframes = ["{bank} {verb} {what}.", "{bank} {how}."]\n'
        'what = ["the card", "your card"]\nhow = ["wants the card kept"]\n'
        'verb = ["retains", "holds on to"]\n',
        encoding="utf-8",
    )
    problems: list[str] = []
    examples = load_training(tmp_path, REASONS, problems)
    assert problems == []
    concept = {text for name, text, group in examples if ".keeping:" in group}
    assert concept == {
        f"The bank {verb} {what}."
        for verb in ("retains", "holds on to")
        for what in ("the card", "your card")
    } | {"The bank wants the card kept."}
    assert {name for name, _, _ in examples} == {"card_kept"}
    rest = {text for _, text, group in examples if ".keeping:" not in group}
    assert rest == {"The bank keeps it."}


def test_a_mistake_in_a_concept_is_named(tmp_path: Path) -> None:
    (tmp_path / "en.toml").write_text(
        'locale = "en"\n[fraud.who_paid]\nframes = ["{nobody} paid."]\n', encoding="utf-8"
    )
    problems: list[str] = []
    load_training(tmp_path, REASONS, problems)
    assert problems == ["guard/training/en.toml: [fraud] frame 1 names no list ['nobody']"]
