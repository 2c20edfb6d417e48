#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Lists the unfinished messages of translations/pactesur_LOCALE.ts as JSON, for translators.

Each entry: context, source, comment, and "forms" (the number of plural forms wanted) for
messages with %n. Fill them in and apply with tools/ts_fill.py LOCALE FILE.json.
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    locale = sys.argv[1]
    tree = ET.parse(ROOT / "translations" / f"pactesur_{locale}.ts")
    todo = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") != "unfinished":
                continue
            entry = {"context": name, "source": message.findtext("source")}
            if message.findtext("comment"):
                entry["comment"] = message.findtext("comment")
            if message.get("numerus") == "yes":
                entry["forms"] = len(translation.findall("numerusform"))
            todo.append(entry)
    json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
