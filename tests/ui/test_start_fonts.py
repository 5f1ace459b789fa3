"""The window's start does not open a CJK font: only showing Japanese text does (the language
box once measured "日本語" at every start: about 3 MB and 20 ms)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

PROBE = """
import sys
from pathlib import Path
from app.ui import application

font = sys.argv[1]
mapped = lambda: font in Path("/proc/self/maps").read_text()
real = application._paint_once
def paint_once(app, window):
    status = real(app, window)
    before = mapped()
    window.reply.choose("ja", "email")  # a Japanese reply on screen
    app.processEvents()  # painted
    print(status, before, mapped())
    return status
application._paint_once = paint_once
application.run(smoke_test=True)
"""


def _font_file(pattern: str) -> str:
    return subprocess.run(
        ["fc-match", "-f", "%{file}", pattern], capture_output=True, text=True, check=True
    ).stdout.strip()


@pytest.mark.skipif(
    not Path("/proc/self/maps").exists() or shutil.which("fc-match") is None,
    reason="needs Linux's /proc and fontconfig's fc-match",
)
def test_only_japanese_text_opens_the_cjk_font() -> None:
    japanese = _font_file(":lang=ja")
    if japanese == _font_file("sans"):
        pytest.skip("no CJK font is installed: Japanese uses the default font")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, japanese],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=True,
    ).stdout
    assert out.split() == ["0", "False", "True"]
