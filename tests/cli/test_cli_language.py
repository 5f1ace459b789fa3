"""`explain` and `check-reply` speak the agent's language to people: the verdict, badges,
headline, confidential line and the guard's reasons, what has no translation yet tagged [EN];
their JSON stays English and exact; CJK lines are wrapped by the columns a terminal gives them."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.words import Words
from app.cli import words
from app.cli.columns import fill, has_wide, width, wrap
from app.cli.main import main
from build.languages import LOCALES
from tests.cli.test_cli_words import in_ts

DATA = Path(__file__).resolve().parent.parent / "data" / "pastes"
FOREIGN = [locale for locale in LOCALES if locale != "en"]
STOLEN = DATA / "value_sensitive_code_only_in_message.txt"
DECLINED = DATA / "charge_do_not_honor.txt"


def explain_text(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> str:
    words.language.cache_clear()
    assert main(["explain", *args]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("language", FOREIGN)
def test_explain_says_the_verdict_in_the_language(
    speaking: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    catalog: Catalog,
    language: str,
) -> None:
    english = explain_text(speaking, capsys, str(DECLINED))
    speaking.setenv("LANGUAGE", language)
    said = explain_text(speaking, capsys, str(DECLINED))
    ours = Words(catalog, language)
    badges = ours.group("retry_badges")["later"], ours.group("who_acts_badges")["card_issuer"]
    assert f"{badges[0]} · {badges[1]}" in said and "Retry: yes, later" in english
    assert "Retry: yes, later" not in said
    assert said.splitlines()[0] != english.splitlines()[0]  # the headline
    assert in_ts(language, "What happened:") in said.splitlines()
    # The summary in the language where it has one, else English and said to be.
    entry = catalog.entry("decline_code", "do_not_honor")
    assert entry is not None
    summary = ours.entry_text("summary", entry.kind, entry.code, entry.summary)
    if summary.english:
        assert "[EN] The customer's bank refused" in said
    else:
        assert summary.text[:12] in said  # its start, before any wrap
        assert "The customer's bank refused" not in said
    assert "[EN]" not in english


def test_explain_json_stays_english_and_exact(
    speaking: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    outputs = []
    for language in LOCALES[::4]:  # English, Portuguese, Korean
        speaking.setenv("LANGUAGE", language)
        outputs.append(explain_text(speaking, capsys, "--format", "json", str(STOLEN)))
    assert len(outputs) == 3 and outputs[0] == outputs[1] == outputs[2]
    failure = json.loads(outputs[0])["failures"][0]
    assert failure["explanation"]["title"].isascii() and failure["sensitive"] is True


def test_the_guard_reasons_are_said_in_the_language_json_english(
    speaking: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    catalog: Catalog,
    tmp_path: Path,
) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text("Your card was reported stolen, so the bank declined it.\n", encoding="utf-8")
    english_reason = catalog.guard_reasons()["lost_or_stolen"]
    for language in FOREIGN:
        speaking.setenv("LANGUAGE", language)
        words.language.cache_clear()
        assert main(["check-reply", str(reply)]) == 1
        out = capsys.readouterr().out
        assert Words(catalog, language).guard_reason(english_reason) in out, language
        assert english_reason not in out
        assert main(["check-reply", "--format", "json", str(reply)]) == 1
        problems = json.loads(capsys.readouterr().out)["problems"]
        assert english_reason in {p["reason"] for p in problems}


SENTENCES = [
    "银行拒绝且未说明原因，请客户致电银行，然后稍后重试。",
    "カード会員に電話を求めています。銀行が理由を示さずに拒否しました（コード05）。",
    "은행이 이유 없이 거절했습니다. 은행에 전화한 뒤 나중에 다시 시도하도록 요청합니다.",
    "Ｆｕｌｌｗｉｄｔｈ letters ｔａｋｅ two columns, Stripe の decline_code も混ざります。",
]


@pytest.mark.parametrize("columns", [12, 20, 31, 40, 88])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_cjk_lines_fit_the_columns_and_keep_every_character(sentence: str, columns: int) -> None:
    text = " ".join([sentence] * 5)
    lines = wrap(text, columns, "  ", "    ")
    # A line is over only when it holds one word of narrow letters, which never breaks.
    over = [line for line in lines if width(line) > columns]
    assert all(" " not in line.strip() and width(line) == len(line) for line in over), lines
    assert len(lines) > 1
    assert "".join(line.strip() for line in lines).replace(" ", "") == text.replace(" ", "")
    for line in lines[1:]:  # no line starts with closing punctuation
        assert line.strip()[:1] not in "。、，）)"


def test_text_without_wide_characters_wraps_as_textwrap_does() -> None:
    text = "The customer's bank refused the payment and did not say why; " * 4
    for columns in (20, 40, 88):
        assert fill(text, columns, "  ", "    ") == textwrap.fill(
            text, columns, initial_indent="  ", subsequent_indent="    "
        )


# The languages written in wide characters, told by their own words, not listed.
WIDE = [language for language in FOREIGN if has_wide(in_ts(language, "What to do:"))]


@pytest.mark.parametrize("language", WIDE)
def test_cjk_help_lines_fit_the_terminal(
    speaking: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    language: str,
) -> None:
    speaking.setenv("LANGUAGE", language)
    assert len(WIDE) == 3
    speaking.setenv("COLUMNS", "60")
    words.language.cache_clear()
    for command in ([], ["explain"], ["check-reply"], ["pack"]):
        with pytest.raises(SystemExit):
            main([*command, "--help"])
        out = capsys.readouterr().out
        assert any(width(line) != len(line) for line in out.splitlines())
        too_wide = [line for line in out.splitlines() if width(line) > 60 and " " in line.strip()]
        assert not too_wide, too_wide


def test_the_saved_choice_is_read_from_the_stores_own_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from app.agent.userdata import DATA_DIR_ENV, default_data_dir

    assert words.DATA_DIR_ENV == DATA_DIR_ENV
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    assert words.data_folder() == default_data_dir()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert words.data_folder() == default_data_dir()
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    assert words.data_folder() == default_data_dir() == tmp_path


def test_a_damaged_user_db_is_no_choice(
    speaking: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "data"
    folder.mkdir(exist_ok=True)
    (folder / "user.db").write_bytes(b"not a database" * 100)
    words.use_data_dir(folder)
    speaking.setenv("LANGUAGE", "ko")
    assert words.language() == "ko"
