"""The command line speaks the agent's language for people (the window language chosen in
Settings, else the system's), reading the window's .qm files without Qt; JSON stays English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.agent.userdata import UserStore
from app.cli import words
from app.cli.main import main
from build.translations import languages, messages, ts_file


def in_ts(language: str, source: str) -> str:
    """The translation the .ts file gives, read from it, not written in the test."""
    found = [m.translation for m in messages(ts_file(language)) if m.source == source]
    assert found, source
    return found[0]


@pytest.mark.parametrize("language", languages())
def test_every_message_of_a_qm_file_is_read_without_qt(qm_folder: Path, language: str) -> None:
    data = (qm_folder / ts_file(language).with_suffix(".qm").name).read_bytes()
    read = words.read_qm(data)
    for message in messages(ts_file(language)):
        assert read[(message.context, message.source)] == message.translation


def test_not_a_qm_file_is_refused() -> None:
    with pytest.raises(ValueError):
        words.read_qm(b"<TS version='2.1'></TS>")


@pytest.mark.parametrize("language", languages())
def test_an_error_sentence_follows_the_system_language(
    speaking: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    speaking.setenv("LANG", f"{language.replace('-', '_')}.UTF-8")
    assert main(["lookup", "no_such_code"]) == 1
    sentence = in_ts(language, "No catalogue entry is named {code}.")
    assert capsys.readouterr().err.strip() == sentence.format(code="'no_such_code'")


def test_the_window_language_chosen_in_settings_comes_first(
    speaking: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    store = UserStore(tmp_path / "data")
    store.save_settings({"window_language": "ja"})
    store.close()
    speaking.setenv("LANGUAGE", "de")
    assert main(["search", "qqqzzzxxyy"]) == 1
    sentence = in_ts("ja", "Nothing in the catalogue matches {words}.")
    assert capsys.readouterr().err.strip() == sentence.format(words="'qqqzzzxxyy'")


def test_help_describes_the_commands_in_the_language(
    speaking: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    speaking.setenv("LANGUAGE", "de:en")
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert in_ts("de", "print catalogue entries for one or more codes") in shown
    assert "print catalogue entries" not in shown


def test_a_language_without_words_is_english(
    speaking: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    speaking.setenv("LANGUAGE", "tlh")  # no window translation: English, the source
    assert main(["lookup", "no_such_code"]) == 1
    assert capsys.readouterr().err.strip() == "No catalogue entry is named 'no_such_code'."


def test_json_output_stays_english_and_the_same(
    speaking: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    outputs = []
    for language in ("en", "ko"):
        speaking.setenv("LANGUAGE", language)
        words.language.cache_clear()
        assert main(["lookup", "--format", "json", "do_not_honor", "stolen_card"]) == 0
        outputs.append([json.loads(line) for line in capsys.readouterr().out.splitlines()])
    assert outputs[0] == outputs[1] and len(outputs[0]) == 2


def test_data_dir_names_the_user_db_whose_choice_counts(
    speaking: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    store = UserStore(tmp_path / "elsewhere")
    store.save_settings({"window_language": "sv"})
    store.close()
    assert main(["--data-dir", str(tmp_path / "elsewhere"), "lookup", "no_such_code"]) == 1
    sentence = in_ts("sv", "No catalogue entry is named {code}.")
    assert capsys.readouterr().err.strip() == sentence.format(code="'no_such_code'")
