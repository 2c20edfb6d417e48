#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""The graph of the feature folders of ui/, read from their #include lines.

Prints which folder includes which (and how many include lines make each arrow), then fails
(exit 1) when
  - the folders include each other in a cycle (the lines that close it are printed),
  - a folder includes one its CMake list does not allow ("# May use: records, session."),
  - a file lies at the top of ui/ instead of in a folder (only CMakeLists.txt belongs there),
  - an include of ui/ names a path core/ also has: which file it reaches would depend on
    the order of the include directories,
  - a file names a header of its own folder with the folder ("records/recordlistview.h" in
    ui/records/): lupdate, which runs with core's include path, finds a header only by its
    name beside the file, and without the class declaration the translation contexts lose
    their namespace.

Usage: tools/include_graph.py [ROOT]   (ROOT: the source tree, default: this repository)
"""

import re
import sys
from pathlib import Path

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.MULTILINE)
MAY_USE = re.compile(r"^#\s*May use:\s*(.*)$", re.MULTILINE)


def allowed_folders(cmake_list):
    """The folders a folder's CMake list allows, or None when it does not say."""
    if not cmake_list.is_file():
        return None
    match = MAY_USE.search(cmake_list.read_text(encoding="utf-8"))
    if not match:
        return None
    words = re.findall(r"[a-z][a-z0-9_]*", match.group(1))
    return set(words)


def read_edges(ui, folders):
    """{(from, to): [(file, included path)]} for each include of one folder by another."""
    edges = {}
    for folder in folders:
        for source in sorted((ui / folder).rglob("*")):
            if source.suffix not in (".cpp", ".h"):
                continue
            for included in INCLUDE.findall(source.read_text(encoding="utf-8")):
                target = included.split("/")[0]
                if "/" not in included or target not in folders or target == folder:
                    continue
                if not (ui / included).is_file():
                    continue
                where = source.relative_to(ui).as_posix()
                edges.setdefault((folder, target), []).append((where, included))
    return edges


def find_cycle(folders, edges):
    """One cycle as a list of folders (first == last), or None."""
    uses = {folder: sorted(t for (f, t) in edges if f == folder) for folder in folders}
    state = {}  # folder -> "open" while on the path, "done" once explored
    path = []

    def visit(folder):
        state[folder] = "open"
        path.append(folder)
        for target in uses[folder]:
            if state.get(target) == "open":
                return path[path.index(target):] + [target]
            if target not in state:
                cycle = visit(target)
                if cycle:
                    return cycle
        path.pop()
        state[folder] = "done"
        return None

    for folder in folders:
        if folder not in state:
            cycle = visit(folder)
            if cycle:
                return cycle
    return None


def layers(folders, edges):
    """The folders ordered so that each comes after every folder it uses."""
    order, placed = [], set()
    while len(placed) < len(folders):
        ready = [f for f in folders if f not in placed
                 and all(t in placed for (s, t) in edges if s == f)]
        if not ready:  # a cycle: the rest in name order
            ready = [f for f in folders if f not in placed]
        order += ready
        placed.update(ready)
    return order


def main(argv):
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent
    ui, core = root / "ui", root / "core"
    folders = sorted(p.name for p in ui.iterdir() if p.is_dir())
    problems = []

    for stray in sorted(p.name for p in ui.iterdir() if p.is_file()):
        if stray != "CMakeLists.txt":
            problems.append(f"ui/{stray} lies at the top of ui/: move it into a feature folder")

    edges = read_edges(ui, folders)

    print("ui/ folders and the folders they include (include lines):")
    for folder in layers(folders, edges):
        targets = [f"{t} ({len(edges[(folder, t)])})"
                   for t in sorted(t for (f, t) in edges if f == folder)]
        print(f"  {folder:<10} -> {', '.join(targets) if targets else '-'}")

    for folder in folders:
        allowed = allowed_folders(ui / folder / "CMakeLists.txt")
        if allowed is None:
            continue
        for (source, target), lines in sorted(edges.items()):
            if source == folder and target not in allowed:
                where, included = lines[0]
                problems.append(f"{folder}/ may not use {target}/ (ui/{folder}/CMakeLists.txt), "
                                f"but ui/{where} includes \"{included}\"")

    for source in sorted(ui.rglob("*")):
        if source.suffix not in (".cpp", ".h"):
            continue
        where = source.relative_to(ui).as_posix()
        for included in INCLUDE.findall(source.read_text(encoding="utf-8")):
            if (ui / included).is_file() and (core / included).is_file():
                problems.append(f"ui/{where} includes \"{included}\", which ui/ and core/ both have")
            if (ui / included).is_file() and (ui / included).parent == source.parent:
                problems.append(f"ui/{where} includes \"{included}\" from its own folder: "
                                f"write \"{Path(included).name}\" (lupdate finds it only so)")

    cycle = find_cycle(folders, edges)
    if cycle:
        lines = [f"the folders of ui/ include each other: {' -> '.join(cycle)}"]
        for source, target in zip(cycle, cycle[1:]):
            where, included = edges[(source, target)][0]
            lines.append(f"    ui/{where} includes \"{included}\"")
        problems.append("\n".join(lines))

    if problems:
        for problem in problems:
            print(f"include_graph: {problem}", file=sys.stderr)
        return 1
    print("no cycle")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
