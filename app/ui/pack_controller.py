"""The team's reply pack in the window: the shared folder's pack or an imported one, import,
export and the editor. packs (and tomllib) are imported on first use: start-up stays quick."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.catalogue.catalog import Catalog
from app.replies.guard import Guard
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from app.agent.userdata import UserStore
    from app.replies.packs import ReplyPack

SHARED_PACK_NAME = "declinedesk-replies.toml"
# The save dialog's file types: the pack itself, or the replies as a helpdesk's macros
# (app/replies/helpdesk; `declinedesk pack export` writes the same files).
EXPORT_TYPES = {
    QT_TRANSLATE_NOOP("PackController", "Reply pack (*.toml)"): "toml",
    QT_TRANSLATE_NOOP("PackController", "Zendesk macros with dynamic content (*.json)"): "zendesk",
    QT_TRANSLATE_NOOP("PackController", "Help Scout saved replies (*.json)"): "helpscout",
    QT_TRANSLATE_NOOP("PackController", "Freshdesk canned responses (*.json)"): "freshdesk",
    QT_TRANSLATE_NOOP("PackController", "Intercom macros (*.json)"): "intercom",
    QT_TRANSLATE_NOOP("PackController", "Gorgias macros (*.json)"): "gorgias",
    QT_TRANSLATE_NOOP("PackController", "Espanso package (a folder)"): "espanso",
    QT_TRANSLATE_NOOP("PackController", "TextExpander snippets (*.csv)"): "textexpander",
}


class PackController(QObject):
    """Holds the pack in use (`pack`, None when there is none); `changed` after it changes,
    `notice` with a sentence for the status bar."""

    changed = Signal()
    notice = Signal(str)

    def __init__(
        self, catalog: Catalog, guard: Guard, store: UserStore | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.catalog, self.guard, self.store, self.parent_widget = catalog, guard, store, parent
        self.pack: ReplyPack | None = None

    def shared_pack_path(self) -> Path | None:
        return shared_pack_path(self.store)

    def load(self) -> None:
        """The team's shared pack if the settings name one, else the imported pack, else none."""
        self.pack, problem = team_pack(self.store, self.catalog, self.guard)
        if problem:
            self.notice.emit(problem)

    def import_dialog(self) -> None:
        from PySide6.QtWidgets import (
            QFileDialog,
        )  # dialog classes are named when used (each costs start-up)

        name, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            translate("PackController", "Import a reply pack"),
            "",
            translate("PackController", "Reply packs (*.toml);;All files (*)"),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        if self.store is None:
            return False
        from app.replies.packs import PackError, read_pack_file

        try:
            pack = read_pack_file(
                path,
                self.catalog.vocabulary("reply_classes"),
                self.catalog.reply_locales(),
                self.guard,
            )
        except PackError as error:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self.parent_widget,
                translate("PackController", "Reply pack not imported"),
                str(error),
            )
            return False
        self._save(pack)
        self.notice.emit(
            translate("PackController", "Imported the reply pack {name} ({count} texts).").format(
                name=repr(pack.name), count=len(pack.texts)
            )
        )
        return True

    def export_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        types = {translate("PackController", kind): name for kind, name in EXPORT_TYPES.items()}
        name, chosen = QFileDialog.getSaveFileName(
            self.parent_widget,
            translate("PackController", "Export the reply pack"),
            SHARED_PACK_NAME,
            ";;".join(types),
        )
        if name:
            self.export_file(Path(name), types.get(chosen, "toml"))

    def export_file(self, path: Path, format_name: str = "toml") -> bool:
        """The pack in use as a reply pack; or, as a helpdesk's macros, every reply with the
        pack's wording where it has one (an Espanso package is a folder named after `path`)."""
        try:
            if format_name == "toml":
                path.write_text(self.current().to_toml(), encoding="utf-8")
            else:
                from app.replies.helpdesk.export import export_pack, write_export

                files = export_pack(format_name, self.catalog, self.pack)
                if format_name == "espanso":
                    path = path.with_suffix("")
                written = write_export(files, path)
                where = written[0].parent if format_name == "espanso" else written[0]
                self.notice.emit(
                    translate("PackController", "Exported every reply to {where}.").format(
                        where=where
                    )
                )
        except OSError as error:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self.parent_widget,
                translate("PackController", "Reply pack not exported"),
                translate("PackController", "{file} cannot be written ({why}).").format(
                    file=path.name, why=error.strerror
                ),
            )
            return False
        return True

    def edit(self) -> None:
        if self.store is None:
            return
        from PySide6.QtWidgets import QDialog

        from app.ui.pack_editor import PackEditor

        editor = PackEditor(self.catalog, self.guard, self.current(), self.parent_widget)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self._save(editor.pack)

    def current(self) -> ReplyPack:
        """The pack in use, or an empty one to start from."""
        from app.replies.packs import ReplyPack

        return self.pack if self.pack is not None else ReplyPack()

    def _save(self, pack: ReplyPack) -> None:
        assert self.store is not None
        self.store.save_settings({"pack_text": pack.to_toml()})
        self.load()
        self.changed.emit()


def shared_pack_path(store: UserStore | None) -> Path | None:
    folder = store.settings().pack_folder if store else ""
    return Path(folder) / SHARED_PACK_NAME if folder else None


def team_pack(
    store: UserStore | None, catalog: Catalog, guard: Guard
) -> tuple[ReplyPack | None, str | None]:
    """The team's shared pack if the settings name one, else the imported pack, else none; and
    a sentence when the pack there cannot be used (the window and `--copy-reply` alike)."""
    if store is None:
        return None, None
    shared = shared_pack_path(store)
    text = store.settings().pack_text
    if not text and (shared is None or not shared.is_file()):
        return None, None  # nothing to read: packs is not even imported
    from app.replies.packs import PackError, load_pack, read_pack_file

    classes = catalog.vocabulary("reply_classes")
    locales = catalog.reply_locales()
    try:
        if shared is not None and shared.is_file():
            return read_pack_file(shared, classes, locales, guard), None
        return load_pack(text, classes, locales, guard), None
    except PackError as error:
        return None, translate("PackController", "Team reply pack not used: {problem}").format(
            problem=error.problems[0]
        )
