"""The window's language: the agent's choice, else the system's, else English (the source).

Every text of the window goes through `translate(context, text)` (Qt's own, so that
pyside6-lupdate finds it); resources/i18n/declinedesk_*.ts hold the translations, and the build
step turns them into the .qm files loaded here (build/translations.py). A language is offered
when its .qm file is there: adding one needs no code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app import paths

if TYPE_CHECKING:
    from pathlib import Path

__all__ = [
    "QT_TRANSLATE_NOOP",
    "available",
    "channel_name",
    "chosen_language",
    "install",
    "installed",
    "native_name",
    "translate",
]

SOURCE_LANGUAGE = "en"
PREFIX = "declinedesk_"

# Where each text shown came from, so that the window can say it again in another language at
# once (app/ui/retranslate.py): text -> {(context, source)}, bounded by the .ts files' messages;
# and a text made with .format() -> how it was made, the newest MAX_MADE of them.
_sources: dict[str, set[tuple[str, str]]] = {}
_made: dict[str, tuple[str, str, tuple[object, ...], dict[str, object]]] = {}
MAX_MADE = 2000


class Said(str):
    """A translated text that remembers, when formatted, what it was made from."""

    context: str
    source: str

    def format(self, *args: object, **kwargs: object) -> str:
        made = super().format(*args, **kwargs)
        _made.pop(made, None)
        _made[made] = (self.context, self.source, args, kwargs)
        if len(_made) > MAX_MADE:
            del _made[next(iter(_made))]
        return made


def translate(context: str, text: str) -> str:
    """Qt's translate() (named so that pyside6-lupdate finds the texts), remembering the source
    of what it returns."""
    said = Said(QCoreApplication.translate(context, text))
    said.context, said.source = context, text
    _sources.setdefault(said, set()).add((context, text))
    return said


def sources_of(said: str) -> set[tuple[str, str]]:
    """The (context, source) pairs translate() made `said` from."""
    return _sources.get(said, set())


def made_again(said: str) -> str | None:
    """A text made with translate(...).format(...), made again in the language now installed."""
    if (how := _made.get(said)) is None:
        return None
    context, source, args, kwargs = how
    return translate(context, source).format(*args, **kwargs)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate where it is defined (a module's constant, read before
    any translation is loaded); `translate(context, text)` where it is shown translates it."""
    return text


# The language install() loaded, read by the reply's gloss (the agent's own language): Qt's
# translators are application-wide too.
_installed = SOURCE_LANGUAGE
_loaded: list[QTranslator] = []


def translations_dir() -> Path:
    return paths.resources_dir() / "i18n"


def file_stem(language: str) -> str:
    """ "pt-BR" is in declinedesk_pt_BR.qm, as Qt names its own files."""
    return PREFIX + language.replace("-", "_")


def available(folder: Path | None = None) -> tuple[str, ...]:
    """English, then every language whose .qm file was built (by code)."""
    folder = folder or translations_dir()
    found = sorted(p.stem[len(PREFIX) :].replace("_", "-") for p in folder.glob(PREFIX + "*.qm"))
    return (SOURCE_LANGUAGE, *(code for code in found if code != SOURCE_LANGUAGE))


def _match(wanted: str, offered: tuple[str, ...]) -> str | None:
    """ "de-CH" gives "de", "zh-CN" gives "zh-Hans"; traditional Chinese gives nothing."""
    from app.replies.replies import UnknownLocale, resolve_locale

    try:
        return resolve_locale(wanted, offered)
    except UnknownLocale:
        return None


def chosen_language(setting: object, folder: Path | None = None) -> str:
    """The saved choice when it is a language the window has; else the system's first UI
    language that it has; else English. A damaged setting is not an error: it is no choice."""
    offered = available(folder)
    named = isinstance(setting, str) and setting.strip() and len(setting) <= 16
    if named and (found := _match(str(setting), offered)) is not None:
        return found
    for wanted in QLocale.system().uiLanguages():
        if (found := _match(wanted, offered)) is not None:
            return found
    return SOURCE_LANGUAGE


def install(language: str, folder: Path | None = None) -> str:
    """Puts the window's words (and Qt's own: standard buttons, text menus, key names) in
    `language` for the running application, replacing any translation loaded before; returns
    the language now in use (English when `language` has no translation here)."""
    global _installed
    app = QCoreApplication.instance()
    for translator in _loaded:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    _loaded.clear()
    _installed = SOURCE_LANGUAGE
    if app is None or language == SOURCE_LANGUAGE:
        QLocale.setDefault(QLocale.system())
        return _installed
    # Owned by the application, as long as it runs; it holds Qt's own words too (Cancel, Undo,
    # Ctrl), compiled in by the build step.
    ours = QTranslator(app)
    if not ours.load(file_stem(language), str(folder or translations_dir())):
        return _installed
    _loaded.append(ours)
    QCoreApplication.installTranslator(ours)
    _installed = language
    QLocale.setDefault(QLocale(language.replace("-", "_")))
    return _installed


def installed() -> str:
    """The window's language since install(): English until a translation was loaded."""
    return _installed


def native_name(language: str) -> str:
    """ "Deutsch", "日本語", "Português (Brasil)": how a speaker names their language."""
    if language == SOURCE_LANGUAGE:
        return "English"  # not "American English": the window's English is plain
    locale = QLocale(language.replace("-", "_"))
    name = locale.nativeLanguageName()
    if "-" in language and language.split("-")[1].isupper():
        name = f"{name} ({locale.nativeTerritoryName()})"
    return name[:1].upper() + name[1:] if name else language


def channel_name(channel: str) -> str:
    """ "email" is shown as "Email", "E-Mail", "メール"..."""
    names = {"email": translate("Channel", "Email"), "chat": translate("Channel", "Chat")}
    return names.get(channel, channel.capitalize())
