#!/usr/bin/env bash
# Sets up everything `make run` and `make test` need, from this repo's own files:
# the system libraries Qt loads, a virtual environment in .venv, and the Python packages.
# Usage: scripts/bootstrap.sh run|test|dist (dist: test, and the tools `make dist` runs)
set -euo pipefail
cd "$(dirname "$0")/.."
purpose=${1:-run}

say() { printf 'bootstrap: %s\n' "$*" >&2; }

checksum() {
    # sha256sum is GNU coreutils; macOS has shasum instead.
    if command -v sha256sum >/dev/null 2>&1; then sha256sum; else shasum -a 256; fi | cut -d' ' -f1
}

find_python() {
    for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
        [ -n "$candidate" ] || continue
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return
        fi
    done
    say "Python 3.11 or newer is needed; install it (apt-get install python3) and try again."
    exit 1
}

apt_install() {
    # Installs Debian packages when we can (root or sudo); otherwise says what is missing.
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; else
            say "missing system packages: $*; install them with: sudo apt-get install $*"
            return 1
        fi
    fi
    command -v apt-get >/dev/null 2>&1 || { say "missing system packages: $* (no apt-get here)"; return 1; }
    say "installing system packages: $*"
    $sudo apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_system_libraries() {
    # Qt's own libraries come in the wheel; these come from the system. Offscreen rendering (tests)
    # needs the first group; a real window on X11 needs the xcb group as well.
    local -a wanted=(
        "libEGL.so.1:libegl1" "libGL.so.1:libgl1" "libfontconfig.so.1:libfontconfig1"
        "libxkbcommon.so.0:libxkbcommon0" "libdbus-1.so.3:libdbus-1-3" "libglib-2.0.so.0:libglib2.0-0"
    )
    if [ "$purpose" = run ] && [ "$(uname -s)" = Linux ]; then
        wanted+=(
            "libxcb-cursor.so.0:libxcb-cursor0" "libxcb-icccm.so.4:libxcb-icccm4"
            "libxcb-keysyms.so.1:libxcb-keysyms1" "libxcb-image.so.0:libxcb-image0"
            "libxcb-render-util.so.0:libxcb-render-util0" "libxcb-shape.so.0:libxcb-shape0"
            "libxkbcommon-x11.so.0:libxkbcommon-x11-0" "libX11-xcb.so.1:libx11-xcb1"
        )
    fi
    [ "$(uname -s)" = Linux ] && command -v ldconfig >/dev/null 2>&1 || return 0
    local known missing=() pair
    known=$(ldconfig -p 2>/dev/null || /sbin/ldconfig -p)
    for pair in "${wanted[@]}"; do
        grep -q "${pair%%:*}" <<<"$known" || missing+=("${pair##*:}")
    done
    [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}" || true
}

ensure_node() {
    # The reading tests check what the official Node SDK prints (tests/reading/sdk): they need
    # node and npm, from Debian where they are missing; without them those tests say why they
    # skip.
    [ "$purpose" != run ] || return 0
    command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 && return 0
    apt_install nodejs npm || true
}

ensure_build_tools() {
    # `make dist` on Linux trims the bundle with readelf, as and ld (binutils) and ICU's icupkg
    # (icu-devtools): build/bundle_libs.py, build/bundle_icu.py. PyInstaller strips with strip.
    [ "$purpose" = dist ] && [ "$(uname -s)" = Linux ] || return 0
    local tool missing=()
    for tool in readelf:binutils as:binutils ld:binutils strip:binutils icupkg:icu-devtools; do
        command -v "${tool%%:*}" >/dev/null 2>&1 || [ -x "/usr/sbin/${tool%%:*}" ] ||
            missing+=("${tool##*:}")
    done
    [ ${#missing[@]} -eq 0 ] || apt_install $(printf '%s\n' "${missing[@]}" | sort -u) || exit 1
}

ensure_venv() {
    local python
    python=$(find_python)
    if [ ! -x .venv/bin/python ]; then
        say "creating .venv with $python"
        if ! "$python" -m venv .venv 2>/dev/null; then
            rm -rf .venv
            apt_install python3-venv && "$python" -m venv .venv
        fi
    fi
}

ensure_packages() {
    local extras stamp want
    if [ "$purpose" = run ]; then extras=""; else extras="[test,build]"; fi
    stamp=".venv/.installed${extras}"
    # editable_mode=compat: a plain .pth path entry to this checkout. The default editable mode
    # installs setuptools' import finder, which every Python start in .venv loads (about 10 ms
    # of CPU, 30 ms on a busy machine, before a command does anything); the price is that
    # build/, tests/ and scripts/ can be imported by name in this venv, as pytest does anyway.
    # app/__init__.py holds the version, which the installed metadata copies.
    want=$( (cat pyproject.toml requirements/constraints.txt app/__init__.py; echo compat) |
        checksum)
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        say "installing Python packages ${extras:-(runtime)}; the first time takes a few minutes"
        if ! .venv/bin/python -m pip install -c requirements/constraints.txt -e ".${extras}" \
            --config-settings editable_mode=compat >.venv/pip-install.log 2>&1; then
            tail -n 30 .venv/pip-install.log >&2
            say "installing Python packages failed; the whole log is in .venv/pip-install.log"
            exit 1
        fi
        echo "$want" >"$stamp"
    fi
}

ensure_system_libraries
ensure_node
ensure_build_tools
ensure_venv
ensure_packages
