"""Whatever is pasted, reading it raises nothing but UnreadablePaste and finishes quickly."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import paths
from app.catalogue.catalog import Catalog
from app.reading.paste import read_paste
from app.reading.report import UnreadablePaste

PASTES = Path(__file__).parent.parent / "data" / "pastes"
FIXTURES = [p.read_text(encoding="utf-8") for p in sorted(PASTES.glob("*.txt"))]
# The real catalogue's codes, field names and messages: every reader takes part.
KNOWN = Catalog(paths.catalog_path()).code_kinds()

# A generous deadline: it catches a parser gone quadratic, not a busy machine.
FUZZ = settings(
    max_examples=150, deadline=timedelta(seconds=5), suppress_health_check=[HealthCheck.too_slow]
)

STRIPE_WORDS = st.sampled_from(
    [
        '"error"',
        "error:",
        '"code"',
        "decline_code",
        '"outcome"',
        "type:",
        "'card_error'",
        '"object": "charge"',
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        '"',
        "'",
        "...",
        "\n",
        "req_abc123",
        "ch_3Abc1234",
        "None",
        "True",
        "null",
        "=>",
        "Request req_x: ",
        "<html>",
        "\\",
    ]
)


def _read(text: str) -> None:
    try:
        reading = read_paste(text, KNOWN)
    except UnreadablePaste as error:
        assert error.message and "\n" not in error.message
        return
    assert len(reading.failures) <= 50
    for report in reading.failures:
        report.detected()  # every report can be turned into the JSON contract


@FUZZ
@given(st.text(max_size=2000))
def test_arbitrary_text(text: str) -> None:
    _read(text)


@FUZZ
@given(st.lists(STRIPE_WORDS | st.text(max_size=12), max_size=80).map("".join))
def test_text_made_of_stripe_like_pieces(text: str) -> None:
    _read(text)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=5)
        | st.dictionaries(
            st.sampled_from(
                [
                    "error",
                    "code",
                    "decline_code",
                    "object",
                    "type",
                    "outcome",
                    "data",
                    "amount",
                    "id",
                    "charge",
                ]
            )
            | st.text(max_size=8),
            children,
            max_size=5,
        )
    ),
    max_leaves=40,
)


@FUZZ
@given(JSON_VALUES)
def test_arbitrary_json(value: object) -> None:
    _read(json.dumps(value))


@FUZZ
@given(st.sampled_from(FIXTURES), st.data())
def test_mutated_fixtures(text: str, data: st.DataObject) -> None:
    mutation = data.draw(st.sampled_from(["truncate", "quotes", "commas", "splice"]))
    if mutation == "truncate":
        text = text[: data.draw(st.integers(0, len(text)))]
    elif mutation == "quotes":
        text = text.replace('"', "'") if data.draw(st.booleans()) else text.replace("'", '"')
    elif mutation == "commas":
        text = text.replace(",", "", data.draw(st.integers(1, 20)))
    else:
        start = data.draw(st.integers(0, len(text)))
        text = text[:start] + data.draw(st.text(max_size=20)) + text[start:]
    _read(text)


def test_deep_and_large_pastes_are_refused_in_a_sentence() -> None:
    for text, kind in [
        ("[" * 100_000 + "]" * 100_000, "too_deep"),
        ('{"a":' * 5000 + "1" + "}" * 5000, "too_deep"),
        ("x" * 5_000_001, "too_large"),
    ]:
        try:
            read_paste(text, KNOWN)
        except UnreadablePaste as error:
            assert error.kind == kind
        else:
            raise AssertionError(f"{kind} was not refused")
