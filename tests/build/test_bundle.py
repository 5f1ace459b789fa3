"""Trimming the bundle: which ICU data and libraries stay, and the size budget that fails CI."""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

import pytest

from build import bundle_libs, tasks
from build.bundle_icu import LANGUAGES, wanted


@pytest.mark.parametrize(
    "item",
    [
        "root.res",
        "pool.res",
        "res_index.res",
        "de.res",
        "de_AT.res",
        "pt_BR.res",
        "ja.res",
        "ko.res",
        "zh.res",
        "zh_Hans.res",
        "zh_Hans_CN.res",
        "pl.res",
        "sv.res",
        "sv_FI.res",
        "coll/ko.res",
        "coll/zh.res",
        "coll/pl.res",
        "coll/sv.res",
        "zone/zh.res",
        "zone/ko.res",
        "coll/root.res",
        "coll/ucadata.icu",
        "coll/ja.res",
        "coll/de.res",
        "coll/res_index.res",
        "zone/ja.res",
        "zone/pool.res",
        "nfkc.nrm",
        "uts46.nrm",
        "cnvalias.icu",
        "zoneinfo64.res",
        "supplementalData.res",
        "likelySubtags.res",
        "metaZones.res",
    ],
)
def test_icu_keeps_what_qt_needs_for_the_reply_languages(item: str) -> None:
    assert wanted(item)


@pytest.mark.parametrize(
    "item",
    [
        "ru.res",
        "ru_RU.res",
        "yue_Hant_HK.res",
        "coll/ru.res",
        "coll/th.res",
        "zone/ar.res",
        "zh_Hant.res",
        "zh_TW.res",
        "zh_Hant_HK.res",
        "coll/zh_Hant.res",
        "zone/zh_HK.res",
        "lang/de.res",
        "curr/ja.res",
        "region/fr.res",
        "brkitr/cjdict.dict",
        "rbnf/en.res",
        "ibm-37_P100-1995.cnv",
        "gb18030.cnv",
        "rfc3491.spp",
        "confusables.cfu",
        "unames.icu",
    ],
)
def test_icu_drops_other_languages_display_names_and_legacy_charsets(item: str) -> None:
    assert not wanted(item)


def test_every_reply_language_keeps_its_icu_data() -> None:
    replies = {
        path.stem.split("-")[0]
        for path in (Path(tasks.ROOT) / "resources" / "replies").glob("*.toml")
    }
    assert replies
    assert replies <= set(LANGUAGES), "add the new reply language to build/bundle_icu.py"
    assert all(wanted(f"coll/{language}.res") for language in LANGUAGES)


LINKS = {
    "/w/QtWidgets.abi3.so": ["libQt6Widgets.so.6", "libc.so.6"],
    "/w/libQt6Widgets.so.6": ["libQt6Gui.so.6"],
    "/w/libQt6Gui.so.6": ["libQt6Core.so.6"],
    "/w/libQt6Core.so.6": ["libicuuc.so.73"],
    "/w/libicuuc.so.73": [],
    "/w/libqxcb.so": ["libQt6XcbQpa.so.6"],
    "/w/libQt6XcbQpa.so.6": ["libQt6Gui.so.6"],
    "/w/libpython3.11.so.1.0": [],
    "/w/libgtk-3.so.0": ["libpango-1.0.so.0"],
    "/w/libpango-1.0.so.0": [],
    "/w/libkrb5.so.3": [],
}
BINARIES = [
    ("PySide6/QtWidgets.abi3.so", "/w/QtWidgets.abi3.so", "EXTENSION"),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", "/w/libQt6Widgets.so.6", "BINARY"),
    ("PySide6/Qt/lib/libQt6Gui.so.6", "/w/libQt6Gui.so.6", "BINARY"),
    ("PySide6/Qt/lib/libQt6Core.so.6", "/w/libQt6Core.so.6", "BINARY"),
    ("PySide6/Qt/lib/libicuuc.so.73", "/w/libicuuc.so.73", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "/w/libqxcb.so", "BINARY"),
    ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/w/libQt6XcbQpa.so.6", "BINARY"),
    ("libpython3.11.so.1.0", "/w/libpython3.11.so.1.0", "BINARY"),
    ("libgtk-3.so.0", "/w/libgtk-3.so.0", "BINARY"),
    ("libpango-1.0.so.0", "/w/libpango-1.0.so.0", "BINARY"),
    ("libkrb5.so.3", "/w/libkrb5.so.3", "BINARY"),
]


def test_libraries_no_kept_module_or_plugin_links_to_are_dropped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bundle_libs, "needed", lambda path: LINKS[str(path)])
    assert bundle_libs.unreached(BINARIES) == {"libgtk-3.so.0", "libpango-1.0.so.0", "libkrb5.so.3"}


def test_a_real_library_lists_what_it_links_to() -> None:
    import _sqlite3
    import sqlite3  # noqa: F401 - its extension module links to libsqlite3 on Linux

    if not _sqlite3.__file__.endswith(".so"):
        pytest.skip("not an ELF extension module here")
    try:
        links = bundle_libs.needed(_sqlite3.__file__)
    except RuntimeError as error:
        pytest.skip(str(error))  # readelf (binutils) is installed for `make dist` only
    assert any(name.startswith("libsqlite3.so") for name in links)


def _bundle(tmp_path: Path, megabytes: float) -> Path:
    folder = tmp_path / "dist" / "declinedesk"
    (folder / "_internal").mkdir(parents=True)
    (folder / "declinedesk").write_bytes(b"\0" * 1024)
    (folder / "_internal" / "libbig.so").write_bytes(b"\0" * int(megabytes * 2**20))
    (folder / "_internal" / "link.so").symlink_to("libbig.so")
    return folder


def test_size_passes_within_the_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _bundle(tmp_path, 2)
    monkeypatch.setattr(tasks, "DIST", folder.parent)
    monkeypatch.setattr(tasks, "BUNDLE_BUDGET_MB", 3)
    assert tasks.size() == 0
    assert "2.0 MiB, within the budget of 3 MiB" in capsys.readouterr().out


def test_size_fails_over_the_budget_and_names_the_largest_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _bundle(tmp_path, 4)
    monkeypatch.setattr(tasks, "DIST", folder.parent)
    monkeypatch.setattr(tasks, "BUNDLE_BUDGET_MB", 3)
    assert tasks.size() == 1
    err = capsys.readouterr().err
    assert "over the budget of 3 MiB" in err
    assert "_internal/libbig.so" in err.splitlines()[1]


def test_size_without_a_build_says_to_build_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(tasks, "DIST", tmp_path / "dist")
    assert tasks.size() == 1
    assert "run `make dist` first" in capsys.readouterr().err


def test_the_bundle_runtime_hook_points_qt_at_its_plugins_without_importing_qt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setenv("QT_PLUGIN_PATH", "")  # so that the test's end restores it
    before = set(sys.modules)
    runpy.run_path(str(Path(tasks.ROOT) / "build" / "rthooks" / "qt_paths.py"))
    plugins = Path(os.environ["QT_PLUGIN_PATH"])
    assert plugins.parts[-1] == "plugins" and plugins.is_relative_to(tmp_path)
    assert not any(name.startswith(("PySide6", "shiboken6")) for name in set(sys.modules) - before)


def test_the_bundle_keeps_every_qt_module_the_app_imports() -> None:
    """The spec once excluded QtNetwork after the window began to listen through it: the
    built window logged an ImportError at every start and a second start found no window."""
    import re as _re

    from tests.conftest import ROOT

    spec = (ROOT / "build" / "declinedesk.spec").read_text(encoding="utf-8")
    excluded = set(
        _re.findall(r'"(PySide6\.Qt\w+)"', spec.split("excludes = [", 1)[1].split("]", 1)[0])
    )
    imported = {
        match
        for path in (ROOT / "app").rglob("*.py")
        for match in _re.findall(r"from (PySide6\.Qt\w+) import", path.read_text(encoding="utf-8"))
    }
    assert imported and not imported & excluded, imported & excluded


_WITHOUT_METRICS = """
import importlib.abc, json, sys

class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.startswith("rapidfuzz.distance.metrics_cpp"):
            raise ImportError(name)  # as in the bundle, which leaves the file out
        return None

sys.meta_path.insert(0, Refuse())
from rapidfuzz import fuzz, process
from app.catalogue.catalog import Catalog
from app.catalogue.search import Searcher
searcher = Searcher(Catalog("catalog.db"))
hits = {q: [h.to_json() for h in searcher.search(q)] for q in json.loads(sys.argv[1])}
print(json.dumps({"scorer": fuzz.ratio.__module__, "extract": process.extract.__module__,
                  "hits": hits}))
"""


def test_search_needs_none_of_rapidfuzz_s_cpp_distance_metrics_the_bundle_leaves_out() -> None:
    """The spec leaves rapidfuzz's C++ distance metrics out (2.9 MB): search must give the same
    hits without them, still through the C++ scorer and extract (the Python ones are slow)."""
    import json
    import subprocess

    from app.catalogue.catalog import Catalog
    from app.catalogue.search import Searcher
    from tests.conftest import ROOT

    spec = (ROOT / "build" / "declinedesk.spec").read_text(encoding="utf-8")
    assert '"rapidfuzz/distance/metrics_cpp"' in spec
    queries = [*tasks.SMOKE_SEARCHES, "insuficent_funds", "stolen_crd", "do not honour"]
    done = subprocess.run(
        [sys.executable, "-c", _WITHOUT_METRICS, json.dumps(queries)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    without = json.loads(done.stdout)
    assert not without["scorer"].endswith("_py") and not without["extract"].endswith("_py")
    searcher = Searcher(Catalog(str(ROOT / "catalog.db")))
    assert without["hits"] == {q: [h.to_json() for h in searcher.search(q)] for q in queries}
    assert all(without["hits"][q] for q in ("insuficent_funds", "stolen_crd"))
