"""Draws the app icon's one source image, resources/icons/declinedesk.png (512 x 512).

Run once when the design changes; the .ico and .icns of a build are made from this PNG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons" / "declinedesk.png"


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(512, 512, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1f4e79"))
    p.drawRoundedRect(QRectF(16, 16, 480, 480), 96, 96)
    # the card
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(QRectF(72, 130, 330, 215), 28, 28)
    p.setBrush(QColor("#1f4e79"))
    p.drawRect(QRectF(72, 175, 330, 44))
    p.setBrush(QColor("#c9d6e3"))
    p.drawRoundedRect(QRectF(100, 262, 120, 26), 8, 8)
    # the verdict badge
    p.setBrush(QColor("#b3261e"))
    p.setPen(QPen(QColor("#1f4e79"), 14))
    p.drawEllipse(QRectF(300, 282, 150, 150))
    p.setPen(QColor("#ffffff"))
    font = QFont("DejaVu Sans", 88)
    font.setBold(True)
    p.setFont(font)
    p.drawText(QRectF(300, 282, 150, 150), Qt.AlignmentFlag.AlignCenter, "!")
    p.end()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(OUT))
    print(OUT)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
