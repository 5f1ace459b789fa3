"""build/guard.py: every language has its lists; the confusables come from Unicode's data."""

from __future__ import annotations

import shutil
from pathlib import Path

from build.guard import LOCALES, REQUIRED_REASONS, confusable_rows, load_guard

GUARD = Path(__file__).resolve().parents[2] / "resources" / "guard"


def test_the_shipped_lists_are_complete() -> None:
    problems: list[str] = []
    source = load_guard(GUARD, problems)
    assert problems == []
    assert set(source["languages"]) == set(LOCALES)
    for data in source["languages"].values():
        assert all(data[reason]["words"] for reason in REQUIRED_REASONS)


def test_a_language_without_a_list_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "guard"
    shutil.copytree(GUARD, folder)
    text = (folder / "it.toml").read_text(encoding="utf-8")
    (folder / "it.toml").write_text(text.replace("[fraud]", "[fraud_old]"), encoding="utf-8")
    (folder / "ja.toml").unlink()
    problems: list[str] = []
    load_guard(folder, problems)
    assert "guard/ja.toml: file is missing" in problems
    assert "guard/it.toml: [fraud] needs a `words` list" in problems
    assert "guard/it.toml: [fraud_old] is not a reason of guard/reasons.toml" in problems


def test_look_alikes_of_other_scripts_map_to_latin_letters() -> None:
    table = {row["char"]: row["latin"] for row in confusable_rows()}
    assert table["\u0430"] == "a"  # Cyrillic a
    assert table["\u03bf"] == "o"  # Greek omicron
    assert table["\u0405"] == "s"  # Cyrillic DZE
    assert "ロ" not in table and "é" not in table  # Japanese and accented Latin stay
