"""A revealing sentence after a reply's sign-off is refused as it is alone. An everyday group of
one language once held a word that is another's sign-off (French "regards", glances, beside
English "Best regards,"): "Best regards,\nIt was stolen." passed while "Thanks,\nIt was stolen."
was refused. Every revealing sentence of the later held-out sets that is refused alone is put
after each language's shipped sign-off and after its whole generic decline e-mail, checked with
its language and with none."""

from __future__ import annotations

import tomllib
from pathlib import Path

from app.catalogue.catalog import Catalog
from app.replies.guard import Guard
from build.languages import LOCALES

DATA = Path(__file__).parent.parent / "data" / "guard"
SETS = ("holdout21.toml", "holdout23.toml", "holdout25.toml", "holdout26.toml")
# Of 11,226 checks (was 48 of 11,112, then 33 once a line break after a sign-off ended a clause
# for the rules, branch guard11): none, since such a line break also ends a sentence for the
# classifier (branch guard12: folding had made it a space, and the sign-off's words, harmless
# in every shipped reply, cleared the sentence they were read with).
CLEARED_AT_MOST = 0


def _revealing(locale: str) -> list[str]:
    found: list[str] = []
    for name in SETS:
        table = tomllib.loads((DATA / name).read_text(encoding="utf-8"))
        found += table.get(locale, {}).get("revealing", [])
    return found


def test_a_sign_off_clears_few_revealing_sentences(catalog: Catalog, guard: Guard) -> None:
    """A line with no full stop before the revealing one (a sign-off, a greeting, the whole
    generic reply) clears none of them, in any language, checked with its locale or none."""
    cleared: dict[str, int] = {}
    tried = 0
    for locale in LOCALES:
        closing = catalog.reply_frame(locale).closing
        reply = catalog.reply_template(locale, "generic_decline", "email")
        refused_alone = [text for text in _revealing(locale) if guard.check(text, locale)]
        assert len(refused_alone) > 100, (locale, len(refused_alone))
        for text in refused_alone:
            for before in (f"{closing}\n", f"{reply}\n", f"Thanks,\n{closing}\n"):
                for checked in (locale, None):
                    tried += 1
                    if not guard.check(before + text, checked):
                        cleared[locale] = cleared.get(locale, 0) + 1
    assert cleared.get("en", 0) == 0, cleared
    assert sum(cleared.values()) <= CLEARED_AT_MOST, (cleared, tried)


def test_an_english_sign_off_after_a_revealing_line() -> None:
    """The case that was seen, in a real window: the stolen-card reply, then "It was stolen."."""
    with Catalog(str(Path(__file__).parents[2] / "catalog.db")) as catalog:
        guard = Guard.from_catalog(catalog)
        for closing in ("Best regards,", "Kind regards,", "Regards,", "Warm regards,"):
            assert guard.check(f"{closing}\nIt was stolen.", "en"), closing
