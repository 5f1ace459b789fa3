"""Checks every text of a helpdesk file with the guard, as the text reads with the tool's
placeholders in it and with them left empty ("sto{{x}}len" must not hide "stolen")."""

from __future__ import annotations

import re

from app.records import record
from app.replies.guard import Guard, Problem
from app.replies.helpdesk.read import FoundText


@record(frozen=True, slots=True)
class FoundProblem:
    """A revealing phrase in one text of the file, with the text's name and the file's line."""

    item: str
    field: str
    line: int
    problem: Problem

    def to_json(self) -> dict[str, object]:
        return {**self.problem.to_json(), "line": self.line, "item": self.item}


def audit(
    texts: list[FoundText],
    guard: Guard,
    locale: str | None,
    placeholder: re.Pattern[str],
    locales: tuple[str, ...] = (),
) -> list[FoundProblem]:
    """Every revealing phrase of every text, in file order: in `locale`'s rules when one is
    given, else in the rules of the language the file names for the text (one of `locales`),
    else in every language's."""
    found = []
    for text in texts:
        language = locale or _shipped(text.language, locales)
        for problem in check_text(text.text, guard, language, placeholder):
            found.append(FoundProblem(text.item, text.field, text.line_of(problem.start), problem))
    return found


def _shipped(language: str | None, locales: tuple[str, ...]) -> str | None:
    """A file's language name ("pt-br", "en-US", "zh") as a reply language, or None."""
    if not language:
        return None
    from app.replies.replies import UnknownLocale, resolve_locale

    try:
        return resolve_locale(language, locales)
    except UnknownLocale:
        return None


def check_text(
    text: str, guard: Guard, locale: str | None, placeholder: re.Pattern[str]
) -> list[Problem]:
    """The guard's problems with the text, then those it has only with its placeholders left
    empty, placed back on the text as written."""
    problems = guard.check(text, locale)
    kept: list[str] = []
    where: list[int] = []  # where[i]: the offset in `text` of the i-th kept character
    position = 0
    for match in placeholder.finditer(text):
        kept.append(text[position : match.start()])
        where.extend(range(position, match.start()))
        position = match.end()
    if not kept:
        return problems
    kept.append(text[position:])
    where.extend(range(position, len(text)))
    seen = {(p.start, p.end) for p in problems}
    for problem in guard.check("".join(kept), locale):
        start, end = where[problem.start], where[problem.end - 1] + 1
        if (start, end) not in seen:
            seen.add((start, end))
            problems.append(Problem(text[start:end], problem.reason, start, end))
    return sorted(problems, key=lambda p: (p.start, p.end))
