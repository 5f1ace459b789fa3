"""A small ICU data library for the bundle: what Qt needs for the reply languages, not 31 MB.

Qt's libraries link to ICU, and libicudata.so carries all of ICU's data (every locale,
every legacy character set) as one exported symbol, `icudtNN_dat`. Qt uses ICU for
collation, locale-aware case and time zones; it never asks for the 200 legacy converters,
the display names of every currency, language and region, or the line-break dictionaries
(Qt breaks text itself). This module copies that symbol out of the wheel's library, removes
the items Qt does not need with ICU's own `icupkg` (Debian: icu-devtools), and assembles a
replacement library exporting the same symbol with `as` and `ld` (Debian: binutils).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from build.languages import icu_languages

# The reply languages (resources/languages.toml): their locales, and their regional variants,
# stay; Chinese in traditional script does not (replies are in Simplified Chinese only, and
# `--locale zh-TW` is refused), nor Cantonese (yue), another language.
LANGUAGES = icu_languages()
OTHER_SCRIPTS = re.compile(r"zh_(Hant|TW|HK|MO)(_.*)?")
# Locale trees Qt never reads: display names (but time zone names, in zone/), spelled-out
# numbers, break dictionaries.
UNUSED_TREES = ("curr", "lang", "region", "unit", "rbnf", "brkitr", "translit")
# Legacy character sets, string preparation profiles, spoof checks and character names.
UNUSED_EXTENSIONS = (".cnv", ".spp", ".cfu")
UNUSED_ITEMS = ("unames.icu",)
LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*")


class IcuToolMissing(RuntimeError):
    """icupkg, readelf, as or ld is not installed."""


def _run(*command: str) -> str:
    # Debian installs icupkg in /usr/sbin, which a normal user's PATH leaves out.
    program = shutil.which(command[0], path=f"{os.environ.get('PATH', '')}:/usr/sbin:/sbin")
    try:
        done = subprocess.run(
            [program or command[0], *command[1:]], capture_output=True, text=True, check=True
        )
    except FileNotFoundError:
        raise IcuToolMissing(
            f"{command[0]} is missing: install binutils and icu-devtools "
            "(scripts/bootstrap.sh dist does)"
        ) from None
    except subprocess.CalledProcessError as error:
        raise RuntimeError(f"{' '.join(command)} failed: {error.stderr.strip()}") from None
    return done.stdout


def wanted(item: str) -> bool:
    """Whether an item of the ICU data package (`coll/ja.res`, `ibm-37_P100-1995.cnv`) stays."""
    tree, _, name = item.rpartition("/")
    stem = name.rpartition(".")[0]
    if tree in UNUSED_TREES or name in UNUSED_ITEMS or name.endswith(UNUSED_EXTENSIONS):
        return False
    if name.endswith(".res") and LOCALE.fullmatch(stem) and stem not in ("root", "pool"):
        if stem.startswith("res_"):  # res_index.res: the tree's list of locales
            return True
        return stem.split("_")[0] in LANGUAGES and not OTHER_SCRIPTS.fullmatch(stem)
    return True  # root and pool data, normalisation, collation base, time zone rules


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size in an ICU data library."""
    symbols = _run("readelf", "-sW", "--dyn-syms", str(library))
    found = re.search(
        r":\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\d+\s+"
        r"(icudt\d+_dat)$",
        symbols,
        re.MULTILINE,
    )
    if not found:
        raise ValueError(f"{library} exports no ICU data symbol")
    address, size, name = int(found[1], 16), int(found[2], 0), found[3]
    # The symbol's address is virtual: the section holding it maps it to a file offset.
    for line in _run("readelf", "-SW", str(library)).splitlines():
        fields = re.match(
            r"\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line
        )
        if fields:
            start, offset, length = (int(fields[i], 16) for i in (2, 3, 4))
            if start <= address < start + length:
                return name, offset + address - start, size
    raise ValueError(f"{library}: no section holds {name}")


def small_icudata(library: Path, work: Path) -> Path:
    """Writes a filtered copy of `library` (same file name and symbol) into `work`; returns it."""
    work.mkdir(parents=True, exist_ok=True)
    symbol, offset, size = data_symbol(library)
    # icupkg names a package's items after its file name, so both copies keep ICU's name
    # (icudt73l: version 73, little-endian) in folders of their own.
    package = symbol.removesuffix("_dat") + "l.dat"
    (work / "full").mkdir(exist_ok=True)
    (work / "small").mkdir(exist_ok=True)
    full, small = work / "full" / package, work / "small" / package
    with library.open("rb") as handle:
        handle.seek(offset)
        full.write_bytes(handle.read(size))
    items = _run("icupkg", "-l", str(full)).split()
    unused = [item for item in items if not wanted(item)]
    (work / "unused.txt").write_text("\n".join(unused) + "\n")
    _run("icupkg", "-r", str(work / "unused.txt"), str(full), str(small))
    # ICU reads the data in place, so it must stay 16-byte aligned, as in ICU's own build.
    source = work / "icudata.s"
    source.write_text(
        f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
        f'{symbol}:\n\t.incbin "{small}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n'
    )
    out = work / library.name
    _run("as", "-o", str(work / "icudata.o"), str(source))
    _run("ld", "-shared", "-soname", library.name, "-o", str(out), str(work / "icudata.o"))
    full.unlink()
    return out
