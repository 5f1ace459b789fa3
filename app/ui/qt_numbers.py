"""The few Qt enum values the window sets before its first paint, as Qt's own numbers.

PySide6 builds Python enum types lazily, one owner at a time, and naming any enum of the `Qt`
namespace (`Qt.TextFormat`, `Qt.Orientation`, ...) builds all 93 of its types at once: about 20
ms of the window's start (BENCHMARKS.md), more than the bare PySide6 window pays for
everything. The widgets built before the first paint therefore set these properties through
Qt's property system (`widget.setProperty(name, number)`), which takes an enum's number;
tests/ui/test_qt_numbers.py checks each number against the real enum. Code that runs later
(dialogs, docks, paint events) names `Qt` as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
NO_INTERACTION = 0  # Qt.TextInteractionFlag.NoTextInteraction
SELECTABLE_TEXT = 0x1 | 0x2  # Qt.TextInteractionFlag.TextSelectableByMouse | ...ByKeyboard
ALIGN_TOP_LEFT = 0x1 | 0x20  # Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus
HORIZONTAL = 0x1  # Qt.Orientation.Horizontal
VERTICAL = 0x2  # Qt.Orientation.Vertical
MINIMUM_CONTENTS_LENGTH = 2  # QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
APPLICATION_PALETTE_CHANGE = 38  # QEvent.Type.ApplicationPaletteChange (Qt posts it)


def set_enum(widget: QObject, name: str, number: int) -> None:
    """Sets the enum property `name` (e.g. "textFormat") to Qt's `number` for it."""
    if not widget.setProperty(name, number):  # a misspelt name must not pass silently
        raise ValueError(f"{type(widget).__name__} has no property {name!r}")
