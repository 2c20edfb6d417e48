#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Writes a program's man page from its own --help and --version: one source of truth.

Both programs print help in the same shape: a "Usage:" line, headings at the margin
ending in ":", items indented by two spaces whose description starts at a fixed column
(continued on lines indented to that column), and paragraphs at the margin. Each becomes
its man(7) counterpart. The program runs with no display, in English, with a throwaway
HOME (no saved language; the page says ~ for the home folder). The page is appended with
EXTRA (ENVIRONMENT, FILES, SEE ALSO), must pass `man --warnings`, and is written gzipped
without a time stamp, as Debian wants.

Usage: make_manpage.py PROGRAM "ONE-LINE DESCRIPTION" DATE OUT.1.gz EXTRA.man
"""
import gzip
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter


def run(program, argument, home):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE")}
    env.update(HOME=home, XDG_CONFIG_HOME=home + "/.config", XDG_DATA_HOME=home + "/.local/share",
               XDG_RUNTIME_DIR=home, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    result = subprocess.run([program, argument], env=env, capture_output=True, text=True,
                            check=True)
    return result.stdout.replace(home, "~")


def roff(text):
    """Escapes text for man(7): backslashes, hyphens, and a leading dot or quote."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text[:1] in (".", "'") else text


def item_column(lines):
    """The column where item descriptions start: the commonest after a gap of 2+ spaces."""
    columns = Counter()
    for line in lines:
        if line.startswith("  ") and not line.startswith("   "):
            match = re.search(r"\S( {2,})\S", line)
            if match:
                columns[match.end(1)] += 1
    return columns.most_common(1)[0][0] if columns else 0


def split_item(line, column):
    body = line[2:]
    match = re.search(r" {2,}", body)
    if match:
        return body[:match.start()], body[match.end():]
    # A term one character short of the column leaves one space before the description;
    # a term whose brackets are still open runs on past the column instead.
    term = line[2:column - 1]
    balanced = all(term.count(a) == term.count(b) for a, b in ("()", "[]"))
    if len(line) > column and line[column - 1] == " " and line[column] != " " and balanced:
        return term, line[column:]
    return body, ""


def body(help_text, name, description):
    lines = help_text.rstrip("\n").split("\n")
    usage = lines.pop(0)
    if not usage.startswith("Usage: "):
        sys.exit(f"make_manpage: {name} --help does not start with 'Usage: '")
    synopsis = re.sub(r"^\S*/", "", usage[len("Usage: "):])  # ./pactesur -> pactesur
    column = item_column(lines)
    out = [".SH SYNOPSIS", roff(synopsis), ".SH DESCRIPTION"]
    first = next((line for line in lines if line.strip()), "")
    if not first.startswith(" ") and first.endswith(":"):
        # The help goes straight to its headings: the one-line description opens the page.
        out.append(roff(description[:1].upper() + description[1:] + "."))
    term = None
    for line in lines:
        if not line.strip():
            term = None
            continue
        if not line.startswith(" ") and line.endswith(":"):
            heading = line[:-1]
            out.append(".SH " + ("OPTIONS" if heading == "Options" else roff(heading.upper())))
            term = None
        elif column and line.startswith(" " * column) and term is not None:
            out.append(roff(line.strip()))  # the description of the item above, continued
        elif line.startswith("  "):
            term, description = split_item(line, column)
            out += [".TP", "\\fB" + roff(term.strip()) + "\\fR"]
            if description:
                out.append(roff(description.strip()))
        else:
            if not line[:1].islower() or term is not None:
                out.append(".PP")  # a new sentence at the margin starts a paragraph
            out.append(roff(line.strip()))
            term = None
    return out


def main():
    program, description, date, output, extra = sys.argv[1:6]
    name = os.path.basename(program)
    with tempfile.TemporaryDirectory() as home:
        version = run(program, "--version", home).split()[-1]
        help_text = run(program, "--help", home)
    page = [f'.\\" Written by make_manpage.py from {name} --help; do not edit.',
            f'.TH {name.upper()} 1 "{date}" "Pactesur {version}" "User Commands"',
            ".SH NAME", f"{roff(name)} \\- {roff(description)}"]
    page += body(help_text, name, description)
    with open(extra, encoding="utf-8") as f:
        page += [line for line in f.read().split("\n") if line.strip()]
    text = "\n".join(page) + "\n"

    with tempfile.NamedTemporaryFile("w", suffix=".1", encoding="utf-8") as plain:
        plain.write(text)
        plain.flush()
        check = subprocess.run(["man", "--warnings", "-l", plain.name], capture_output=True,
                               text=True, env=dict(os.environ, MANWIDTH="80", LC_ALL="C.UTF-8"))
        if check.returncode != 0 or check.stderr.strip():
            sys.exit(f"make_manpage: man --warnings on the page of {name}:\n{check.stderr}")
    with open(output, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, compresslevel=9, mtime=0) as z:
            z.write(text.encode("utf-8"))


if __name__ == "__main__":
    main()
