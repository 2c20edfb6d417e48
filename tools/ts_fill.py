#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Applies translations to translations/pactesur_LOCALE.ts.

Input: a JSON list of {"context", "source", "translation"} (a string, or a list of plural
forms for messages with %n). Matching messages are filled and marked finished; the file
keeps lupdate's layout.
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    locale, source_file = sys.argv[1], sys.argv[2]
    path = ROOT / "translations" / f"pactesur_{locale}.ts"
    entries = json.loads(Path(source_file).read_text(encoding="utf-8"))
    wanted = {(e["context"], e["source"]): e["translation"] for e in entries}
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"))
            if key not in wanted:
                continue
            translation = message.find("translation")
            value = wanted.pop(key)
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                values = value if isinstance(value, list) else [value]
                for i, form in enumerate(forms):
                    form.text = values[min(i, len(values) - 1)]
            else:
                translation.text = value if isinstance(value, str) else value[0]
            translation.attrib.pop("type", None)
            filled += 1
    for key in wanted:
        print(f"not found in {path.name}: {key}", file=sys.stderr)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    print(f"{path.name}: {filled} filled")


if __name__ == "__main__":
    main()
