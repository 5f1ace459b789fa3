"""Settings: one typed, frozen record; a bad stored value falls back with one notice."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest

from app.agent.settings import (
    MAX_CHARS,
    NAMES,
    Settings,
    checked_changes,
    notice_for,
    read_settings,
)
from app.agent.userdata import UserStore
from app.replies.packs import MAX_PACK_BYTES


def store_raw(folder: Path, rows: dict[str, str]) -> None:
    """Writes settings values as another program (or a damaged disk) might have left them."""
    UserStore(folder).close()
    with sqlite3.connect(folder / "user.db") as db:
        db.executemany("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", rows.items())
    db.close()


def test_the_record_is_frozen_and_has_defaults() -> None:
    settings = Settings()
    assert (settings.locale, settings.channel, settings.history_days) == ("en", "email", 30)
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.locale = "de"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("name", "stored"),
    [
        ("history_days", '"thirty"'),
        ("history_days", "0"),
        ("history_days", "true"),
        ("history_days", "30.5"),
        ("history_enabled", '"yes"'),
        ("history_enabled", "1"),
        ("locale", "42"),
        ("locale", '"<script>"'),
        ("channel", '"fax"'),
        ("agent_name", "null"),
        ("agent_name", "not json at all"),
        ("pack_text", "[1, 2"),
        ("company", '{"a": 1}'),
    ],
)
def test_a_bad_stored_value_falls_back_to_its_default(name: str, stored: str) -> None:
    settings, bad = read_settings({name: stored, "sign_off": '"Cheers,"'})
    assert bad == [name]
    assert getattr(settings, name) == getattr(Settings(), name)
    assert settings.sign_off == "Cheers,"  # the good ones are kept


def test_store_says_once_which_settings_were_unusable(tmp_path: Path) -> None:
    store_raw(tmp_path, {"history_days": "not json", "channel": '"fax"', "locale": '"de"'})
    heard: list[str] = []
    store = UserStore(tmp_path)
    store.on_notice = heard.append
    assert store.settings() == Settings(locale="de")
    assert store.notice is not None and "channel, history_days" in store.notice
    store.settings()
    assert store.notices == [store.notice] and heard == []  # said once, at opening
    store.save_settings({"history_days": 10})
    assert store.settings().history_days == 10


def test_unknown_keys_are_kept(tmp_path: Path) -> None:
    store_raw(tmp_path, {"theme": '"dark"', "from_a_newer_version": "[1, 2, 3]"})
    store = UserStore(tmp_path)
    store.save_settings({"agent_name": "Sam", "locale": "fr"})
    store.close()
    with sqlite3.connect(tmp_path / "user.db") as db:
        rows = dict(db.execute("SELECT key, value FROM settings"))
    db.close()
    assert rows["theme"] == '"dark"' and rows["from_a_newer_version"] == "[1, 2, 3]"
    assert json.loads(rows["agent_name"]) == "Sam"
    assert UserStore(tmp_path).notice is None  # unknown names are not a problem


def test_a_wrong_change_is_refused_before_anything_is_written() -> None:
    with pytest.raises(ValueError, match="wrong kind: channel, history_enabled"):
        checked_changes(Settings(), {"channel": "fax", "history_enabled": "yes"})
    assert checked_changes(Settings(), {"channel": "chat"}).channel == "chat"


def too_long(name: str) -> object:
    """A value one character over the setting's bound (or a long text where a number or a flag
    belongs)."""
    return "A" * (MAX_CHARS.get(name, 80) + 1)


@pytest.mark.parametrize("name", NAMES)
def test_a_value_over_its_bound_falls_back_with_one_notice(tmp_path: Path, name: str) -> None:
    store_raw(
        tmp_path,
        {
            name: json.dumps(too_long(name)),
            "sign_off" if name != "sign_off" else "company": '"Cheers,"',
        },
    )
    store = UserStore(tmp_path)
    assert getattr(store.settings(), name) == getattr(Settings(), name)
    assert store.notices == [notice_for([name])]
    with pytest.raises(ValueError, match=name):
        checked_changes(Settings(), {name: too_long(name)})


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("agent_name", "Sam\nLee"),
        ("company", "Acme\r"),
        ("sign_off", "Cheers,\x00"),
        ("pack_folder", "/team/" + "x" * 256 + "/replies"),
        ("pack_folder", "C:\\" + "y" * 300),
        ("pack_folder", "/team\x00/replies"),
    ],
)
def test_a_value_no_dialog_could_save_falls_back(name: str, value: str) -> None:
    settings, bad = read_settings({name: json.dumps(value)})
    assert bad == [name] and settings == Settings()


def test_every_bound_is_a_value_the_app_can_still_use() -> None:
    longest = {
        name: "A" * MAX_CHARS[name] for name in ("agent_name", "company", "sign_off", "pack_text")
    }
    settings, bad = read_settings({name: json.dumps(value) for name, value in longest.items()})
    assert bad == [] and settings.agent_name == longest["agent_name"]
    unicode = "Zoë 🙂 " * (MAX_CHARS["agent_name"] // 7)  # JSON writes these as \\u escapes
    assert read_settings({"agent_name": json.dumps(unicode)})[0].agent_name == unicode


@pytest.mark.slow
@pytest.mark.parametrize("size", [1_000_000, 50_000_000])  # under and over what SQLite hands back
def test_a_50_mb_setting_gives_one_notice_and_a_working_store(tmp_path: Path, size: int) -> None:
    store_raw(tmp_path, {"agent_name": json.dumps("A" * size), "locale": '"fr"'})
    heard: list[str] = []
    store = UserStore(tmp_path)
    store.on_notice = heard.append
    assert store.notices == [notice_for(["agent_name"])]
    for _ in range(20):  # the window reads settings at every paste: never decoded, never said
        assert store.settings() == Settings(locale="fr")
    assert heard == []
    store.save_settings({"agent_name": "Sam"})  # saving again replaces it
    assert store.settings().agent_name == "Sam"
    store.close()
    reopened = UserStore(tmp_path)
    assert reopened.notice is None and reopened.settings() == Settings("Sam", locale="fr")


def test_the_stored_pack_bound_holds_every_pack_an_import_accepts() -> None:
    assert MAX_CHARS["pack_text"] >= 4 * MAX_PACK_BYTES
