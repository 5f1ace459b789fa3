"""A team pack written like the shipped reply files (resources/replies/xx.toml, README's "Reply
packs") imports: the language named once at the top, [replies.CLASS] holding email and chat."""

from __future__ import annotations

import pytest

from app import paths
from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import CHANNELS
from app.replies.guard import Guard
from app.replies.packs import PackError, ReplyPack, load_pack

SHIPPED = sorted((paths.resources_dir() / "replies").glob("*.toml"))


def load(text: str, catalog: Catalog, guard: Guard) -> ReplyPack:
    return load_pack(text, catalog.vocabulary("reply_classes"), catalog.reply_locales(), guard)


def _locale(text: str) -> str:
    line = next(line for line in text.splitlines() if line.startswith("locale"))
    return line.split("=", 1)[1].strip().strip('"')


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
@pytest.mark.parametrize("header", ["", '[pack]\nname = "Acme"\n\n'])
def test_a_copy_of_a_shipped_reply_file_imports_whole(
    catalog: Catalog, guard: Guard, path: object, header: str
) -> None:
    text = path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    locale = _locale(text)
    pack = load(text + ("\n" + header if header else ""), catalog, guard)
    classes = catalog.vocabulary("reply_classes")
    assert set(pack.texts) == {(c, locale, ch) for c in classes for ch in CHANNELS}
    assert pack.name == ("Acme" if header else "Team replies")


def test_a_pack_header_first_takes_the_locale_written_under_it(
    catalog: Catalog, guard: Guard
) -> None:
    # As an agent writes it: [pack] on top, then the shipped file's first lines, so `locale`
    # falls inside [pack]; it still names the language.
    text = (
        '[pack]\nname = "Acme"\nlocale = "de"\n\n'
        '[replies.insufficient_funds]\nchat = "Leider reichte das Guthaben nicht."\n'
    )
    pack = load(text, catalog, guard)
    assert pack.texts == {
        ("insufficient_funds", "de", "chat"): "Leider reichte das Guthaben nicht."
    }


def test_texts_with_no_language_are_refused_in_one_sentence(catalog: Catalog, guard: Guard) -> None:
    text = (
        '[replies.insufficient_funds]\nchat = "Short of funds."\n'
        '[replies.expired_card]\nchat = "Expired."\n'
    )
    with pytest.raises(PackError) as refused:
        load(text, catalog, guard)
    assert len(refused.value.problems) == 1
    assert (
        'locale = "en"' in refused.value.problems[0] and "(and 1 more)" in refused.value.problems[0]
    )


def test_a_revealing_text_in_the_shipped_form_is_still_refused(
    catalog: Catalog, guard: Guard
) -> None:
    text = 'locale = "en"\n[replies.generic_decline]\nchat = "Your card was reported stolen."\n'
    with pytest.raises(PackError, match="stolen"):
        load(text, catalog, guard)
