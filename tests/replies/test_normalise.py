"""Folding keeps track of where each character came from, whatever the text holds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.replies.guard import Guard
from app.replies.normalise import Normaliser, is_cjk, read, tokens

PIECES = st.sampled_from(
    [
        "stolen",
        "st0len",
        "&amp;",
        "&#115;",
        "<b>",
        "</p>",
        "\u200b",
        "\u00ad",
        "\u202e",
        "\uff53",
        "\u043e",
        " ",
        "-",
        "*",
        "é",
        "ß",
        "盗難",
        "ﾌﾞ",
        "\n",
        "fraud",
        "lost",
        "l o s t",
        "Visa",
        "4242",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=12).map("".join))
def test_every_problem_points_at_its_own_text(guard: Guard, text: str) -> None:
    for problem in guard.check(text, "en"):
        assert 0 <= problem.start < problem.end <= len(text)
        assert text[problem.start : problem.end] == problem.phrase


def test_folding_reads_disguises_as_plain_letters() -> None:
    normaliser = Normaliser({"\u043e": "o", "\u0455": "s"})
    folded = normaliser.fold("\uff33\uff34\u00ad\u0455\u200b &#111;<i>LÉ</i>N straße")
    assert folded.text == "sts olen strasse"
    assert [t.read for t in tokens(folded)] == ["sts", "olen", "strasse"]
    assert folded.span(4, 8) == (6, 22)  # "olen" from "&#111;<i>LÉ</i>N"


@pytest.mark.parametrize(
    ("word", "read_as"),
    [
        ("st0len", "stolen"),
        ("fr4ud", "fraud"),
        ("fr@ud", "fraud"),
        ("1057", "1057"),
        ("3d", "ed"),
        ("visa", "visa"),
    ],
)
def test_digits_are_read_as_letters_only_inside_words(word: str, read_as: str) -> None:
    assert read(word) == read_as


# The CJK blocks and Hangul as the guard reads them, written out as one character class.
CJK_CLASS = re.compile(
    r"[\u1100-\u11ff\u3000-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
    r"\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff66-\uffdc]"
)
NEAR_CJK = st.characters(min_codepoint=0x1000, max_codepoint=0xFFFF, exclude_categories=["Cs"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(NEAR_CJK, st.characters(max_codepoint=0x7F)), max_size=200).map("".join))
def test_is_cjk_reads_short_and_long_texts_as_the_character_class_does(text: str) -> None:
    # Short texts (word-list phrases) take a loop, long ones the compiled class: both agree.
    assert is_cjk(text) == (CJK_CLASS.search(text) is not None)


@pytest.mark.parametrize(
    "edge",
    [
        "\u10ff",
        "\u1100",
        "\u11ff",
        "\u1200",
        "\u2fff",
        "\u3000",
        "\u30ff",
        "\u3100",
        "\u3130",
        "\u318f",
        "\u3190",
        "\u4dc0",
        "\u9fff",
        "\ua000",
        "\ua960",
        "\ua97f",
        "\ua980",
        "\uabff",
        "가",
        "\ud7ff",
        "\uff65",
        "\uff66",
        "\uff9f",
        "\uffa0",
        "\uffdc",
        "\uffdd",
    ],
)
def test_is_cjk_at_the_edges_of_each_block(edge: str) -> None:
    for text in (edge, "x" * 70 + edge):
        assert is_cjk(text) == (CJK_CLASS.search(text) is not None), hex(ord(edge))
