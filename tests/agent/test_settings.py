"""Settings: one typed, frozen record; a bad stored value falls back with one notice."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest

from app.agent.settings import Settings, checked_changes, read_settings
from app.agent.userdata import UserStore


def store_raw(folder: Path, rows: dict[str, str]) -> None:
    """Writes settings values as another program (or a damaged disk) might have left them."""
    UserStore(folder).close()
    with sqlite3.connect(folder / "user.db") as db:
        db.executemany("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                       rows.items())
    db.close()


def test_the_record_is_frozen_and_has_defaults() -> None:
    settings = Settings()
    assert (settings.locale, settings.channel, settings.history_days) == ("en", "email", 30)
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.locale = "de"  # type: ignore[misc]


@pytest.mark.parametrize(("name", "stored"), [
    ("history_days", '"thirty"'), ("history_days", "0"), ("history_days", "true"),
    ("history_days", "30.5"), ("history_enabled", '"yes"'), ("history_enabled", "1"),
    ("locale", "42"), ("locale", '"<script>"'), ("channel", '"fax"'), ("agent_name", "null"),
    ("agent_name", "not json at all"), ("pack_text", "[1, 2"), ("company", '{"a": 1}'),
])
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
