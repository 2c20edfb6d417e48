#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The .deb as a city's IT department meets it (issue 19): lintian finds no error; apt-get
# installs it; both programs run from /usr/bin (the desktop app to its screenshot under
# Xvfb, in a throwaway HOME); the desktop entry opens .pactesur files; the desktop entry and
# the AppStream metainfo validate; `man pactesur-cli` renders without a warning; bash
# completion offers the kinds after `pactesur-cli list `; and `apt-get purge` leaves no file
# of the package behind. It installs into this machine's /usr as root, so it runs only when
# asked: PACTESUR_PACKAGE_TEST=1 (`tools/dev package --check`); otherwise exit 77, skipped.
# Usage: check_deb.sh PATH/TO/pactesur_VERSION_ARCH.deb | BUILD_DIR [VERSION]
set -euo pipefail

deb="${1:?usage: check_deb.sh PATH/TO/pactesur_VERSION_ARCH.deb | BUILD_DIR [VERSION]}"
say() { printf 'check_deb: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }
if [[ "${PACTESUR_PACKAGE_TEST:-0}" != 1 ]]; then
    say "installs into /usr as root: set PACTESUR_PACKAGE_TEST=1 to run it; skipping"
    exit 77
fi
if [[ -d "$deb" ]]; then
    # A build folder: the package CPack wrote there for this version.
    shopt -s nullglob
    candidates=("$deb"/pactesur_"${2:-}"*.deb)
    shopt -u nullglob
    [[ ${#candidates[@]} -eq 1 ]] || fail "expected one pactesur_${2:-}*.deb in $deb, found ${#candidates[@]}"
    deb="${candidates[0]}"
fi

[[ "$(id -u)" -eq 0 ]] || fail "must run as root (apt-get install, purge)"
[[ -f "$deb" ]] || fail "no package at $deb"
deb="$(readlink -f "$deb")"
for tool in lintian xvfb-run xdg-mime desktop-file-validate appstreamcli man; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool not found (tools/dev package installs it)"
done
if dpkg-query -W -f='${Status}' pactesur 2>/dev/null | grep -q 'install ok installed'; then
    fail "pactesur is already installed; purge it first (apt-get purge pactesur)"
fi

work="$(mktemp -d)"
cleanup() {
    # Never leave the package installed after a failure half-way.
    if dpkg-query -W -f='${Status}' pactesur 2>/dev/null | grep -q 'installed'; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y pactesur >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# 1. lintian: no error. Warnings are printed, and each is explained in README ("Packaging").
say "lintian $(basename "$deb")"
lintian --info --display-level '>=warning' "$deb" | tee "$work/lintian.txt" >&2 || true
if grep -q '^E: ' "$work/lintian.txt"; then
    fail "lintian reports errors (above)"
fi

# 2. Install it, as a user would, and note what exists before so purge can be compared.
say "apt-get install $deb"
dpkg-deb --contents "$deb" | awk '{print $NF}' | sed 's|^\./|/|; s|/$||' | grep -v '^$' \
    >"$work/contents.txt"
: >"$work/existed.txt"
while read -r path; do
    [[ -e "$path" ]] && printf '%s\n' "$path" >>"$work/existed.txt"
done <"$work/contents.txt"
DEBIAN_FRONTEND=noninteractive apt-get install -y "$deb" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log" >&2; fail "apt-get install"; }
dpkg -L pactesur >"$work/files.txt"

[[ "$(command -v pactesur)" == /usr/bin/pactesur ]] || fail "pactesur is not /usr/bin/pactesur"
[[ "$(command -v pactesur-cli)" == /usr/bin/pactesur-cli ]] || fail "pactesur-cli is not in /usr/bin"
version="$(dpkg-query -W -f='${Version}' pactesur)"
cli_version="$(pactesur-cli --version)"
say "pactesur-cli --version: $cli_version"
[[ "$cli_version" == "pactesur-cli $version" ]] || fail "--version says '$cli_version', the package $version"
gui_version="$(env -u DISPLAY pactesur --version 2>/dev/null)"
say "pactesur --version (no display): $gui_version"
[[ "$gui_version" == *"$version"* ]] || fail "pactesur --version says '$gui_version'"

# 3. A database in a throwaway HOME, then the desktop app to its screenshot.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
db="$HOME/pactesur.db"
pactesur-cli --db "$db" init --coordinator || fail "pactesur-cli init --coordinator"
[[ "$(pactesur-cli --db "$db" list cities --json | grep -o '"slug"' | wc -l)" -eq 15 ]] \
    || fail "the new database does not list the 15 seeded cities"
shot="$work/shot.png"
PACTESUR_SCREENSHOT="$shot" xvfb-run -a -s "-screen 0 1400x900x24" pactesur --db "$db" \
    >"$work/gui.log" 2>&1 || { cat "$work/gui.log" >&2; fail "pactesur under Xvfb"; }
[[ -s "$shot" ]] || fail "pactesur wrote no screenshot"
say "screenshot: $(file -b "$shot" 2>/dev/null || stat -c %s "$shot")"

# 4. Desktop integration: the entry opens packages; the entry and the metainfo validate.
default="$(xdg-mime query default application/x-pactesur-package)"
say "xdg-mime query default application/x-pactesur-package: $default"
[[ "$default" == eu.pactesur.Pactesur.desktop ]] || fail "the default for packages is '$default'"
desktop-file-validate /usr/share/applications/eu.pactesur.Pactesur.desktop \
    || fail "desktop-file-validate"
appstreamcli validate --no-net --explain /usr/share/metainfo/eu.pactesur.Pactesur.metainfo.xml \
    >"$work/appstream.txt" 2>&1 || { cat "$work/appstream.txt" >&2; fail "appstreamcli validate"; }
grep -Eq '^[EW]:' "$work/appstream.txt" && { cat "$work/appstream.txt" >&2; fail "appstreamcli warns"; }
for size in 48x48 128x128 256x256 scalable; do
    ls /usr/share/icons/hicolor/$size/apps/pactesur.* >/dev/null 2>&1 || fail "no $size icon"
done

# 5. Man pages render without a warning.
for page in pactesur pactesur-cli; do
    warnings="$(MANWIDTH=80 man --warnings "$page" 2>&1 >/dev/null)"
    [[ -z "$warnings" ]] || fail "man --warnings $page: $warnings"
    MANWIDTH=80 man "$page" 2>/dev/null | grep -q . || fail "man $page shows nothing"
done
MANWIDTH=80 man pactesur-cli 2>/dev/null | grep -qw report || fail "man pactesur-cli lacks report"

# 6. Completion offers the kinds after `pactesur-cli list ` (and fields after --set).
complete_words() {
    bash --norc --noprofile -c '
        source /usr/share/bash-completion/completions/pactesur-cli
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        _pactesur_cli; printf "%s\n" "${COMPREPLY[@]}"' completion "$@"
}
kinds="$(complete_words pactesur-cli list '')"
for kind in cities activities sheets contacts; do
    grep -qx "$kind" <<<"$kinds" || fail "completion after 'list ' lacks $kind (got: $kinds)"
done
grep -qx 'title=' <<<"$(complete_words pactesur-cli add activities --set '')" \
    || fail "completion after 'add activities --set ' lacks title="
grep -qx 'vilnius' <<<"$(complete_words pactesur-cli init --city '')" \
    || fail "completion after '--city ' lacks vilnius"
say "completion after 'list ': $(tr '\n' ' ' <<<"$kinds")"

# 7. Purge: no file of the package is left, and no folder it made.
DEBIAN_FRONTEND=noninteractive apt-get purge -y pactesur >"$work/purge.log" 2>&1 \
    || { cat "$work/purge.log" >&2; fail "apt-get purge"; }
left=0
while read -r path; do
    [[ "$path" == /. ]] && continue
    [[ -e "$path" || -L "$path" ]] || continue
    grep -qxF "$path" "$work/existed.txt" && continue # there before: not ours to remove
    say "left behind: $path"
    left=1
done <"$work/files.txt"
[[ "$left" -eq 0 ]] || fail "apt-get purge left files of the package"
say "passed: $(wc -l <"$work/files.txt") paths installed and purged"
