"""Starts the Qt application: the normal window, or a one-paint smoke test of a build."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from app import paths
from app.core.catalog import Catalog, CatalogError
from app.ui.main_window import MainWindow


def run(smoke_test: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Decline Desk")
    app.setOrganizationName("Decline Desk")
    try:
        catalog = Catalog(paths.catalog_path())
    except CatalogError as error:
        if smoke_test:
            print(f"smoke test failed: {error}", file=sys.stderr)
            return 1
        QMessageBox.critical(None, "Decline Desk cannot start", str(error))
        return 1
    window = MainWindow(catalog)
    window.show()
    if smoke_test:
        return _paint_once(app, window)
    return app.exec()


def _paint_once(app: QApplication, window: MainWindow) -> int:
    app.processEvents()
    picture = window.grab()
    if picture.isNull() or picture.width() == 0:
        print("smoke test failed: the window did not paint", file=sys.stderr)
        return 1
    window.close()
    return 0
