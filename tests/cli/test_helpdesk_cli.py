"""`declinedesk pack export FORMAT` and the helpdesk files `check-reply` and `pack check` read:
exit statuses, damaged files, and the contract's JSON fields."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main as cli
from app.replies.helpdesk import EXPORT_FORMATS
from tests.conftest import ROOT

SAFE = "Your payment could not be completed and no money was taken."
STOLEN = "Your card was reported stolen, so the payment could not be completed."
EXTENSION = {"espanso": "yml", "textexpander": "csv", "toml": "toml"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def exported(capsys: pytest.CaptureFixture[str], tmp_path: Path, format_name: str) -> Path:
    path = tmp_path / f"macros.{EXTENSION.get(format_name, 'json')}"
    status, _, err = run(capsys, "pack", "export", format_name, "-o", str(path))
    assert status == 0 and str(path) in err
    return path


@pytest.mark.parametrize("format_name", EXPORT_FORMATS)
def test_check_reply_passes_an_export_and_refuses_a_revealing_macro_in_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, format_name: str
) -> None:
    path = exported(capsys, tmp_path, format_name)
    status, out, _ = run(capsys, "check-reply", str(path))
    assert status == 0 and "safe to send" in out
    content = path.read_text(encoding="utf-8")
    path.write_text(content.replace(SAFE, STOLEN, 1), encoding="utf-8", newline="")
    line = content.count("\n", 0, content.index(SAFE)) + 1
    status, out, _ = run(capsys, "check-reply", str(path))
    assert status == 1 and f"line {line}," in out and "reported stolen" in out
    status, out, _ = run(capsys, "check-reply", "--format", "json", str(path))
    answer = json.loads(out)
    assert status == 1 and answer["ok"] is False and answer["input"] == str(path)
    problem = answer["problems"][0]
    assert {"phrase", "reason", "start", "end", "line", "item"} <= set(problem)
    assert problem["line"] == line and problem["phrase"] == "reported stolen"
    status, out, _ = run(capsys, "pack", "check", str(path))
    assert status == 1 and "reported stolen" in out


def test_a_zendesk_macro_from_a_helpdesk_is_refused_by_its_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    macros = {
        "macros": [
            {
                "id": 1,
                "title": "Stolen card (agents only)",
                "actions": [
                    {"field": "status", "value": "solved"},
                    {
                        "field": "comment_value_html",
                        "value": "<p>Hi {{ticket.requester.first_name}},</p>"
                        "<p>Please use another card.</p>",
                    },
                ],
            },
            {
                "id": 2,
                "title": "Card issue",
                "actions": [
                    {
                        "field": "comment_value",
                        "value": [
                            "channel:all",
                            "Hi,\nyour card was reported stolen, so the bank declined it.",
                        ],
                    }
                ],
            },
        ]
    }
    path = tmp_path / "zendesk-macros.json"
    path.write_text(json.dumps(macros, indent=2), encoding="utf-8")
    status, out, _ = run(capsys, "check-reply", "--format", "json", str(path))
    answer = json.loads(out)
    assert status == 1 and answer["format"] == "zendesk" and answer["texts"] == 3
    # the title is for agents and is not checked; the second macro's text is
    assert [p["item"] for p in answer["problems"]] == ["“Card issue”"]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert "reported stolen" in lines[answer["problems"][0]["line"] - 1]


def damaged_files(tmp_path: Path) -> list[tuple[Path, str]]:
    """Files no macro reader can use, each with a word its sentence must have."""
    zendesk = json.dumps(
        {
            "macros": [
                {
                    "title": "x",
                    "actions": [
                        {"field": "comment_value", "value": "Please try another card. " * 40}
                    ],
                }
            ]
        }
    )
    files = {
        "cut.json": (zendesk[: len(zendesk) // 2].encode(), "cut off"),
        "cut-at-a-bracket.json": (zendesk[:-2].encode(), "cut off"),
        "latin1.json": ('{"body": "déclinée"}'.encode("latin-1"), "UTF-8"),
        "utf16.csv": ("a,b,c\n".encode("utf-16"), "UTF-16"),
        "huge.json": (b'{"body": "' + b"a" * (1024 * 1024 + 10) + b'"}', "1 MB"),
        "deep.json": (b'{"a":' * 3000 + b"1" + b"}" * 3000, "nested"),
        "cut.csv": (b';dd-x,"Hello,\nstill open', "CSV"),
        "bad.yml": (b"matches:\n  - trigger: ':x'\n    replace: \"open\n", "YAML"),
        "tabs.yml": (b"matches:\n\t- trigger: x\n", "YAML"),
        "empty.json": (b"   \n", "empty"),
        "nothing.json": (b'{"id": 5, "title": "Stolen card"}', "no reply text"),
        "binary.json": (bytes(range(256)) * 4, "binary"),
    }
    out = []
    for name, (data, word) in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        out.append((path, word))
    return out


def test_a_damaged_file_is_one_sentence_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for path, word in damaged_files(tmp_path):
        for command in (["check-reply"], ["pack", "check"]):
            status, out, err = run(capsys, *command, str(path))
            assert status == 2, (command, path.name, out, err)
            assert len(err.strip().splitlines()) == 1 and word in err, (path.name, err)
            assert "Traceback" not in err + out
        status, out, _ = run(capsys, "check-reply", "--format", "json", str(path))
        answer = json.loads(out)
        assert status == 2 and answer["ok"] is False and answer["error"]["message"]


def test_an_export_cut_anywhere_never_crashes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for format_name in EXPORT_FORMATS:
        data = exported(capsys, tmp_path, format_name).read_bytes()
        for cut in range(1, len(data), max(1, len(data) // 23)):
            path = tmp_path / f"cut-{cut}.{EXTENSION.get(format_name, 'json')}"
            path.write_bytes(data[:cut])
            status, out, err = run(capsys, "check-reply", str(path))
            # never a crash: a text cut mid-sentence may be refused (the classifier reads a
            # sentence's start), a damaged file is one sentence
            assert status in (0, 1, 2), (format_name, cut, out, err)
            assert "Traceback" not in out + err
            if status == 2:
                assert len(err.strip().splitlines()) == 1


def test_a_yaml_alias_bomb_is_read_quickly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lines = ['a0: &a0 ["lol"]']
    lines += [f"a{n}: &a{n} [*a{n - 1}, *a{n - 1}, *a{n - 1}, *a{n - 1}]" for n in range(1, 30)]
    lines += [
        "matches:",
        "  - trigger: ':x'",
        "    replace: 'Your card was reported stolen.'",
        "    vars: *a29",
    ]
    path = tmp_path / "bomb.yml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, out, _ = run(capsys, "check-reply", str(path))
    assert status == 1 and "line 33" in out


def test_pack_export_exit_statuses(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as done:
        run(capsys, "pack", "export", "wordpress")
    assert done.value.code == 2
    status, _, err = run(capsys, "pack", "export", "zendesk", "--pack", str(tmp_path / "no.toml"))
    assert status == 2 and "no file" in err
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[replies.generic_decline.en]\nchat = "Your card was reported stolen."\n', encoding="utf-8"
    )
    status, _, err = run(capsys, "pack", "export", "zendesk", "--pack", str(bad))
    assert status == 1 and "reported stolen" in err
    status, _, err = run(capsys, "pack", "export", "zendesk", "-o", str(tmp_path / "no" / "x.json"))
    assert status == 2 and "cannot be written" in err and "Traceback" not in err
    status, out, _ = run(capsys, "pack", "export", "gorgias")
    assert status == 0 and json.loads(out)["data"][0]["actions"][0]["name"] == "setResponseText"


def test_an_espanso_export_to_a_folder_is_a_package(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "declinedesk-replies"
    status, _, _ = run(capsys, "pack", "export", "espanso", "-o", str(folder))
    assert status == 0
    assert sorted(p.name for p in folder.iterdir()) == ["README.md", "_manifest.yml", "package.yml"]
    status, out, _ = run(capsys, "check-reply", str(folder / "package.yml"))
    assert status == 0, out


def test_help_names_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (
        ["--help"],
        ["pack", "export", "--help"],
        ["check-reply", "--help"],
        ["pack", "check", "--help"],
    ):
        with pytest.raises(SystemExit):
            cli.main(argv)
        out = " ".join(capsys.readouterr().out.split())
        for word in (
            "Zendesk",
            "Help Scout",
            "Freshdesk",
            "Intercom",
            "Gorgias",
            "Espanso",
            "TextExpander",
        ):
            assert word in out, (argv, word)
    with pytest.raises(SystemExit):
        cli.main(["pack", "export", "--help"])
    out = capsys.readouterr().out
    assert all(name in out for name in EXPORT_FORMATS)


@pytest.mark.slow
def test_explain_starts_without_the_helpdesk_formats() -> None:
    """Start-up: nothing of the export or its libraries is loaded by `explain`."""
    paste = ROOT / "tests" / "data" / "pastes" / "charge_do_not_honor.txt"
    code = (
        "import sys, contextlib, io\nfrom app.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    status = main(['explain', '--format', 'json', {str(paste)!r}])\n"
        "names = ('yaml', 'tomli_w', 'csv', 'html.parser', 'app.replies.helpdesk', "
        "'app.cli.helpdesk', 'app.replies.packs')\n"
        "print(status, sorted(m for m in sys.modules if m.split('.')[0] in names "
        "or m.startswith(names)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert done.stdout.split() == ["0", "[]"], done.stderr


def test_json_with_no_macro_text_on_standard_input_is_checked_as_words(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a .json file must be a helpdesk file; a payload piped in is a text like any other."""
    import io

    payload = b'{"error": {"message": "Your card was reported stolen."}}'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload)))
    status, out, _ = run(capsys, "check-reply")
    assert status == 1 and "reported stolen" in out and "line 1, column" in out
