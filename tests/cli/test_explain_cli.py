"""`declinedesk explain`, held to DESIGN.md's contract."""

from __future__ import annotations

import io
import json
import socket
from pathlib import Path

import pytest

from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import CHANNELS
from app.cli import main as cli
from app.reading.paste import read_paste
from app.replies.replies import reply_for
from tests.conftest import DATA

PASTES = DATA / "pastes"
FAILURE_KEYS = ["detected", "sensitive", "retry", "who_acts", "explanation", "reply"]
DETECTED_KEYS = [
    "shape",
    "error_type",
    "code",
    "decline_code",
    "advice_code",
    "network_decline_code",
    "network_advice_code",
    "card_brand",
    "outcome",
    "amount",
    "currency",
    "ids",
    "inferred",
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[dict], str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines() if line.startswith("{")], err


def test_json_contract_for_a_charge(capsys: pytest.CaptureFixture[str]) -> None:
    status, [result], err = run(
        capsys, "explain", "--format", "json", str(PASTES / "charge_do_not_honor.txt")
    )
    assert status == 0 and err == ""
    assert list(result) == ["ok", "input", "warnings", "failures"]
    assert result["ok"] is True and result["warnings"] == []
    [failure] = result["failures"]
    assert list(failure) == FAILURE_KEYS
    assert list(failure["detected"]) == DETECTED_KEYS
    assert list(failure["detected"]["outcome"]) == [
        "type",
        "network_status",
        "reason",
        "risk_level",
    ]
    assert list(failure["explanation"]) == ["title", "summary", "agent_steps"]
    assert list(failure["reply"]) == ["locale", "channel", "text"]
    assert failure["detected"]["decline_code"] == "do_not_honor"
    assert failure["detected"]["inferred"] == ["error_type"]  # a Charge's code: a card_error
    assert failure["sensitive"] is False
    assert failure["explanation"]["title"].startswith("Card declined: ")
    assert failure["reply"]["locale"] == "en" and failure["reply"]["channel"] == "email"
    assert "€49.99" in failure["reply"]["text"] and "4444" in failure["reply"]["text"]


def test_stolen_card_gets_the_generic_reply(
    capsys: pytest.CaptureFixture[str], catalog: Catalog
) -> None:
    path = PASTES / "payment_intent_stolen_card_expanded_charge.txt"
    _, [stolen], _ = run(capsys, "explain", "--format", "json", "--locale", "de", str(path))
    failure = stolen["failures"][0]
    assert failure["sensitive"] is True and failure["retry"] == "never"
    # Byte for byte the generic-decline reply of the same payment, language and channel.
    report = read_paste(path.read_text(), catalog.code_kinds()).failures[0]
    generic = reply_for(report, "generic_decline", catalog, "de", "email")
    assert failure["reply"] == {"locale": "de", "channel": "email", "text": generic.text}


def test_text_output_sets_the_reply_off(capsys: pytest.CaptureFixture[str]) -> None:
    status = cli.main(["explain", str(PASTES / "charge_blocked_radar.txt")])
    out, _ = capsys.readouterr()
    assert status == 0
    assert "CONFIDENTIAL" in out and "What to do:" in out and "Retry:" in out
    assert "reply to copy (email, en)" in out


def test_several_files_and_unusable_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nope.json"
    status, results, err = run(
        capsys,
        "explain",
        "--format",
        "json",
        str(PASTES / "bare_code.txt"),
        str(PASTES / "unusable_prose.txt"),
        str(missing),
    )
    assert status == 2
    assert [r["ok"] for r in results] == [True, False, False]
    assert results[1]["error"]["kind"] == "prose"
    assert results[2]["error"] == {"kind": "file", "message": f"There is no file named {missing}."}
    assert "Traceback" not in err


def test_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"insufficient_funds\n")))
    status, [result], _ = run(capsys, "explain", "--format", "json", "--channel", "chat")
    assert status == 0 and result["input"] == "-"
    assert result["failures"][0]["reply"]["channel"] == "chat"


def test_nothing_failed_is_ok_with_a_warning(capsys: pytest.CaptureFixture[str]) -> None:
    status, [result], _ = run(
        capsys, "explain", "--format", "json", str(PASTES / "charge_succeeded.txt")
    )
    assert status == 0 and result["ok"] is True and result["failures"] == []
    assert any("Nothing" in w for w in result["warnings"])


def test_cut_off_paste_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    _, [result], _ = run(
        capsys, "explain", "--format", "json", str(PASTES / "cut_off_payment_intent.txt")
    )
    assert any("cut off" in w for w in result["warnings"])


def test_unknown_locale_is_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    status = cli.main(["explain", "--locale", "xx", str(PASTES / "bare_code.txt")])
    _, err = capsys.readouterr()
    assert status == 2 and err.count("\n") == 1 and "pt-BR" in err


@pytest.mark.parametrize("locale", ["pt-br", "pt_BR", "PT", "en-GB", "ja-JP"])
def test_locale_spellings(capsys: pytest.CaptureFixture[str], locale: str) -> None:
    status, [result], _ = run(
        capsys, "explain", "--format", "json", "--locale", locale, str(PASTES / "bare_code.txt")
    )
    assert status == 0
    assert (
        result["failures"][0]["reply"]["locale"]
        == {"p": "pt-BR", "e": "en", "j": "ja"}[locale[0].lower()]
    )


@pytest.mark.parametrize(
    ("locale", "shipped"),
    [
        ("ko", "ko"),
        ("ko-KR", "ko"),
        ("ko_kr", "ko"),
        ("zh-Hans", "zh-Hans"),
        ("zh_Hans", "zh-Hans"),
        ("zh-CN", "zh-Hans"),
        ("zh-Hans-CN", "zh-Hans"),
        ("zh", "zh-Hans"),
        ("pl", "pl"),
        ("pl-PL", "pl"),
        ("sv", "sv"),
        ("sv-SE", "sv"),
        ("sv-FI", "sv"),
    ],
)
def test_the_four_new_languages_and_their_spellings(
    capsys: pytest.CaptureFixture[str], catalog: Catalog, locale: str, shipped: str
) -> None:
    for channel in CHANNELS:
        status, [result], _ = run(
            capsys,
            "explain",
            "--format",
            "json",
            "--locale",
            locale,
            "--channel",
            channel,
            str(PASTES / "charge_do_not_honor.txt"),
        )
        reply = result["failures"][0]["reply"]
        assert status == 0 and reply["locale"] == shipped
        english = run(
            capsys,
            "explain",
            "--format",
            "json",
            "--channel",
            channel,
            str(PASTES / "charge_do_not_honor.txt"),
        )[1][0]["failures"][0]["reply"]
        assert reply["text"] != english["text"]
        frame = catalog.reply_frame(shipped)
        if channel == "email":
            assert frame.closing in reply["text"]


@pytest.mark.parametrize("locale", ["zh-TW", "zh-Hant", "zh_Hant_HK", "zh-HK"])
def test_traditional_chinese_is_refused_rather_than_answered_in_simplified(
    capsys: pytest.CaptureFixture[str], locale: str
) -> None:
    status = cli.main(["explain", "--locale", locale, str(PASTES / "bare_code.txt")])
    _, err = capsys.readouterr()
    assert status == 2 and err.count("\n") == 1 and "zh-Hans" in err and locale in err


def test_no_network_at_run_time(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("explain tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    for name in ("envelope_insufficient_funds", "js_console_log", "seed_outcome_no_commas"):
        status, [result], _ = run(
            capsys, "explain", "--format", "json", str(PASTES / f"{name}.txt")
        )
        assert status == 0 and result["failures"]


@pytest.mark.parametrize("name", sorted(p.stem for p in PASTES.glob("*.txt")))
def test_every_fixture_explains_without_a_traceback(
    capsys: pytest.CaptureFixture[str], name: str
) -> None:
    status = cli.main(["explain", str(PASTES / f"{name}.txt")])
    out, err = capsys.readouterr()
    assert status in (0, 2) and "Traceback" not in out + err
    assert (status == 2) == name.startswith("unusable_")


def test_a_huge_or_binary_file_is_one_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(30_000_000)  # sparse: 30 MB of zero bytes
    binary = tmp_path / "picture.png"
    binary.write_bytes(bytes(range(256)) * 40)
    status, results, err = run(capsys, "explain", "--format", "json", str(huge), str(binary))
    assert status == 2 and [r["error"]["kind"] for r in results] == ["too_large", "binary"]
    assert "Traceback" not in err


PAGE_ABOUT_STOLEN = (
    "## Decline reasons\n\n"
    "- `stolen_card` — The card was reported stolen. Do not tell the customer this.\n"
    "- `insufficient_funds` — The card has insufficient funds.\n"
    "- `expired_card` — The card has expired. Ask for another card.\n"
)


@pytest.mark.parametrize(
    ("language", "words"), [("en", "CONFIDENTIAL: it names"), ("de", "VERTRAULICH")]
)
def test_a_page_about_codes_is_unusable_and_says_it_names_a_confidential_reason(
    speaking: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    language: str,
    words: str,
) -> None:
    speaking.setenv("LANGUAGE", language)
    page = tmp_path / "page.md"
    page.write_text(PAGE_ABOUT_STOLEN, encoding="utf-8")
    status, [result], _ = run(capsys, "explain", "--format", "json", str(page))
    assert status == 2 and result["ok"] is False
    assert result["error"]["confidential"] == ["stolen_card"]
    status = cli.main(["explain", str(page)])
    _, err = capsys.readouterr()
    assert status == 2 and words in err and "stolen_card" in err and "Traceback" not in err


def test_a_page_naming_no_confidential_reason_has_no_warning(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "page.md"
    calm = PAGE_ABOUT_STOLEN.replace("stolen_card", "incorrect_cvc").replace(
        "reported stolen", "entered wrongly"
    )
    page.write_text(calm, encoding="utf-8")
    _, [result], _ = run(capsys, "explain", "--format", "json", str(page))
    assert result["ok"] is False and "confidential" not in result["error"]
    cli.main(["explain", str(page)])
    assert "CONFIDENTIAL" not in capsys.readouterr().err


def test_a_fraudulent_dispute_is_nothing_failed_and_says_it_is_confidential(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Nothing failed (ok, no failures), yet the dispute's reason is fraud: JSON lists it under
    `confidential` and the text prints the CONFIDENTIAL line; a succeeded charge has neither."""
    dispute = tmp_path / "dispute.json"
    dispute.write_text(
        '{"id": "dp_1QfG4pLkdIwHu7ixUvWxYzAb", "object": "dispute", "reason": "fraudulent", '
        '"status": "needs_response"}',
        encoding="utf-8",
    )
    status, [result], _ = run(capsys, "explain", "--format", "json", str(dispute))
    assert status == 0 and result["ok"] is True and result["failures"] == []
    assert result["confidential"] == ["fraudulent"]
    assert cli.main(["explain", str(dispute)]) == 0
    assert "CONFIDENTIAL: it names fraudulent" in capsys.readouterr().out
    charge = tmp_path / "charge.json"
    charge.write_text(
        '{"id": "ch_3QeF3oLkdIwHu7ix0AbCdEfG", "object": "charge", "status": "succeeded"}',
        encoding="utf-8",
    )
    _, [calm], _ = run(capsys, "explain", "--format", "json", str(charge))
    assert calm["ok"] is True and "confidential" not in calm
