"""Guards against a Qt binding that corrupts the interpreter (PySide6 6.12.0 on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calls_that_return_nothing_keep_none_alive(qtbot: QtBot) -> None:
    # PySide6 6.12.0 released a reference to None on each such call: after a few thousand
    # calls Python aborted with "deallocating None". The window makes that many in minutes.
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.setVisible(False)
    assert sys.getrefcount(None) >= before - 50


def test_importing_the_window_turns_off_pyside6s_feature_import_hook() -> None:
    # app/ui/__init__.py puts Python's own import back (PySide6's hook reads the source of every
    # module imported after Qt). If a PySide6 release renames what it keeps, the window still
    # works, but its start is slower again: this test says so.
    import builtins

    import app.ui  # noqa: F401

    assert hasattr(builtins, "__orig_import__"), "PySide6 no longer keeps __orig_import__"
    assert builtins.__import__ is builtins.__orig_import__
