"""Every subcommand's --help, argparse's own words in its errors, and the sentences about unusable
files are in the agent's language (issue 28 item 3); JSON output stays English and exact, and a
command that prints neither help nor an error reads no words at all."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import arguments, words
from app.cli.main import main
from build.translations import argparse_words, languages, messages, ts_file

LANGUAGES = languages()


def cli_words(language: str) -> dict[str, str]:
    """English -> the language, as the .ts file and argparse-words.toml give them."""
    found = {m.source: m.translation for m in messages(ts_file(language)) if m.context == "Cli"}
    found.update({text: by[language] for text, by in argparse_words().items()})
    return found


def flat(text: str) -> str:
    """Without its spaces: --help wraps lines at spaces and hyphens ("Zendesk-Makros")."""
    return "".join(text.split())


def every_parser() -> Iterator[tuple[list[str], argparse.ArgumentParser]]:
    """The command's parser and each subcommand's, with the words that reach it."""
    waiting: list[tuple[list[str], argparse.ArgumentParser]] = [([], arguments.parser())]
    while waiting:
        path, parser = waiting.pop()
        yield path, parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    waiting.append(([*path, name], sub))


def help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Each text for people in a parser's --help: its description and every argument's help."""
    found = [line for line in (parser.description or "").split("\n") if line]
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            found.append(action.help)
        if isinstance(action, argparse._SubParsersAction):
            found += [choice.help for choice in action._choices_actions if choice.help]
    return found


def test_every_parser_is_reached() -> None:
    names = {" ".join(path) for path, _ in every_parser()}
    assert {"", "explain", "lookup", "check-reply", "pack", "pack check", "pack export"} <= names


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_help_of_every_command_is_in_the_language(
    speaking: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    speaking.setenv("LANGUAGE", language)
    said = cli_words(language)
    for path, parser in every_parser():
        with pytest.raises(SystemExit) as stopped:
            main([*path, "--help"])
        assert stopped.value.code == 0
        shown = flat(capsys.readouterr().out)
        for text in help_texts(parser):
            assert text in said, (path, text)  # every text has a translation
            expected = flat(said[text].replace("%(choices)s", "").replace("%%", "%"))
            assert expected in shown, (language, path, text)
            if said[text] != text:
                assert flat(text.replace("%(choices)s", "")) not in shown, (path, text)
        assert shown.startswith(flat(said["usage: "]))
        assert "usage:" not in shown and "showthishelpmessage" not in shown
        assert (
            flat(said["options"]) + ":-h,--help" + flat(said["show this help message and exit"])
            in shown
        )


# Mistakes a person makes on the command line, and argparse's words each one gets.
MISTAKES = [
    (["lookup"], "the following arguments are required: %s"),
    (["serach", "cvc"], "invalid choice: %(value)r (choose from %(choices)s)"),
    (["pack", "export", "nope"], "invalid choice: %(value)r (choose from %(choices)s)"),
    (["pack"], "the following arguments are required: %s"),
    (["search", "--limit", "x", "cvc"], "invalid %(type)s value: %(value)r"),
    (["search", "--limit"], "expected one argument"),
    (["catalog", "--nope"], "unrecognized arguments: %s"),
    (["check-reply", "--format", "xml"], "invalid choice: %(value)r (choose from %(choices)s)"),
]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("argv, english", MISTAKES, ids=[" ".join(a) for a, _ in MISTAKES])
def test_argparse_s_errors_are_in_the_language(
    speaking: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    language: str,
    argv: list[str],
    english: str,
) -> None:
    speaking.setenv("LANGUAGE", language)
    said = cli_words(language)
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    usage, error_line = err.splitlines()[0], err.splitlines()[-1]
    assert usage.startswith(said["usage: "]) and "usage:" not in err
    head = said["%(prog)s: error: %(message)s\n"].split("%(message)s")[0]
    assert head.replace("%(prog)s", "") in error_line
    if "error" not in head:  # Spanish says "error" too
        assert ": error:" not in err
    # The sentence's own words (up to its first placeholder) are the language's.
    words_of = said[english].split("%")[0].strip()
    assert words_of in error_line, (english, error_line)
    if english.split("%")[0].strip() not in words_of:
        assert english.split("%")[0].strip() not in error_line


@pytest.mark.parametrize("language", LANGUAGES)
def test_file_sentences_are_in_the_language_and_json_stays_english(
    speaking: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    language: str,
) -> None:
    speaking.setenv("LANGUAGE", language)
    said = cli_words(language)
    missing, folder = str(tmp_path / "missing.txt"), str(tmp_path)
    empty, binary, utf16 = (tmp_path / n for n in ("empty.txt", "binary.txt", "u16.txt"))
    empty.write_text(" \n", encoding="utf-8")
    binary.write_bytes(b"abc\x00def")
    utf16.write_bytes("Hallo".encode("utf-16"))
    cases = [
        (["explain", missing], "There is no file named {name}.", missing),
        (["explain", folder], "{name} is a folder, not a file.", folder),
        (["check-reply", missing], "There is no file named {name}.", missing),
        (["check-reply", str(empty)], "{name} is empty: there is no reply to check.", empty),
        (["check-reply", str(binary)], "{name} is binary data, not text.", binary),
        (
            ["check-reply", str(utf16)],
            "{name} is UTF-16 text; save it as UTF-8 and check it again.",
            utf16,
        ),
        (["pack", "check", missing], "There is no file named {name}.", missing),
        (["pack", "check", folder], "{name} is a folder, not a file.", folder),
    ]
    for argv, sentence, name in cases:
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert said[sentence].format(name=name) in err, (argv, err)
        if said[sentence] != sentence:
            assert sentence.format(name=name) not in err
        # JSON is the contract: the same English message whatever the agent's language.
        assert (
            main(
                [argv[0], "--format", "json", *argv[1:]]
                if argv[0] != "pack"
                else ["pack", "check", "--format", "json", *argv[2:]]
            )
            == 2
        )
        answer = json.loads(capsys.readouterr().out.splitlines()[-1])
        assert answer["ok"] is False
        assert answer["error"]["message"] == sentence.format(name=name)


def test_a_command_that_runs_well_reads_no_words(
    speaking: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Neither user.db's choice nor a .qm file is read unless help, an error or text for people
    in the agent's language (explain's and lookup's, issue 28) is printed: JSON never reads them."""
    speaking.setenv("LANGUAGE", "de")
    reply = tmp_path / "reply.txt"
    reply.write_text("Your payment was declined. Please try another card.\n", encoding="utf-8")
    paste = tmp_path / "paste.txt"
    paste.write_text("decline_code: do_not_honor\n", encoding="utf-8")
    for argv in (
        ["lookup", "--format", "json", "do_not_honor"],
        ["explain", "--format", "json", str(paste)],
        ["catalog"],
        ["check-reply", "--format", "json", str(reply)],
    ):
        assert main(argv) == 0
        assert words.language.cache_info().misses == 0, argv
    capsys.readouterr()
    assert main(["lookup", "no_such_code"]) == 1
    assert words.language.cache_info().misses == 1
