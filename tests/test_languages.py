"""The shipped reply languages have one definition (resources/languages.toml): every builder,
the bundle and the tests read it, and no second list of them appears in the code."""

from __future__ import annotations

import ast
from pathlib import Path

from app.catalogue.catalog import Catalog
from build.bundle_icu import LANGUAGES
from build.languages import LOCALES, SOURCE, icu_languages

ROOT = Path(__file__).resolve().parent.parent
SEARCHED = ("app", "build", "tests", "scripts")


def literal_lists(tree: ast.AST) -> list[tuple[int, list[str]]]:
    """Every list, tuple or set literal of the source that names three shipped languages."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.List | ast.Tuple | ast.Set):
            named = [
                e.value for e in node.elts if isinstance(e, ast.Constant) and e.value in LOCALES
            ]
            if len(named) >= 3:
                found.append((node.lineno, named))
    return found


def test_the_twelve_languages_are_defined_once() -> None:
    assert LOCALES == (
        "en",
        "es",
        "fr",
        "de",
        "pt-BR",
        "it",
        "nl",
        "ja",
        "ko",
        "zh-Hans",
        "pl",
        "sv",
    )
    assert SOURCE == ROOT / "resources" / "languages.toml"


def test_no_second_list_of_the_languages_appears_in_the_code() -> None:
    lists = []
    for folder in SEARCHED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == Path(__file__).resolve():
                continue  # this file names them once to pin the definition
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            lists += [
                (str(path.relative_to(ROOT)), line, named) for line, named in literal_lists(tree)
            ]
    assert lists == [], "read build.languages.LOCALES instead of listing the languages"


def test_a_second_list_would_be_found() -> None:
    tree = ast.parse('LOCALES = ("en", "es", "ko")\nBANK = {"en": "bank", "es": "banco"}\n')
    assert literal_lists(tree) == [(1, ["en", "es", "ko"])]


def test_every_reader_ships_the_same_languages(catalog: Catalog) -> None:
    assert catalog.reply_locales() == LOCALES
    assert {p.stem for p in (ROOT / "resources" / "replies").glob("*.toml")} == set(LOCALES)
    guard_files = {p.stem for p in (ROOT / "resources" / "guard").glob("*.toml")}
    assert guard_files - {"reasons"} == set(LOCALES)
    assert (
        LANGUAGES
        == icu_languages()
        == ("en", "es", "fr", "de", "pt", "it", "nl", "ja", "ko", "zh", "pl", "sv")
    )
