"""How a list of words becomes one pattern: a trie, its shared beginnings written once, so that
matching costs the length of the longest word at each place and not the number of words
(app.replies.guard_rules compiles the guard's lists with it)."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable

GAP = " {0,3}"  # between the letters of a word: a word may be written in pieces
BETWEEN_WORDS = " {1,3}"


def trie(words: Iterable[str], gap: str) -> str:
    """One pattern for many words, shared beginnings written once, so that matching costs
    the length of the longest word at each place and not the number of words. `gap` goes
    between letters; a space in a word stands for one to three spaces."""
    pairs = first_letters(words, gap)
    if len(pairs) > DISPATCH:
        return _dispatched(pairs)
    branches = [first + rest for first, rest in pairs]
    if len(branches) < 2:
        return "".join(branches)
    return "(?:" + "|".join(branches) + ")"


# First letters per group of a dispatched trie (about the square root of the 352 letters that
# start the Chinese, Japanese and Korean phrases).
DISPATCH = 24


def _dispatched(pairs: list[tuple[str, str]]) -> str:
    """The trie's branches when there are many first letters: re tries the branches of an
    alternation one after the other at each place a first letter stands, so the letter is read
    once by a class of them all (which re skips to in C), then its branch is found among groups
    of DISPATCH, each behind a look back at its letters (a megabyte of Japanese: 280 to 170 ms
    for one language set's pattern). The same matches: a letter's branches keep their order."""
    rests: dict[str, list[str]] = {}
    for first, rest in pairs:
        rests.setdefault(first, []).append(rest)
    firsts = list(rests)

    def branch(first: str) -> str:
        options = rests[first]
        return f"(?<={first})" + (options[0] if len(options) == 1 else f"(?:{'|'.join(options)})")

    groups = [firsts[i : i + DISPATCH] for i in range(0, len(firsts), DISPATCH)]
    body = "|".join(
        f"(?<=[{''.join(group)}])(?:{'|'.join(map(branch, group))})" for group in groups
    )
    return f"[{''.join(firsts)}](?:{body})"


def first_letters(words: Iterable[str], gap: str) -> list[tuple[str, str]]:
    """The trie's branches, each as its first letter (a literal, never a class: an l is
    written as i and as l) and the pattern that follows it."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    branches = []
    for ch, child in root.items():
        if not ch:
            continue
        rest = _branches(child, gap, first=ch == " ")
        branches += [(_escaped(letter), rest) for letter in ("il" if ch == "l" else ch)]
    return branches


def _branches(node: dict, gap: str, first: bool) -> str:  # type: ignore[type-arg]
    """The pattern after a node of the trie. The gap before its letters is written once for
    each run of them (" {0,3}(?:a|b|c)", not "(?: {0,3}a| {0,3}b| {0,3}c)"): re then tells the
    letters apart by their first character without entering a repeat for each (a third less
    time a megabyte). The same matches in the same order: only as many spaces as stand before
    the next letter let any of them match, so each letter is tried after the same spaces."""
    options: list[tuple[bool, str]] = []  # (after a gap, pattern), in the trie's order
    for ch, child in node.items():
        if not ch:
            continue
        rest = _branches(child, gap, first=ch == " ")
        letter = BETWEEN_WORDS if ch == " " else "[il]" if ch == "l" else _escaped(ch)
        options.append((bool(gap) and not first and ch != " ", letter + rest))
    if not options:
        return ""
    parts: list[str] = []
    for gapped, run in itertools.groupby(options, key=lambda option: option[0]):
        patterns = [pattern for _, pattern in run]
        if gapped:
            parts.append(gap + _alternation(patterns))
        else:
            parts += patterns
    body = _alternation(parts)
    if "" in node:  # a word may end here: the longer one is tried first
        return f"(?:{body})?"
    return body


@functools.cache
def _escaped(letter: str) -> str:
    """re.escape of a letter, worked out once (a trie has about 90,000 of them)."""
    return re.escape(letter)


def _alternation(patterns: list[str]) -> str:
    return patterns[0] if len(patterns) == 1 else "(?:" + "|".join(patterns) + ")"
