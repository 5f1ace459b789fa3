"""The builder: fresh committed catalogue, same data from same inputs, and the rules it enforces."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.opening import SCHEMA_VERSION
from app.reading.messages import match, normalise
from build import catalog_source
from build.catalog import build, fingerprint
from build.catalog_source import CatalogBuildError, source_hash
from build.guard_model import train_model
from tests.conftest import CATALOG_DB, CATALOG_SOURCE

# A whole build trains the guard's classifier: a minute on an idle machine, several when the
# suite's workers share two cores with other work, so the module has more time than a test
# that could hang.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]


@pytest.fixture(scope="module")
def trained() -> list[dict[str, bytes]]:
    """The classifier the module's fresh build trained."""
    return []


@pytest.fixture(scope="module")
def fresh_build(tmp_path_factory: pytest.TempPathFactory, trained: list[dict[str, bytes]]) -> Path:
    out = tmp_path_factory.mktemp("fresh") / "catalog.db"

    def training(*args: Any, **kwargs: Any) -> dict[str, bytes]:
        trained.append(train_model(*args, **kwargs))
        return trained[-1]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(catalog_source, "train_model", training)
        build(CATALOG_SOURCE, out)
    return out


@pytest.fixture
def source_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "catalog-source"
    shutil.copytree(CATALOG_SOURCE, copy)
    return copy


def set_field(source: Path, file: str, header: str, field: str, value: str) -> None:
    """Rewrites one field of one entry, as a person editing the TOML would."""
    path = source / file
    text = path.read_text(encoding="utf-8")
    start = text.index(f"[{header}]\n")
    end = text.find("\n[", start + 1)
    end = len(text) if end == -1 else end
    block = text[start:end]
    # a one-line value, or an array written over several lines
    pattern = re.compile(rf"^{field} = (?:\[\n(?:.*\n)*?\]|[^\n]*)$", re.MULTILINE)
    if pattern.search(block):
        block = pattern.sub(lambda _: f"{field} = {value}", block, count=1)
    else:
        block = block.replace("]\n", f"]\n{field} = {value}\n", 1)
    path.write_text(text[:start] + block + text[end:], encoding="utf-8")


def problems_of(source: Path, tmp_path: Path) -> list[str]:
    with pytest.raises(CatalogBuildError) as caught:
        build(source, tmp_path / "out.db")
    assert not (tmp_path / "out.db").exists(), "a refused build must not leave a catalogue behind"
    return caught.value.problems


def test_committed_catalog_is_up_to_date(fresh_build: Path) -> None:
    assert CATALOG_DB.exists(), "catalog.db is missing: run `make catalog`"
    assert fingerprint(fresh_build) == fingerprint(CATALOG_DB), (
        "catalog.db is out of date with resources/catalog/: run `make catalog` and commit it"
    )
    with Catalog(CATALOG_DB) as catalog:
        assert catalog.info().source_hash == source_hash(CATALOG_SOURCE)


def test_same_inputs_give_the_same_file(
    fresh_build: Path,
    trained: list[dict[str, bytes]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The file byte for byte: its pages, metadata and seal. The second build takes the
    classifier the first trained: that training gives the committed model is
    test_committed_catalog_is_up_to_date's to show, and that the same sentences train the same
    model is tests/build/test_guard_model_build.py's."""
    monkeypatch.setattr(catalog_source, "train_model", lambda *_, **__: trained[0])
    again = tmp_path / "again.db"
    build(CATALOG_SOURCE, again)
    assert again.read_bytes() == fresh_build.read_bytes()


def test_schema_version_metadata_and_search_index(fresh_build: Path) -> None:
    db = sqlite3.connect(fresh_build)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    meta = dict(db.execute("SELECT key, value FROM metadata"))
    assert {"version", "built", "source_hash", "schema_version", "counts"} <= set(meta)
    hits = [
        row[0]
        for row in db.execute(
            "SELECT e.code FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid "
            "WHERE entries_fts MATCH 'stolen' ORDER BY rank"
        )
    ]
    assert "stolen_card" in hits
    indexes = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert any("kind" in name and "code" in name for name in indexes)


def test_refuses_a_sensitive_code_with_another_reply_class(
    source_copy: Path, tmp_path: Path
) -> None:
    set_field(
        source_copy,
        "decline_codes.toml",
        "decline_code.stolen_card",
        "reply_class",
        '"insufficient_funds"',
    )
    problems = problems_of(source_copy, tmp_path)
    assert any("stolen_card" in p and "generic_decline" in p for p in problems)


def test_refuses_a_sensitive_code_marked_not_sensitive(source_copy: Path, tmp_path: Path) -> None:
    set_field(source_copy, "network_codes.toml", 'network_decline_code."43"', "sensitive", "false")
    problems = problems_of(source_copy, tmp_path)
    assert any('"43"' in p or ".43" in p for p in problems)


def test_refuses_sensitive_outside_the_design_list(source_copy: Path, tmp_path: Path) -> None:
    set_field(
        source_copy, "decline_codes.toml", "decline_code.insufficient_funds", "sensitive", "true"
    )
    set_field(
        source_copy,
        "decline_codes.toml",
        "decline_code.insufficient_funds",
        "reply_class",
        '"generic_decline"',
    )
    problems = problems_of(source_copy, tmp_path)
    assert any("insufficient_funds" in p and "not in vocabulary.toml" in p for p in problems)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("retry", '"sometimes"', "`retry` = 'sometimes' is not in vocabulary.toml"),
        ("who_acts", '"the moon"', "`who_acts`"),
        ("title", '""', "needs a non-empty `title`"),
        ("summary", '"TODO"', "still says TODO"),
        ("agent_steps", "[]", "needs `agent_steps`"),
        ("colour", '"blue"', "unknown field `colour`"),
    ],
)
def test_refuses_an_entry_that_breaks_a_rule(
    source_copy: Path, tmp_path: Path, field: str, value: str, expected: str
) -> None:
    set_field(source_copy, "decline_codes.toml", "decline_code.expired_card", field, value)
    problems = problems_of(source_copy, tmp_path)
    assert any("expired_card" in p and expected in p for p in problems), problems


def test_refuses_invalid_toml_with_the_file_name(source_copy: Path, tmp_path: Path) -> None:
    (source_copy / "enumerations.toml").write_text("[error_type.api_error\n", encoding="utf-8")
    problems = problems_of(source_copy, tmp_path)
    assert any(p.startswith("enumerations.toml: not valid TOML") for p in problems)


def test_an_unconfirmed_entry_must_say_so_and_escalate(source_copy: Path, tmp_path: Path) -> None:
    set_field(
        source_copy,
        "error_codes.toml",
        "error_code.siret_invalid",
        "summary",
        '"A French business number was wrong."',
    )
    set_field(
        source_copy,
        "error_codes.toml",
        "error_code.siret_invalid",
        "agent_steps",
        '["Ask the customer for the number."]',
    )
    problems = problems_of(source_copy, tmp_path)
    assert any("siret_invalid" in p and "inferred from the code's name" in p for p in problems)
    assert any("siret_invalid" in p and "escalate" in p for p in problems)


def test_refuses_a_verdict_without_a_badge_label(source_copy: Path, tmp_path: Path) -> None:
    path = source_copy / "vocabulary.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('card_issuer = "Who acts: bank"\n', ""), encoding="utf-8")
    problems = problems_of(source_copy, tmp_path)
    assert "vocabulary.toml [who_acts_badges] has no label for card_issuer" in problems


def test_stripe_messages_are_built_with_their_source(fresh_build: Path) -> None:
    db = sqlite3.connect(fresh_build)
    rows = db.execute("SELECT text, code, source FROM stripe_messages").fetchall()
    db.close()
    assert len(rows) >= 30
    assert (
        "Your card's security code is incorrect.",
        "incorrect_cvc",
        "https://docs.stripe.com/testing#declined-payments",
    ) in rows
    assert all(source.startswith("https://docs.stripe.com/") for _, _, source in rows)


def test_the_committed_messages_are_stored_normalised_as_the_app_reads_them() -> None:
    """Opening the catalogue takes each message's pattern as stored (it is not normalised
    again); a change to normalise() must come with `make catalog`, or pastes stop matching."""
    db = sqlite3.connect(CATALOG_DB.resolve().as_uri() + "?mode=ro", uri=True)
    rows = db.execute("SELECT text, pattern FROM stripe_messages").fetchall()
    db.close()
    assert rows and all(pattern == normalise(text) for text, pattern in rows)
    with Catalog(CATALOG_DB) as catalog:
        messages = catalog.code_kinds().messages
    found = match("Error: Your card's security code is incorrect.", messages)
    assert found is not None and found.code == "incorrect_cvc"


def test_refuses_a_message_that_names_no_entry(source_copy: Path, tmp_path: Path) -> None:
    with (source_copy / "messages.toml").open("a", encoding="utf-8") as handle:
        handle.write(
            '\n[[message]]\ntext = "Your card is made of cheese."\n'
            'code = "cheese_card"\nsource = "https://docs.stripe.com/"\n'
            '\n[[message]]\ntext = "Nothing identified."\nsource = "x"\n'
        )
    problems = problems_of(source_copy, tmp_path)
    assert any("code 'cheese_card' has no error_code entry" in p for p in problems), problems
    assert any("names no error_type, code, decline_code or outcome" in p for p in problems), (
        problems
    )
