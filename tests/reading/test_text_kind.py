"""The learned second opinion on a text's kind (app/reading/text_kind.py, issue 26 reading15m):
it loads only where the rules are unsure, and it never turns a confidential failure into
something unmarked, whatever it says (DESIGN.md's invariant): checked with the model forced to
call every text a page, over every sensitive code, in every shipped language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.hashed import pack, unpack
from app.reading import text_kind
from app.reading.paste import read_paste
from app.reading.report import CodeKinds, UnreadablePaste
from app.reading.sensitivity import signals

# A line a help page or a colleague's note sets above a sample (one per shipped language).
INTROS = {
    "en": "Here is what the error looks like",
    "es": "Así se ve el error",
    "fr": "Voici à quoi ressemble l'erreur",
    "de": "So sieht der Fehler aus",
    "pt-BR": "É assim que o erro aparece",
    "it": "Ecco come appare l'errore",
    "nl": "Zo ziet de fout eruit",
    "ja": "エラーはこのように表示されます",
    "ko": "오류는 다음과 같이 표시됩니다",
    "zh-Hans": "错误如下所示",
    "pl": "Tak wygląda błąd",
    "sv": "Så här ser felet ut",
}


@pytest.fixture
def always_a_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """The model made to call every text it is asked about a page."""
    monkeypatch.setattr(text_kind, "PAGE_ODDS", 0.0)


def _texts(code: str) -> list[str]:
    error = {"error": {"type": "card_error", "code": "card_declined", "decline_code": code}}
    renderings = [json.dumps(error), json.dumps(error, indent=2), f"decline_code: {code}"]
    return [f"{intro}:\n\n{shown}\n" for intro in INTROS.values() for shown in renderings]


def test_the_stored_model_loads() -> None:
    model = text_kind.model()
    assert model is not None
    chances = model.probabilities("Your card has insufficient funds.", CodeKinds({}))
    assert set(chances) == set(text_kind.KINDS)
    assert sum(chances.values()) == pytest.approx(1.0)


def test_a_damaged_model_leaves_the_rules_to_decide(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "reading").mkdir()
    (tmp_path / text_kind.MODEL_FILE).write_bytes(b'{"format": 1}\nnot zlib')
    monkeypatch.setattr("app.paths.resources_dir", lambda: tmp_path)
    monkeypatch.setattr(text_kind, "_MODEL", [])
    assert text_kind.model() is None


def test_stored_weights_read_back_as_written() -> None:
    slots, values = pack({3: [0.5, 0.0, -0.25], 7: [0.0, 0.0, 0.0], 9: [1.0, 2.0, 3.0]}, 1 / 4)
    used, steps = unpack(slots, values)
    assert used == [3, 9]  # a slot of weights all 0 is left out
    assert list(steps) == [2, 0, -1, 4, 8, 12]


@pytest.mark.usefixtures("always_a_page")
def test_a_confidential_failure_stays_marked_whatever_the_model_says(known: CodeKinds) -> None:
    codes = sorted(c for c in known.sensitive_codes if c.isidentifier() and "_" in c)
    assert codes
    for code in codes:
        for text in _texts(code):
            try:
                reading = read_paste(text, known)
                text_kind.refuse_sample(text, reading, known)
            except UnreadablePaste as error:
                assert error.confidential, (code, text)
                continue
            assert reading.failures, (code, text)
            first = reading.failures[0]
            assert signals(first, known.sensitive, known.sensitive_codes), (code, text)


@pytest.mark.usefixtures("always_a_page")
def test_the_model_makes_an_unsure_failure_a_page_when_sure(known: CodeKinds) -> None:
    """A sample object set out as data; prose and a label's line are the rules' alone."""
    for text in _texts("insufficient_funds"):
        reading = read_paste(text, known)
        if "{" not in text:
            text_kind.refuse_sample(text, reading, known)
            continue
        with pytest.raises(UnreadablePaste):
            text_kind.refuse_sample(text, reading, known)


@pytest.mark.usefixtures("always_a_page")
def test_one_payment_shown_is_the_rules_to_read(known: CodeKinds) -> None:
    """A real id or a log's line: the rules decide, and the model is not even loaded."""
    error = {"type": "card_error", "code": "card_declined", "decline_code": "do_not_honor"}
    texts = [
        "2026-12-08 10:41:07 ERROR payment failed " + json.dumps({"error": error}),
        f"Charge ch_3QxYz81AbCdEfGh2kLmNoPq failed:\n{json.dumps(error, indent=2)}\nthanks",
        json.dumps({"error": error}, indent=2),  # one object alone
    ]
    for text in texts:
        text_kind._MODEL.clear()
        reading = read_paste(text, known)
        assert reading.failures[0].decline_code == "do_not_honor"
        assert text_kind._MODEL == []
