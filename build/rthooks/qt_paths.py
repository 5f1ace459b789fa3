# Runtime hook of the bundle (build/declinedesk.spec): where the bundled Qt finds its plugins.
# It replaces PyInstaller's own PySide6 hook, which imports PySide6.QtCore (and so loads Qt and
# ICU) to register a qt.conf that PySide6's wheel already embeds: that cost every
# `declinedesk explain` tens of milliseconds for a window it never opens.
import os
import sys

bundle = sys._MEIPASS  # type: ignore[attr-defined]  # set by PyInstaller's bootloader
os.environ["QT_PLUGIN_PATH"] = os.path.join(
    bundle, "PySide6" if sys.platform == "win32" else os.path.join("PySide6", "Qt"), "plugins"
)
