#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The desktop integration as `cmake --install` puts it: the .desktop file passes
# desktop-file-validate, the MIME type passes xmllint against the shared-mime-info DTD,
# update-mime-database takes it, and a package file is recognised by its content (no
# extension needed) and by its name; the icon is a well-formed SVG.
# Usage: check_desktop_files.sh BUILD_DIR PATH/TO/pactesur-cli
#        (exit 77, "skipped", without the tools)
set -euo pipefail

build="${1:?usage: check_desktop_files.sh BUILD_DIR PATH/TO/pactesur-cli}"
cli="${2:?usage: check_desktop_files.sh BUILD_DIR PATH/TO/pactesur-cli}"
skip() { echo "check_desktop_files: $*; skipping" >&2; exit 77; }
fail() { echo "check_desktop_files: $*" >&2; exit 1; }
for tool in desktop-file-validate xmllint update-mime-database; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool not found (tools/dev installs it)"
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
cmake --install "$build" --prefix "$prefix" --component desktop >/dev/null

desktop="$prefix/share/applications/eu.pactesur.Pactesur.desktop"
mime="$prefix/share/mime/packages/pactesur.xml"
icon="$prefix/share/icons/hicolor/scalable/apps/pactesur.svg"
for file in "$desktop" "$mime" "$icon"; do
    [[ -f "$file" ]] || fail "not installed: ${file#"$prefix"/}"
done

desktop-file-validate "$desktop" || fail "desktop-file-validate refused the .desktop file"
grep -qx 'MimeType=application/x-pactesur-package;' "$desktop" \
    || fail "the .desktop file does not open application/x-pactesur-package"
grep -qx 'Exec=pactesur %f' "$desktop" || fail "the .desktop file does not pass the file"

# The shared-mime-info DTD is the internal subset of the freedesktop.org database; without
# it, well-formedness and the elements we rely on are checked.
system_db=/usr/share/mime/packages/freedesktop.org.xml
if [[ -f "$system_db" ]]; then
    sed -n '2,/^]>/p' "$system_db" | sed '1s/.*\[//; $d' >"$work/shared-mime-info.dtd"
    xmllint --noout --dtdvalid "$work/shared-mime-info.dtd" "$mime" \
        || fail "the MIME type does not follow the shared-mime-info DTD"
else
    xmllint --noout "$mime" || fail "the MIME type is not well-formed XML"
fi
ns='declare namespace m="http://www.freedesktop.org/standards/shared-mime-info";'
for path in '//m:mime-type[@type="application/x-pactesur-package"]/m:glob[@pattern="*.pactesur"]' \
    '//m:mime-type/m:magic/m:match[@offset="0" and starts-with(@value, "PACTESUR-SEALED")]' \
    '//m:mime-type/m:comment[not(@xml:lang)]'; do
    # xmllint --xpath has no namespace option: local-name() keeps it portable.
    plain="$(sed -E 's#m:([a-z-]+)#*[local-name()="\1"]#g' <<<"$path")"
    xmllint --xpath "$plain" "$mime" >/dev/null 2>&1 || fail "the MIME type lacks $path"
done
xmllint --noout "$icon" || fail "the icon is not well-formed SVG"

# What a desktop does after installing: build the MIME cache, then recognise files.
cp -r /usr/share/mime/packages/. "$prefix/share/mime/packages/" 2>/dev/null || true
update-mime-database "$prefix/share/mime" || fail "update-mime-database refused the MIME type"
grep -q 'application/x-pactesur-package:\*\.pactesur' "$prefix/share/mime/globs2" \
    || fail "the glob is not in the MIME cache"
if command -v gio >/dev/null 2>&1; then
    "$cli" --db "$work/db.db" init --coordinator >/dev/null
    # A package is sealed to enrolled replicas: one city, enrolled.
    "$cli" --db "$work/city.db" init --city riga >/dev/null
    "$cli" --db "$work/city.db" keys export --out "$work/city.card"
    "$cli" --db "$work/db.db" keys trust "$work/city.card" >/dev/null
    "$cli" --db "$work/db.db" export --out "$work/sample.pactesur" --full >/dev/null
    cp "$work/sample.pactesur" "$work/sample-without-extension"
    cp "$work/db.db" "$work/plain.sqlite"
    type_of() {
        env XDG_DATA_HOME="$work/nowhere" XDG_DATA_DIRS="$prefix/share" HOME="$work" \
            gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'
    }
    [[ "$(type_of "$work/sample.pactesur")" == application/x-pactesur-package ]] \
        || fail "a .pactesur file is not recognised by its name"
    [[ "$(type_of "$work/sample-without-extension")" == application/x-pactesur-package ]] \
        || fail "a package is not recognised by its content"
    [[ "$(type_of "$work/plain.sqlite")" != application/x-pactesur-package ]] \
        || fail "a database is taken for a package"
fi
echo "check_desktop_files: the installed desktop files pass"
