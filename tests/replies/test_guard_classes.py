"""Classes of issue 25, each said in the twelve languages in that language's own shapes
(tests/data/guard/classesN.toml, one table a branch): every revealing sentence is refused and
every harmless one passes, with the whole guard and with the lists alone. What each table
expects, and the cases not read yet with their reasons, are data (tests/data/guard/
classes.toml); resources/guard/README.md tells each branch's classes."""

from __future__ import annotations

import tomllib

import pytest

from app.replies.guard import Guard
from build.languages import LOCALES
from tests.replies.guard_classes import DATA, class_table

EXPECT = tomllib.loads((DATA / "classes.toml").read_text("utf-8"))
TABLES = {name: class_table(f"{name}.toml") for name in EXPECT}
Case = tuple[str, str, str, str, str]


def _cases(leave_out: tuple[str, ...]) -> list[Case]:
    """Each table's cases but those its expectations leave out of this test."""
    return [
        (table, *case)
        for table, (_, cases) in TABLES.items()
        for case in cases
        if [case[0], case[1]] not in (x for key in leave_out for x in EXPECT[table][key])
    ]


def test_every_table_is_expected_and_every_expectation_names_its_cases() -> None:
    tables = {path.stem for path in DATA.glob("classes[0-9]*.toml")}
    assert tables == set(EXPECT)
    for name, expect in EXPECT.items():
        table, _ = TABLES[name]
        for klass, locale in expect["classifier_only"] + expect["whole_guard_misses"]:
            assert locale in table[klass], (name, klass, locale)


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_every_class_is_said_in_every_language(name: str) -> None:
    expect = EXPECT[name]
    table, cases = TABLES[name]
    for klass in expect.get("every_language", table):
        assert set(table[klass]) == set(LOCALES), (name, klass)
    assert sum(1 for case in cases if case[2] == "harmless") >= expect["min_harmless"]
    assert sum(1 for case in cases if case[2] == "revealing") >= expect["min_revealing"]


@pytest.mark.parametrize(
    ("table", "name", "locale", "kind", "text"), _cases(("whole_guard_misses",))
)
def test_each_class_is_read_in_its_language(
    guard: Guard, table: str, name: str, locale: str, kind: str, text: str
) -> None:
    found = guard.check(text, locale)
    assert bool(found) is (kind == "revealing"), (table, name, [p.phrase for p in found])


@pytest.mark.parametrize(
    ("table", "name", "locale", "kind", "text"),
    _cases(("classifier_only", "whole_guard_misses")),
)
def test_the_lists_alone_read_each_class(
    rules: Guard, table: str, name: str, locale: str, kind: str, text: str
) -> None:
    """The lists and frames, not the classifier, decide these: a retrained model must not be
    what keeps them right."""
    found = rules.check(text, locale)
    assert bool(found) is (kind == "revealing"), (table, name, [p.phrase for p in found])
