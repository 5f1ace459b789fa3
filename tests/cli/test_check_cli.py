"""`declinedesk check-reply` and `declinedesk pack check`, run as a team would run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main as cli
from tests.conftest import ROOT

PACK = """[pack]
name = "Acme"

[replies.generic_decline.en]
chat = "Sorry[[ {customer_first_name}]], your bank declined the payment."
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def declinedesk(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.mark.slow
def test_a_team_checks_its_macros_from_the_shell(tmp_path: Path) -> None:
    safe = tmp_path / "safe.txt"
    safe.write_text("Please try a different card.\n", encoding="utf-8")
    done = declinedesk("check-reply", str(safe))
    assert (done.returncode, done.stdout.strip()) == (0, f"{safe}: safe to send.")
    done = declinedesk("check-reply", "--format", "json", stdin="Hola,\nsu tarjeta fue r0bada.")
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout) == {
        "ok": False,
        "input": "-",
        "problems": [
            {
                "phrase": "r0bada",
                "reason": "can tell the customer the card was reported lost or stolen",
                "start": 21,
                "end": 27,
            }
        ],
    }
    pack = tmp_path / "pack.toml"
    pack.write_text(PACK, encoding="utf-8")
    done = declinedesk("pack", "check", str(pack))
    assert done.returncode == 0, done.stderr
    assert "“Acme” can be imported: 1 texts" in done.stdout


def test_check_reply_text_says_where_each_phrase_is(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    macro = tmp_path / "macro.txt"
    macro.write_text("Hi {{name}},\n\nYour card was flagged as s-t-o-l-e-n.\n", encoding="utf-8")
    status, out, _ = run(capsys, "check-reply", str(macro))
    assert status == 1
    assert out.splitlines()[1].startswith("  line 3, column 15: “flagged”")
    assert "line 3, column 26: “s-t-o-l-e-n” can tell the customer" in out


def test_check_reply_reads_several_files_and_reports_each(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("Thanks, please try again.", encoding="utf-8")
    bad.write_text("Decline code: merchant_blacklist", encoding="utf-8")
    status, out, _ = run(capsys, "check-reply", "--format", "json", str(good), str(bad))
    assert status == 1
    first, second = (json.loads(line) for line in out.splitlines())
    assert first == {"ok": True, "input": str(good), "problems": []}
    assert second["problems"][0]["reason"] == "names a confidential decline code"


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (None, "file"),
        (b"", "empty"),
        (b"  \n", "empty"),
        (b"\x00\x01binary", "binary"),
        (b"\xff\xfe\xfa bad", "encoding"),
        (b"x" * (1024 * 1024 + 1), "too_large"),
    ],
)
def test_unusable_input_exits_2_with_a_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes | None, kind: str
) -> None:
    path = tmp_path / "macro.txt"
    if content is not None:
        path.write_bytes(content)
    status, out, _ = run(capsys, "check-reply", "--format", "json", str(path))
    assert status == 2
    result = json.loads(out)
    assert result["ok"] is False and result["error"]["kind"] == kind
    assert result["error"]["message"].endswith(".")
    status, _, err = run(capsys, "check-reply", str(path))
    assert status == 2 and err.startswith(f"{path}: ") and "Traceback" not in err


def test_the_locale_chooses_the_language_s_own_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    macro = tmp_path / "nl.txt"
    macro.write_text("Je winkelmand is nog vol.", encoding="utf-8")
    assert run(capsys, "check-reply", "--locale", "nl", str(macro))[0] == 0
    assert run(capsys, "check-reply", "--locale", "fr", str(macro))[0] == 1
    status, _, err = run(capsys, "check-reply", "--locale", "xx", str(macro))
    assert status == 2 and "choose one of" in err


def test_pack_check_lists_every_problem(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pack = tmp_path / "pack.toml"
    pack.write_text(
        PACK + '\n[replies.contact_bank.en]\nchat = "It is sto[[{card_brand}]]len."'
        '\nemail = "Our r4dar said no."\n',
        encoding="utf-8",
    )
    status, out, _ = run(capsys, "pack", "check", str(pack))
    assert status == 1
    assert "the pack would not be imported (2 problems)" in out
    assert "contact_bank / en / chat: “stolen”" in out and "“r4dar”" in out
    status, out, _ = run(capsys, "pack", "check", "--format", "json", str(pack))
    assert status == 1 and len(json.loads(out)["problems"]) == 2
    status, _, err = run(capsys, "pack", "check", str(tmp_path / "missing.toml"))
    assert status == 2 and "There is no file named" in err


def test_without_a_locale_every_language_is_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    macro = tmp_path / "fr.txt"
    macro.write_text("Le titulaire a déclaré la perte de sa carte.", encoding="utf-8")
    status, out, _ = run(capsys, "check-reply", str(macro))
    assert status == 1 and "“perte”" in out  # the French rules name the word
    # With an English locale the French rules do not apply, but the classifier reads the
    # sentence's meaning in any language and refuses it whole.
    status, out, _ = run(capsys, "check-reply", "--locale", "en", str(macro))
    assert status == 1 and "“Le titulaire a déclaré la perte de sa carte”" in out


@pytest.mark.parametrize(
    ("locale", "safe", "revealing"),
    [
        (
            "ko-KR",
            "택배가 분실되어 새 상품을 보내 드렸습니다.",
            "고객님의 카드는 분실 신고가 되어 있습니다.",
        ),
        ("zh-CN", "包裹在运输途中丢失，我们已重新发货。", "您的卡已被盜刷。"),
        ("zh_Hans", "浏览器的弹窗拦截功能挡住了确认窗口。", "您的卡在我们的黑名单上。"),
        ("pl-PL", "Kurier zgubił paczkę, więc wysłaliśmy nową.", "Właściciel zgubił kartę."),
        ("sv-SE", "Budet tappade bort paketet, så vi skickade ett nytt.", "Du har tappat kortet."),
    ],
)
def test_the_new_languages_are_checked_with_their_own_rules(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, locale: str, safe: str, revealing: str
) -> None:
    macro = tmp_path / "macro.txt"
    macro.write_text(safe, encoding="utf-8")
    assert run(capsys, "check-reply", "--locale", locale, str(macro))[0] == 0
    macro.write_text(revealing, encoding="utf-8")
    status, out, _ = run(capsys, "check-reply", "--locale", locale, "--format", "json", str(macro))
    assert status == 1 and json.loads(out)["problems"]
