"""Each list the code relies on is written once (issue 23 item 3): the reply channels in
app/catalogue/vocabulary.py, the ids' prefixes in app/reading/fields.py, the languages in
resources/languages.toml (tests/test_languages.py), the payment method types that are cards in
resources/catalog/vocabulary.toml [payment_methods] (issue 22), and the card brands in its
[card_brands]. A second copy of a list drifts from
the first; this test fails when one appears in the code or the tests."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

from app.catalogue.vocabulary import CHANNELS
from app.reading.fields import ID_PREFIXES
from tests.conftest import ROOT

SEARCHED = ("app", "build", "tests")
HOME = {
    "channels": {ROOT / "app/catalogue/vocabulary.py", ROOT / "tests/catalogue/test_vocabulary.py"},
    "id prefixes": {ROOT / "app/reading/fields.py"},
}
ALL_PREFIXES = {p for prefixes in ID_PREFIXES.values() for p in prefixes}
VOCABULARY = ROOT / "resources/catalog/vocabulary.toml"
_VOCABULARY = tomllib.loads(VOCABULARY.read_text(encoding="utf-8"))
CARD_TYPES = set(_VOCABULARY["payment_methods"]["card_types"])
CARD_BRANDS = set(_VOCABULARY["card_brands"])
# A test may name a few brands as its examples; a copy of the list names more.
BRANDS_IN_A_TEST = 4


def _literal_sequences(tree: ast.AST) -> list[tuple[int, list[str]]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            words = [
                e.value
                for e in node.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str)
            ]
            if words and len(words) == len(node.elts):
                found.append((node.lineno, words))
    return found


def _lists_of(tree: ast.AST, listed: set[str], least: int = 2) -> list[int]:
    """Lines with a literal list (or a dict's keys) of `least` or more of the `listed` words, in
    any case, beside other values or not (`(None, "card", "card_present")`)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            elements: list[ast.expr | None] = list(node.elts)
        elif isinstance(node, ast.Dict):
            elements = list(node.keys)
        else:
            continue
        words = {
            e.value.lower()
            for e in elements
            if isinstance(e, ast.Constant) and isinstance(e.value, str)
        }
        if len(words) >= least and words <= listed:
            found.append(node.lineno)
    return found


def _card_type_lists(tree: ast.AST) -> list[int]:
    """Lines with a literal list of two or more card payment types."""
    return _lists_of(tree, CARD_TYPES)


def _second_copies() -> dict[str, list[tuple[str, int]]]:
    copies: dict[str, list[tuple[str, int]]] = {
        "channels": [],
        "id prefixes": [],
        "card types": [],
        "card brands": [],
    }
    for folder in SEARCHED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == Path(__file__).resolve():
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            where = str(path.relative_to(ROOT))
            for line, words in _literal_sequences(tree):
                if set(words) == set(CHANNELS) and path not in HOME["channels"]:
                    copies["channels"].append((where, line))
                prefixes = {w for w in words if w in ALL_PREFIXES}
                if prefixes and len(prefixes) == len(words) and path not in HOME["id prefixes"]:
                    copies["id prefixes"].append((where, line))
            # No home in the code: the card types are catalogue data only.
            copies["card types"] += [(where, line) for line in _card_type_lists(tree)]
            least = BRANDS_IN_A_TEST if folder == "tests" else 2
            copies["card brands"] += [(where, line) for line in _lists_of(tree, CARD_BRANDS, least)]
    return copies


def test_each_list_is_written_once() -> None:
    assert _second_copies() == {
        "channels": [],
        "id prefixes": [],
        "card types": [],
        "card brands": [],
    }


def test_a_second_copy_would_be_found(tmp_path: Path) -> None:
    tree = ast.parse('CHANNELS = ("email", "chat")\nPREFIXES = ("ch_", "py_")\n')
    found = _literal_sequences(tree)
    assert [words for _, words in found] == [["email", "chat"], ["ch_", "py_"]]
    cards = ast.parse('if kind in (None, "card", "kr_card"): ...\nif kind in ("card", "x"): ...\n')
    assert _card_type_lists(cards) == [1]
    brands = ast.parse(
        'BRANDS = frozenset({"amex", "visa"})\nNAMES = {"Visa": 1, "JCB": 2}\nONE = ("visa", "x")\n'
    )
    assert sorted(_lists_of(brands, CARD_BRANDS)) == [1, 2]
