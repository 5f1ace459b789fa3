"""Which shared libraries a bundle really loads: a walk of the ELF `NEEDED` links.

PyInstaller collects every library any collected file links to, including those of plugins
the spec later removes (the GTK theme pulls in GTK, Pango, Cairo and, through them,
Kerberos). Starting from what Python loads itself (extension modules, libpython) and the Qt
plugins that stay, this follows each library's `NEEDED` entries (read with `readelf` from
binutils) and names the collected libraries nothing reaches.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")


def needed(library: str | Path) -> list[str]:
    """The file names a shared library asks the dynamic linker for."""
    try:
        done = subprocess.run(
            ["readelf", "-dW", str(library)], capture_output=True, text=True, check=True
        )
    except FileNotFoundError:
        raise RuntimeError(
            "readelf is missing: install binutils (scripts/bootstrap.sh dist does)"
        ) from None
    except subprocess.CalledProcessError as error:
        raise RuntimeError(f"readelf cannot read {library}: {error.stderr.strip()}") from None
    return NEEDED.findall(done.stdout)


def is_root(dest: str, typecode: str) -> bool:
    """Loaded without a NEEDED link: extension modules, Qt plugins and libpython (bootloader)."""
    name = dest.replace("\\", "/")
    return (
        typecode == "EXTENSION"
        or "/plugins/" in name
        or name.rsplit("/", 1)[-1].startswith("libpython")
    )


def unreached(binaries: Iterable[tuple[str, str, str]]) -> set[str]:
    """Destinations of the collected libraries that no root reaches through NEEDED links."""
    entries = list(binaries)
    by_name: dict[str, list[tuple[str, str]]] = {}
    for dest, source, _ in entries:
        by_name.setdefault(dest.replace("\\", "/").rsplit("/", 1)[-1], []).append((dest, source))
    reached: set[str] = set()
    todo = [source for dest, source, code in entries if is_root(dest, code)]
    seen: set[str] = set()
    while todo:
        source = todo.pop()
        if source in seen:
            continue
        seen.add(source)
        for name in needed(source):
            for dest, library in by_name.get(name, ()):
                reached.add(dest)
                todo.append(library)
    return {dest for dest, _, code in entries if not is_root(dest, code) and dest not in reached}
