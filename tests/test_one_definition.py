"""Each list the code relies on is written once (issue 23 item 3): the reply channels in
app/catalogue/vocabulary.py, the ids' prefixes in app/reading/fields.py, the languages in
resources/languages.toml (tests/test_languages.py), the payment method types that are cards in
resources/catalog/vocabulary.toml [payment_methods] (issue 22), and the card brands in its
[card_brands]. A second copy of a list drifts from
the first; this test fails when one appears in the code or the tests. So does the [EN] tag of a
text standing in English for a translation: ENGLISH_TAG and marked() in app/catalogue/words.py,
beside `Said`, and nowhere else in app/."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

from app.catalogue.vocabulary import CHANNELS
from app.catalogue.words import ENGLISH_TAG
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


def _english_tags(tree: ast.AST) -> list[int]:
    """Lines that write the [EN] tag's text, or a function that tags a `Said` by its `.english`
    itself (a second marked()): either is a copy that can drift from app/catalogue/words.py."""
    told = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}  # docstrings
    found = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and ENGLISH_TAG in node.value
        and id(node) not in told
    ]
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.Lambda):
            continue
        inside = list(ast.walk(function))
        tags = any(isinstance(n, ast.Name) and n.id == "ENGLISH_TAG" for n in inside)
        reads = any(isinstance(n, ast.Attribute) and n.attr == "english" for n in inside)
        if tags and reads:
            found.append(function.lineno)
    return found


def test_the_english_tag_and_its_marking_are_written_once() -> None:
    home = ROOT / "app/catalogue/words.py"
    copies = [
        (str(path.relative_to(ROOT)), line)
        for path in sorted((ROOT / "app").rglob("*.py"))
        if path != home
        for line in _english_tags(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    ]
    assert copies == []
    assert _english_tags(ast.parse(home.read_text(encoding="utf-8"))) != []


def test_a_copy_of_the_english_tag_would_be_found() -> None:
    constant = ast.parse('"""Tagged [EN]."""\nTAG = "[EN]"\n')
    function = ast.parse(
        "def tag(said):\n    return f'{ENGLISH_TAG} {said.text}' if said.english else said.text\n"
    )
    used = ast.parse("def line(said):\n    return marked(said)\n")
    assert (_english_tags(constant), _english_tags(function), _english_tags(used)) == ([2], [1], [])


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


def _literal_tuples(tree: ast.AST) -> dict[str, tuple[list[str], list[list[str]]]]:
    """Each `Name = Literal[...]` (written for the type checker, app/__init__.py) with its
    words, and the words of each tuple annotated `tuple[Name, ...]` beside it."""
    literals: dict[str, list[str]] = {}
    tuples: dict[str, list[list[str]]] = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Subscript)
            and isinstance(node.value.value, ast.Name)
            and node.value.value.id == "Literal"
        ):
            inside = node.value.slice
            words = inside.elts if isinstance(inside, ast.Tuple) else [inside]
            for target in node.targets:
                if isinstance(target, ast.Name):
                    literals[target.id] = [ast.literal_eval(w) for w in words]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.value, ast.Tuple):
            kind = ast.unparse(node.annotation)
            for name in re.findall(r"tuple\[(\w+), \.\.\.\]", kind):
                tuples.setdefault(name, []).append([ast.literal_eval(e) for e in node.value.elts])
    return {name: (words, tuples.get(name, [])) for name, words in literals.items()}


def test_each_tuple_of_a_literal_type_holds_all_its_words() -> None:
    # A fixed list is a run-time tuple beside its Literal type (typing stays off explain's path):
    # one tuple of each must hold the same words in the same order (the checker sees to it that
    # a shorter one, such as DECIDING_RETRY, holds no other).
    pairs = {}
    for path in sorted((ROOT / "app").rglob("*.py")):
        found = _literal_tuples(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        pairs.update({f"{path.relative_to(ROOT)}:{name}": got for name, got in found.items()})
    listed = {where: got for where, got in pairs.items() if got[1]}
    assert [where for where, (words, tuples) in listed.items() if words not in tuples] == []
    assert {where.split(":")[1] for where in listed} >= {"Channel", "Retry", "WhoActs", "Shape"}


def test_a_tuple_that_drifted_from_its_literal_would_be_found() -> None:
    tree = ast.parse(
        'if TYPE_CHECKING:\n    Kind = Literal["a", "b"]\n    One = Literal["x"]\n'
        'KINDS: Final[tuple[Kind, ...]] = ("a", "c")\nONES: tuple[One, ...] = ("x",)\n'
    )
    assert _literal_tuples(tree) == {"Kind": (["a", "b"], [["a", "c"]]), "One": (["x"], [["x"]])}
