#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# A practice sheet whose text names local files (raw HTML, a Markdown image, a stylesheet,
# a file: link) is reported as PDF and as HTML under strace: neither report may open, or
# even look at, any of those files (DESIGN.md section 7).
# With the desktop app as a second argument, the sheet is also opened in its editor (as a
# screenshot, off screen) under strace, with the same rule.
# Usage: render_safety.sh PATH/TO/pactesur-cli [PATH/TO/pactesur]
#        (exit 77, "skipped", without the tools)
set -euo pipefail

cli="${1:?usage: render_safety.sh PATH/TO/pactesur-cli [PATH/TO/pactesur]}"
gui="${2:-}"
skip() { echo "render_safety: $*; skipping" >&2; exit 77; }
command -v pdftotext >/dev/null 2>&1 || skip "pdftotext (poppler-utils) not found"
command -v strace >/dev/null 2>&1 || skip "strace not found"
strace -o /dev/null true 2>/dev/null || skip "strace cannot trace here (ptrace not permitted)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/test.db"
probes=(/etc/hostname /dev/zero /tmp/pactesur-probe.css /etc/passwd)

# Without XDG_RUNTIME_DIR, Qt reads /etc/passwd to name a runtime folder after the user;
# with one, the sheet is the only reason left to open that file.
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
# LeakSanitizer cannot work under ptrace: in an AddressSanitizer build (the asan preset) the
# runs under strace keep every other check and skip the leak check alone (a later option
# wins). Other builds ignore ASAN_OPTIONS.
traced_asan_options="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

"$cli" --db "$db" init --coordinator >/dev/null
# Each probe inline and as a block of its own: Markdown parses the two differently.
summary='Probes inline: <img src="file:///etc/hostname"> ![x](/dev/zero)
<link rel=stylesheet href="file:///tmp/pactesur-probe.css"> [link](file:///etc/passwd)

<img src="file:///etc/hostname">

![zero](/dev/zero)

<link rel=stylesheet href="file:///tmp/pactesur-probe.css">

[passwd](file:///etc/passwd) and <file:///etc/passwd>'
id="$("$cli" --db "$db" add sheets --set title=Probe --set city=vilnius --set language=en \
    --set sensitivity=restricted --set "summary=$summary")"

failed=0
for format in pdf html; do
    out="$work/report.$format"
    log="$work/strace-$format.log"
    ASAN_OPTIONS="$traced_asan_options" strace -f -e trace=%file -o "$log" \
        "$cli" --db "$db" report sheet "$id" --format "$format" --out "$out" >/dev/null
    if [[ ! -s "$out" ]]; then
        echo "render_safety: the $format report was not written" >&2
        failed=1
    fi
    for probe in "${probes[@]}"; do
        # execve lists the command line; every other line is a file access.
        if grep -F "\"$probe" "$log" | grep -v 'execve('; then
            echo "render_safety: the $format report touched $probe" >&2
            failed=1
        fi
    done
done

if [[ -n "$gui" ]]; then
    log="$work/strace-gui.log"
    PACTESUR_SCREENSHOT="$work/editor.png" PACTESUR_SCREENSHOT_SHEET="$id" \
        ASAN_OPTIONS="$traced_asan_options" \
        strace -f -e trace=%file -o "$log" "$gui" --db "$db" >/dev/null 2>&1
    if [[ ! -s "$work/editor.png" ]]; then
        echo "render_safety: the editor did not show the sheet" >&2
        failed=1
    fi
    for probe in "${probes[@]}"; do
        if grep -F "\"$probe" "$log" | grep -v 'execve('; then
            echo "render_safety: the sheet editor touched $probe" >&2
            failed=1
        fi
    done
fi

text="$(pdftotext -enc UTF-8 "$work/report.pdf" -)"
for expected in Probe 'Restricted — police only' '<img src=' '<link rel=stylesheet'; do
    if ! grep -qF "$expected" <<<"$text"; then
        echo "render_safety: the PDF's text lacks: $expected" >&2
        failed=1
    fi
done
if grep -qiE '<(img|link)[^>]*file:' "$work/report.html"; then
    echo "render_safety: the HTML report keeps markup that names a file" >&2
    failed=1
fi
exit "$failed"
