"""The catalogue's words for the agent in one language: the verdicts, badges, headlines, notes
and titles, translated where resources/catalog/translations/ has them, else in English and said
to be English (a `Said` whose `english` is true), never a silent mix of the two."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from app import TYPE_CHECKING
from app.records import record

if TYPE_CHECKING:
    from app.catalogue.catalog import Catalog

SOURCE_LANGUAGE = "en"
# A translation file's own settings, beside its groups (resources/catalog/translations/).
LOWER_TITLES = "lower_titles"


# Where a translation file keeps each field of the entries (resources/catalog/README.md).
ENTRY_GROUPS = {"title": "titles", "summary": "summaries"}
WARNING_FORMS = "warning_forms"
SUMMARY_FORMS = "summary_forms"  # what happened, for a failure with no entry to explain it
BLOCK_VALUE = "a_block"  # a value of the `named` form, said in the language too


@cache
def _form_pattern(form: str) -> re.Pattern[str]:
    """A form's English text as a pattern whose groups are its {placeholders}."""
    parts = re.split(r"\{([a-z_]+)\}", form)
    return re.compile(
        "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
    )


def _most_words_first(item: tuple[str, str]) -> int:
    """The form that fixes most of a warning's words is tried first: "it is an early fraud
    warning (...)" is its own sentence, not "it is an {what}" with a sentence for `what`."""
    return -len(re.sub(r"\{[a-z_]+\}", "", item[1]))


@record(frozen=True, slots=True)
class Said:
    """A text for the agent, and whether it is the English one standing in for a translation."""

    text: str
    english: bool = False


# The tag of a text shown in English because this language has no translation of it yet: the
# window and the command line both write it, so it is written here once.
ENGLISH_TAG = "[EN]"


def marked(said: Said) -> str:
    """A text that stands in English for a missing translation, tagged so that the agent sees it
    is English on purpose (never a silent mix of two languages)."""
    return f"{ENGLISH_TAG} {said.text}" if said.english and said.text else said.text


def lower_first(text: str) -> str:
    """ "Card was declined" after a colon reads "card was declined", a one-letter first word
    too ("A test card", Portuguese "O banco"); "CVC check" stays."""
    return text[:1].lower() + text[1:] if text[1:2].islower() or text[1:2] in ("", " ") else text


class Words:
    """One language's words of the catalogue; English is the source and needs no table."""

    def __init__(self, catalog: Catalog, language: str = SOURCE_LANGUAGE) -> None:
        self.catalog = catalog
        self.language = language
        found = catalog.translations(language) if language != SOURCE_LANGUAGE else {}
        self._groups: dict[str, dict[str, str]] = {
            name: value for name, value in found.items() if isinstance(value, dict)
        }
        self._lower = found.get(LOWER_TITLES, True) is not False
        self._steps: dict[str, str] | None = None

    @property
    def translated(self) -> bool:
        """Whether any word here is not English (English itself, or a language with no table)."""
        return bool(self._groups)

    def group(self, name: str) -> dict[str, str]:
        """A vocabulary group with every translated value in place of its English one."""
        return {**self.catalog.vocabulary(name), **self._groups.get(name, {})}

    def word(self, group: str, key: str, default: str | None = None) -> Said:
        """One value of a group, English (said to be) when this language lacks it."""
        said = self._groups.get(group, {}).get(key)
        if said is not None:
            return Said(said)
        english = self.catalog.vocabulary(group).get(key, default if default is not None else key)
        return Said(english, self.language != SOURCE_LANGUAGE)

    def entry_text(self, field: str, kind: str, code: str, english: str) -> Said:
        """An entry's `field` ("title", "summary") in this language, else its English text."""
        said = self._groups.get(ENTRY_GROUPS[field], {}).get(f"{kind}.{code}")
        if said is not None:
            return Said(said)
        return Said(english, self.language != SOURCE_LANGUAGE)

    def steps(self, english: Sequence[str]) -> list[str] | None:
        """The agent's steps in this language when every step has a translation
        (an explanation joins steps of several entries); None when any lacks one (the caller
        shows them all in English, marked, never a mix)."""
        if self.language == SOURCE_LANGUAGE:
            return list(english)
        if not self._groups:
            return None
        if self._steps is None:  # English step -> this language's, over the entries translated
            self._steps = {}
            for key, said in self._groups.get("steps", {}).items():
                kind, _, code = key.partition(".")
                entry = self.catalog.entry(kind, code)
                if entry is not None:
                    self._steps.update(zip(entry.agent_steps, said, strict=False))
        found = [self._steps.get(step) for step in english]
        return [step for step in found if step is not None] if None not in found else None

    def warning(self, sentence: str) -> Said:
        """A reader's warning (app/reading, English) in this language: the form of
        [warning_forms] it matches whole, its values (ids, codes, counts) kept; English, said
        to be, when no form matches."""
        return self.whole(WARNING_FORMS, sentence)

    def whole(self, group: str, sentence: str) -> Said:
        """An English sentence the code wrote (a warning, a summary without an entry) in this
        language: the form of `group` it matches whole, its values kept; English, said to be,
        when no form matches."""
        if not self._groups:
            return Said(sentence)
        english = self.catalog.vocabulary(group)
        said = self._groups.get(group, {})
        block = english.get(BLOCK_VALUE)
        for key, form in sorted(english.items(), key=_most_words_first):
            found = _form_pattern(form).fullmatch(sentence)
            if found is None or key not in said:
                continue
            values = found.groupdict()
            if "named" in values and block and BLOCK_VALUE in said:
                values["named"] = values["named"].replace(block, said[BLOCK_VALUE])
            return Said(said[key].format(**values))
        return Said(sentence, True)

    def guard_reason(self, sentence: str) -> str:
        """Why the guard refused a phrase (resources/guard/reasons.toml) in this language."""
        if not self._groups:
            return sentence
        keys = {text: key for key, text in self.catalog.guard_reasons().items()}
        key = keys.get(sentence)
        return self._groups.get("guard_reasons", {}).get(key, sentence) if key else sentence

    def after_colon(self, text: str) -> str:
        """A title after "Card declined:" as this language writes it (German keeps its nouns)."""
        return lower_first(text) if self._lower else text


@record(frozen=True, slots=True)
class Form:
    """A sentence made from a vocabulary group's form and values, kept so that it can be said
    again in another language: `values` are literal (codes, brands), `texts` name catalogue
    text as (name, field, kind, code, English text), `lowered` those written after a colon."""

    group: str
    key: str
    values: tuple[tuple[str, str], ...] = ()
    texts: tuple[tuple[str, str, str, str, str], ...] = ()
    lowered: tuple[str, ...] = ()


def say(form: Form, words: Words) -> Said:
    """The sentence in `words`' language; in English, said to be, when any part lacks a
    translation (a German frame around an English title would be a silent mix)."""
    template = words.word(form.group, form.key)
    parts = {
        name: words.entry_text(field, kind, code, text)
        for name, field, kind, code, text in form.texts
    }
    if words.language != SOURCE_LANGUAGE and (
        template.english or any(part.english for part in parts.values())
    ):
        return Said(say(form, Words(words.catalog)).text, True)
    values = dict(form.values)
    for name, part in parts.items():
        values[name] = words.after_colon(part.text) if name in form.lowered else part.text
    return Said(template.text.format(**values))
