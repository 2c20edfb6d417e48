#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The app through the real accessibility bus: a private D-Bus session with at-spi2-core's
# bus and registry, the real pactesur on a fresh database under Xvfb, and
# a11y_keyboard_task.py, which reads the window's accessible tree over AT-SPI (pyatspi) and
# does one task with the keyboard alone (xdotool), then checks the database with the CLI.
# Usage: a11y_bus.sh PATH/TO/pactesur PATH/TO/pactesur-cli
#        (exit 77, "skipped", only when a tool is missing; tools/dev installs them)
set -euo pipefail

app="${1:?usage: a11y_bus.sh PATH/TO/pactesur PATH/TO/pactesur-cli}"
cli="${2:?usage: a11y_bus.sh PATH/TO/pactesur PATH/TO/pactesur-cli}"
here="$(cd "$(dirname "$0")" && pwd)"
skip() { echo "a11y_bus: $*; skipping" >&2; exit 77; }

launcher=/usr/libexec/at-spi-bus-launcher
[[ -x "$launcher" ]] || skip "$launcher not found (at-spi2-core)"
for tool in Xvfb dbus-run-session xdotool; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool not found"
done
# Debian's python3 holds pyatspi; a python3 earlier in PATH (pyenv, venv) may not.
python=/usr/bin/python3
"$python" -c 'import pyatspi' 2>/dev/null || skip "pyatspi not importable (python3-pyatspi)"

# Everything of this run in one folder: parallel runs share nothing but the machine.
work="$(mktemp -d "${TMPDIR:-/tmp}/pactesur-a11y.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/runtime" "$work/config" "$work/data"
export XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export LC_ALL=C.UTF-8 LANGUAGE=en
unset QT_QPA_PLATFORM # ctest sets offscreen for the widget tests; this one needs xcb
db="$work/a11y.db"
"$cli" --db "$db" init --coordinator >/dev/null

# Xvfb picks a free display itself and says which (-displayfd): two runs at once never race
# for one as xvfb-run -a can. A display that refuses a client (seen twice in some hundred
# runs on a shared machine, not understood) is given up for the next free one: exit 75 of
# the script means the app could not connect to its display, before it did anything.
# dbus-run-session gives each attempt its own session bus, on which the AT-SPI bus launcher
# and registry start.
xvfb=""
trap '[[ -n "$xvfb" ]] && kill "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT
start_xvfb() {
    rm -f "$work/display"
    Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
    xvfb=$!
    for _ in $(seq 300); do
        [[ -s "$work/display" ]] && break
        kill -0 "$xvfb" 2>/dev/null || return 1
        sleep 0.1
    done
    [[ -s "$work/display" ]] || return 1
    export DISPLAY=":$(head -n 1 "$work/display")"
    xdotool getdisplaygeometry >/dev/null 2>&1
}
status=1
for attempt in 1 2 3; do
    if start_xvfb; then
        status=0
        dbus-run-session -- "$python" "$here/a11y_keyboard_task.py" \
            --app "$app" --cli "$cli" --db "$db" --launcher "$launcher" || status=$?
        [[ $status -ne 75 ]] && break
    fi
    echo "a11y_bus: display ${DISPLAY:-none} unusable (attempt $attempt)" >&2
    cat "$work/xvfb.log" >&2
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
    xvfb=""
    status=1
done
exit "$status"
