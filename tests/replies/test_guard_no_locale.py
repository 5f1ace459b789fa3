"""Without a locale the guard reads a text as any shipped language (issue 25 item 8): every
language's `near` concepts apply, not only English ones, in `Guard.check` and in
`check-reply` without --locale. The sentences are composed from each language's own lists
(a word of each group a rule needs, then the rule's word), so a new language is covered by
its data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.catalogue.catalog import Catalog
from app.cli import main as cli
from app.replies.guard import Guard
from build.languages import LOCALES

_UNSPACED = ("ja", "zh-Hans")  # written without spaces between words


def _concepts(catalog: Catalog, locale: str) -> list[str]:
    """Short sentences of `locale`, one per word of each of its `near` rules that need a
    group: a word of each needed group of the same language, then the rule's word."""
    rows = catalog.guard_rows()
    groups: dict[str, list[str]] = {}
    allowed = [p.casefold() for _, _, kind, p in rows if kind == "allowed"]
    for loc, group, kind, phrase in rows:
        if loc == locale and kind == "group":
            groups.setdefault(group, []).append(phrase)
    neutral = set(groups.get("neutral", []))
    sentences = []
    for loc, _, kind, phrase in rows:
        if loc != locale or kind != "near":
            continue
        rule = json.loads(phrase)
        if not rule["near"] or rule.get("neutral") == "any":
            continue
        needed = []
        for need in rule["near"]:
            words = [w for g in need.split("|") for w in groups.get(g, []) if w not in neutral]
            if not words:
                break
            needed.append(words[0])
        else:
            space = "" if locale in _UNSPACED else " "
            for word in rule["words"]:
                text = space.join([*needed, word]) + ("。" if space == "" else ".")
                if not any(p in text.casefold() for p in allowed):
                    sentences.append(text)
    return sentences


@pytest.mark.parametrize("locale", LOCALES)
def test_every_language_s_concepts_apply_without_a_locale(
    catalog: Catalog, rules: Guard, locale: str
) -> None:
    """Each composed sentence is refused in its own language and with no locale; outside
    English, some are not refused in an English reply (so the no-locale reading is what
    finds them, not the shared words)."""
    sentences = _concepts(catalog, locale)
    assert len(sentences) >= 10, locale
    missed = [text for text in sentences if not rules.check(text, None)]
    assert missed == [], (locale, missed)
    assert [text for text in sentences if not rules.check(text, locale)] == []
    if locale != "en":
        assert any(rules.check(text, "en") == [] for text in sentences), locale


@pytest.mark.parametrize("locale", LOCALES)
def test_check_reply_without_locale_refuses_each_language_s_concepts(
    catalog: Catalog,
    rules: Guard,
    locale: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The command line as agents run it: no --locale, a macro in any of the twelve."""
    sentences = _concepts(catalog, locale)
    only_own = [text for text in sentences if rules.check(text, "en") == []]
    text = (only_own or sentences)[0]
    reply = tmp_path / "macro.txt"
    reply.write_text(text, encoding="utf-8")
    assert cli.main(["check-reply", "--format", "json", str(reply)]) == 1
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["ok"] is False
