#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# Installs ical.js from npm into PREFIX once, for check_ics.js (the iCalendar report's
# test reads the file with a real parser). Exits 77 (skipped) where npm or its registry
# cannot be reached; the test then skips its iCalendar check and says why.
#   install_icaljs.sh PREFIX
set -u
prefix="$1"
if [ -f "$prefix/node_modules/ical.js/package.json" ]; then
    exit 0
fi
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
    echo "install_icaljs.sh: node and npm are needed (Debian: nodejs npm)" >&2
    exit 77
fi
mkdir -p "$prefix"
if ! npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error 'ical.js@^2'; then
    echo "install_icaljs.sh: npm could not install ical.js" >&2
    exit 77
fi
