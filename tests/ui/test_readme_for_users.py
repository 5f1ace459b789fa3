"""What README tells an agent holds: its pack example imports in the window, every shortcut of
Help > Keyboard shortcuts is in its table, and what is stored is said."""

from __future__ import annotations

import re
from pathlib import Path

from app.ui.main_window import MainWindow
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    start = README.index(title)
    end = README.find("\n#", start + len(title))
    return README[start:end]


def test_the_readme_pack_example_imports_and_changes_the_reply(
    window: MainWindow, tmp_path: Path
) -> None:
    block = re.search(r"```toml\n(.*?)```", _section("### Reply packs"), re.DOTALL)
    assert block is not None
    pack = tmp_path / "team.toml"
    pack.write_text(block.group(1), encoding="utf-8")
    assert window.packs.import_file(pack)
    window.set_paste("insufficient_funds")
    assert "short of funds" in window.reply.editor.toPlainText()
    assert window.reply.header.text().endswith("from the team pack")
    window.reply.choose("de", "chat")
    window.set_paste("expired_card")
    assert window.reply.editor.toPlainText().startswith("Die Karte ist abgelaufen.")


def test_every_shortcut_of_the_help_is_in_the_readme_table(window: MainWindow) -> None:
    table = _section("## The window")
    for keys, what in window.menus.shortcuts():
        for key in keys.split(", "):
            assert f"| {key}" in table or f", {key}" in table or f"(or {key})" in table, (key, what)


def test_what_is_stored_names_the_settings_and_the_history_fields() -> None:
    stored = _section("### What is stored, and what never is")
    for said in (
        "your sign-off for each language",
        "whether the payment was live or test",
        "Never stored: the pasted text itself",
    ):
        assert said in stored, said
