"""The window. Importing this package imports Qt and turns off PySide6's `__feature__` hook.

PySide6 replaces Python's `__import__` with a hook for its opt-in `from __feature__ import
snake_case, true_property`, which Decline Desk never uses. For every module first imported
after Qt, the hook reads the module's whole source looking for the word "PySide6": about 10 ms
of the window's start, and the source lines stay in memory (linecache). Putting Python's own
import back, which PySide6 keeps as `builtins.__orig_import__`, turns off only that feature.
"""

import builtins

import PySide6.QtCore  # noqa: F401  (installs the hook, once, on first import)

builtins.__import__ = getattr(builtins, "__orig_import__", builtins.__import__)
