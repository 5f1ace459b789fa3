"""The window's translations: Qt Linguist .ts files in resources/i18n/ (one per language of
resources/languages.toml but English, the source) turned into the .qm files the window loads.

`python -m build.tasks translations` compiles them (make run, make test and make dist do it);
`python -m build.tasks translations-update` reads the window's code again with pyside6-lupdate,
adding new texts to every .ts as unfinished (a test then fails until each is translated).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

from build.languages import LOCALES

ROOT = Path(__file__).resolve().parent.parent
# Where the window's texts are, and the command line's sentences for people (context "Cli").
SOURCES = (ROOT / "app" / "ui", ROOT / "app" / "models", ROOT / "app" / "cli")
FOLDER = ROOT / "resources" / "i18n"
QT_WORDS = FOLDER / "qt-words.toml"
# Python's argparse's own words (usage:, error:...), which Python ships no translations of.
ARGPARSE_WORDS = FOLDER / "argparse-words.toml"
ARGPARSE = "argparse"  # their context; app/cli/speaking.py reads the same
PREFIX = "declinedesk_"  # app/ui/i18n.py reads the same names
SOURCE_LANGUAGE = "en"
# {name} (str.format), %1 (Qt's arg) and %(name)s or %s (argparse's) must come through every
# translation unchanged.
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\d|%(?:\([a-z_]+\))?[rsd]")
# What lupdate writes for a text not translated yet, or no longer in the code.
UNFINISHED = ("unfinished", "vanished", "obsolete")


class TranslationError(Exception):
    """A Qt tool is missing or failed: one sentence."""


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    unfinished: bool


def languages() -> tuple[str, ...]:
    """Every window language with a .ts file: all of languages.toml but English."""
    return tuple(locale for locale in LOCALES if locale != SOURCE_LANGUAGE)


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"{PREFIX}{language.replace('-', '_')}.ts"


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease of this interpreter's environment."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise TranslationError(f"{name} was not found: install PySide6 in this environment")
    return found


def _run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise TranslationError(f"{Path(command[0]).name} failed: {done.stderr.strip()}")


def update(folder: Path = FOLDER) -> list[Path]:
    """Adds the code's new texts to every .ts file (and drops those the code no longer has)."""
    folder.mkdir(parents=True, exist_ok=True)
    code = sorted(str(path) for folder in SOURCES for path in folder.glob("*.py"))
    written = []
    for language in languages():
        target = ts_file(language, folder)
        _run(
            [
                _tool("pyside6-lupdate"),
                *code,
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language.replace("-", "_"),
                "-ts",
                str(target),
            ]
        )
        written.append(target)
    return written


def compile_all(out: Path = FOLDER, source: Path = FOLDER) -> list[Path]:
    """One .qm per .ts, in `out`, with Qt's own words of qt-words.toml in the same language."""
    out.mkdir(parents=True, exist_ok=True)
    built = []
    with tempfile.TemporaryDirectory() as work:
        for language in languages():
            ts = ts_file(language, source)
            if not ts.exists():
                raise TranslationError(f"{ts} is missing: run `make translations-update`")
            qt_words = Path(work) / f"qt_{ts.name}"
            write_qt_words(language, qt_words)
            argparse_words = Path(work) / f"argparse_{ts.name}"
            write_argparse_words(language, argparse_words)
            qm = out / ts.with_suffix(".qm").name
            sources = [str(ts), str(qt_words), str(argparse_words)]
            _run([_tool("pyside6-lrelease"), "-silent", *sources, "-qm", str(qm)])
            built.append(qm)
    return built


def qt_words() -> dict[str, list[str]]:
    """The contexts and source texts of Qt's own words the window shows (qt-words.toml)."""
    contexts = tomllib.loads(QT_WORDS.read_text(encoding="utf-8"))["contexts"]
    return {str(name): [str(text) for text in texts] for name, texts in contexts.items()}


def argparse_words() -> dict[str, dict[str, str]]:
    """argparse's text -> {language: translation} (argparse-words.toml)."""
    words = tomllib.loads(ARGPARSE_WORDS.read_text(encoding="utf-8"))["words"]
    return {str(text): {str(k): str(v) for k, v in by.items()} for text, by in words.items()}


def write_argparse_words(language: str, ts: Path) -> int:
    """A .ts of argparse's own words in `language`; returns how many it has."""
    root = ElementTree.Element("TS", version="2.1", language=language.replace("-", "_"))
    context = ElementTree.SubElement(root, "context")
    ElementTree.SubElement(context, "name").text = ARGPARSE
    count = 0
    for text, translations in argparse_words().items():
        if language not in translations:
            continue
        message = ElementTree.SubElement(context, "message")
        ElementTree.SubElement(message, "source").text = text
        ElementTree.SubElement(message, "translation").text = translations[language]
        count += 1
    ts.write_text(ElementTree.tostring(root, encoding="unicode"), encoding="utf-8")
    return count


def write_qt_words(language: str, ts: Path) -> int:
    """A .ts of Qt's own words in `language`, as Qt's installed qtbase translation has them;
    returns how many it has (a word Qt leaves untranslated stays Qt's English)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(Path(qt_file(language)).stem, folder):
        raise TranslationError(f"Qt's {qt_file(language)} was not found in {folder}")
    root = ElementTree.Element("TS", version="2.1", language=language.replace("-", "_"))
    count = 0
    for name, texts in qt_words().items():
        context = ElementTree.SubElement(root, "context")
        ElementTree.SubElement(context, "name").text = name
        for text in texts:
            if not (translated := translator.translate(name, text)):
                continue
            message = ElementTree.SubElement(context, "message")
            ElementTree.SubElement(message, "source").text = text
            ElementTree.SubElement(message, "translation").text = translated
            count += 1
    ts.write_text(ElementTree.tostring(root, encoding="unicode"), encoding="utf-8")
    return count


def messages(ts: Path) -> list[Message]:
    """Every message of a .ts file (plural forms are not used by the window)."""
    found = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "" if translation is None else (translation.text or "")
            unfinished = translation is None or translation.get("type") in UNFINISHED
            found.append(Message(name, message.findtext("source") or "", text, unfinished))
    return found


def problems(ts: Path) -> list[str]:
    """What keeps a .ts file from shipping: untranslated texts, and placeholders or keyboard
    accelerators lost on the way."""
    found = []
    for message in messages(ts):
        where = f"{ts.name} [{message.context}] {message.source!r}"
        if message.unfinished or not message.translation.strip():
            found.append(f"{where}: not translated")
            continue
        if placeholders(message.source) != placeholders(message.translation):
            found.append(f"{where}: placeholders differ in {message.translation!r}")
        if _accelerator(message.source) and not _accelerator(message.translation):
            found.append(f"{where}: the & of its Alt+letter is lost in {message.translation!r}")
    return found


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def _accelerator(text: str) -> bool:
    return re.search(r"&[^&\s]", text.replace("&&", "")) is not None


def qt_file(language: str) -> str:
    """Qt's own translation of `language`: Qt names Simplified Chinese zh_CN."""
    return "qtbase_" + {"zh-Hans": "zh_CN"}.get(language, language.replace("-", "_")) + ".qm"
