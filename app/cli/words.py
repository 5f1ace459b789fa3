"""The command line's sentences for people in the agent's language: the window language chosen
in Settings, else the system's, else English. JSON output stays English (a contract).

The words are the window's own translations (resources/i18n/*.qm, context "Cli"), read here
without Qt: a command must not pay for loading Qt to print one sentence.
"""

from __future__ import annotations

import json
import locale
import os
import struct
import sys
from contextlib import closing
from functools import cache
from pathlib import Path

from app import paths

DATA_DIR_ENV = paths.DATA_DIR_ENV
CONTEXTS = ("Cli", "argparse")  # our sentences, and argparse's own words (speaking.py)
SOURCE_LANGUAGE = "en"
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
MESSAGES_SECTION = 0x69
# Tags of a message in a .qm file's messages section (Qt's qtranslator.cpp).
END, TRANSLATION, OBSOLETE1, SOURCE, CONTEXT_TAG, COMMENT = 1, 3, 5, 6, 7, 8


_data_dir: Path | None = None  # --data-dir, when given: where the saved choice is


def use_data_dir(folder: Path) -> None:
    """Reads the window language from `folder`'s user.db (the command's --data-dir)."""
    global _data_dir
    _data_dir = folder
    language.cache_clear()


def translate(context: str, text: str) -> str:
    """`text` in the agent's language (named like Qt's, so that pyside6-lupdate finds it)."""
    return _catalogue(language()).get((context, text), text)


@cache
def language() -> str:
    """The window's language as Settings chose it, else the system's first that has words."""
    from app.replies.replies import UnknownLocale, resolve_locale

    offered = (SOURCE_LANGUAGE, *_offered())
    for wanted in (_chosen(), *_system_languages()):
        try:
            if wanted:
                return resolve_locale(wanted, offered)
        except UnknownLocale:
            continue
    return SOURCE_LANGUAGE


def folder() -> Path:
    """Where the window's .qm files are, in a checkout and in a build (app/paths.py)."""
    return paths.resources_dir() / "i18n"


def _offered() -> tuple[str, ...]:
    found = folder().glob("declinedesk_*.qm")
    return tuple(sorted(p.stem.split("_", 1)[1].replace("_", "-") for p in found))


def _chosen() -> str:
    """The window language saved in user.db, read without writing; "" when none is chosen.
    Read here with sqlite3 alone: app.agent's store brings dataclasses and the history's
    schema, a tenth of a second that `explain` would pay on every run for one setting."""
    import sqlite3

    path = (_data_dir or data_folder()) / "user.db"
    if not path.is_file():
        return ""
    value: object = ""
    for query in ("mode=ro", "mode=ro&immutable=1"):  # as app/agent/userfile.py read_file
        try:
            with closing(sqlite3.connect(f"{path.as_uri()}?{query}", uri=True, timeout=0.5)) as db:
                row = db.execute(
                    "SELECT value FROM settings WHERE key = 'window_language'"
                ).fetchone()
            value = json.loads(row[0]) if row else ""
            break
        except (sqlite3.Error, ValueError, TypeError):
            continue
    return value if isinstance(value, str) and len(value) <= 16 else ""


def data_folder() -> Path:
    """The data folder as app/agent/userdata.py default_data_dir() finds it (a test checks):
    app/paths.py writes it out for Linux and macOS, without platformdirs."""
    return Path(paths.data_folder_name())


def _system_languages() -> list[str]:
    """The system's languages, most wanted first: POSIX variables, else the system's own."""
    found = []
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        found += [part for part in os.environ.get(name, "").split(":") if part]
    if sys.platform == "win32":  # the display language Windows shows its own menus in
        import ctypes

        lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
        found.append(locale.windows_locale.get(lcid, ""))
    else:
        found.append(locale.getlocale()[0] or "")
    cleaned = [word.split(".")[0].split("@")[0].replace("_", "-") for word in found]
    return [word for word in cleaned if word and word not in ("C", "POSIX")]


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    if language == SOURCE_LANGUAGE:
        return {}
    path = folder() / f"declinedesk_{language.replace('-', '_')}.qm"
    try:
        return read_qm(path.read_bytes(), CONTEXTS)
    except (OSError, ValueError, struct.error):
        return {}  # English rather than no sentence at all


def read_qm(data: bytes, only: tuple[str, ...] | None = None) -> dict[tuple[str, str], str]:
    """(context, source) -> translation of a .qm file as pyside6-lrelease writes it (with its
    source texts); `only` keeps those contexts. ValueError when it is not a .qm file."""
    if not data.startswith(QM_MAGIC):
        raise ValueError("not a .qm file")
    found: dict[tuple[str, str], str] = {}
    at = len(QM_MAGIC)
    while at + 5 <= len(data):
        tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
        at += 5
        if tag == MESSAGES_SECTION:
            _messages(data[at : at + length], only, found)
        at += length
    return found


def _messages(
    section: bytes, only: tuple[str, ...] | None, found: dict[tuple[str, str], str]
) -> None:
    at, translation, source, context = 0, "", "", ""
    while at < len(section):
        tag = section[at]
        at += 1
        if tag == END:
            if translation and (only is None or context in only):
                found[(context, source)] = translation
            translation, source, context = "", "", ""
            continue
        if tag == OBSOLETE1:
            at += 4
            continue
        (length,) = struct.unpack_from(">I", section, at)
        at += 4
        if length == 0xFFFFFFFF:  # a null string
            continue
        value = section[at : at + length]
        at += length
        if tag == TRANSLATION:
            translation = value.decode("utf-16-be")
        elif tag == SOURCE:
            source = value.decode("utf-8")
        elif tag == CONTEXT_TAG:
            context = value.decode("utf-8")
        elif tag != COMMENT:
            raise ValueError(f"unknown tag {tag} in a .qm file")
