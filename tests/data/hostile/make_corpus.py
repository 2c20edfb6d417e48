#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Builds the hostile package corpus from a valid full package a liaison of Vilnius exported
after writing one practice sheet: its writes are what makes an importer read every row.

Usage: make_corpus.py VALID.pactesur OUT_DIR
Each output file is rejected by `pactesur-cli import` with exit code 3 (tests/core/tst_hostile).
"""
import json
import shutil
import sqlite3
import sys
from pathlib import Path

valid, out = Path(sys.argv[1]), Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
RIGA = "8cd1c8a9-a99e-52a6-8b98-47f46e83a8c5"


def variant(name, *statements, fn=None):
    target = out / f"{name}.pactesur"
    shutil.copy(valid, target)
    db = sqlite3.connect(target)
    for statement in statements:
        db.execute(statement)
    if fn:
        fn(db)
    db.commit()
    db.execute("VACUUM")
    db.close()


def sender(db):
    return dict(db.execute("SELECT key, value FROM manifest"))["sender_replica"]


data = valid.read_bytes()
(out / "zero-byte.pactesur").write_bytes(b"")
(out / "not-sqlite.pactesur").write_text("PACTESUR exchange\nThis is a text file, not a package.\n")
(out / "truncated.pactesur").write_bytes(data[: len(data) // 2])
flipped = bytearray(data)
for offset in range(4096 + 100, len(flipped), 997):
    flipped[offset] ^= 0x5A
(out / "bit-flips.pactesur").write_bytes(bytes(flipped))

variant("wrong-application-id", "PRAGMA application_id = 1346454356")  # a database's id, not a package's
variant("newer-format", "PRAGMA user_version = 4", "UPDATE manifest SET value = '4' WHERE key = 'format_version'")
variant("extra-table", "CREATE TABLE notes (x TEXT)")
variant("extra-trigger", "CREATE TRIGGER t AFTER INSERT ON city BEGIN DELETE FROM city; END")
variant("extra-view", "CREATE VIEW v AS SELECT * FROM city")
variant("extra-index", "CREATE INDEX city_owner ON city (owner)")
variant("generated-column",
        "CREATE TABLE big (x INTEGER, y TEXT GENERATED ALWAYS AS (printf('%.*c', 2000000000, 'x')) VIRTUAL)",
        "INSERT INTO big (x) VALUES (1)")
variant("manifest-missing-sender", "DELETE FROM manifest WHERE key = 'sender_replica'")


def write_field(db, table, record_id, field, value, counter=500):
    """Writes a value with a dot of the sender, as a genuine edit would look."""
    who = sender(db)
    dots, vv = db.execute(f"SELECT dots, vv FROM {table} WHERE id = ?", (record_id,)).fetchone()
    dots, vv = json.loads(dots), json.loads(vv)
    dots[field] = [who, counter, "2025-03-01T10:00:00Z"]
    vv[who] = counter
    db.execute(f'UPDATE {table} SET "{field}" = ?, dots = ?, vv = ? WHERE id = ?',
               (value, json.dumps(dots), json.dumps(vv), record_id))


variant("oversized-field", fn=lambda db: write_field(db, "city", RIGA, "notes", "x" * 500000))
variant("wrong-type", fn=lambda db: write_field(db, "city", RIGA, "latitude", "north"))
variant("blob-in-text-column", "UPDATE city SET dots = CAST(dots AS BLOB) WHERE rowid = 1")
variant("bad-uuid", "UPDATE project SET id = 'not-a-uuid'")
variant("bad-timestamp", "UPDATE project SET created_at = 'yesterday'")
variant("bad-date", "UPDATE activity SET \"start\" = '2024-02-30' WHERE rowid = 1")
variant("value-without-history", "UPDATE city SET dots = '{}' WHERE rowid = 1")
# One id twice: the outcome would depend on row order. Within a kind, and across kinds.
variant("repeated-id", f"INSERT INTO city SELECT * FROM city WHERE id = '{RIGA}'")
variant("repeated-id-across-kinds",
        "UPDATE theme SET id = (SELECT id FROM project LIMIT 1) WHERE rowid = 1")


def unknown_field(db):
    dots = json.loads(db.execute("SELECT dots FROM city WHERE id = ?", (RIGA,)).fetchone()[0])
    dots["password"] = dots["name"]
    db.execute("UPDATE city SET dots = ? WHERE id = ?", (json.dumps(dots), RIGA))


variant("unknown-field", fn=unknown_field)
# The Vilnius liaison's package rewrites Riga's profile: not theirs to change.
# Without the sheet, the rewrite is all the package brings, so the whole import is refused.
variant("foreign-owner", "DELETE FROM sheet", "DELETE FROM sheet_history",
        fn=lambda db: write_field(db, "city", RIGA, "notes", "Taken over by Vilnius"))


# The package binds its own sender to the coordinator in its list of writers, while its
# manifest says a liaison sent it: it contradicts itself.
def sender_claims_coordinator(db):
    writers = json.loads(dict(db.execute("SELECT key, value FROM manifest"))["writers"])
    writers[sender(db)] = "coordinator"
    db.execute("UPDATE manifest SET value = ? WHERE key = 'writers'", (json.dumps(writers),))


variant("writer-contradiction", fn=sender_claims_coordinator)


# A write by a replica the package does not name: nobody can tell whom it speaks for.
def unknown_writer(db):
    write_field(db, "sheet", db.execute("SELECT id FROM sheet").fetchone()[0], "summary",
                "Written by nobody known")
    dots = json.loads(db.execute("SELECT dots FROM sheet").fetchone()[0])
    stranger = "0badc0de-0000-4000-8000-000000000001"
    dots["summary"][0] = stranger
    vv = json.loads(db.execute("SELECT vv FROM sheet").fetchone()[0])
    vv[stranger] = dots["summary"][1]
    db.execute("UPDATE sheet SET dots = ?, vv = ?", (json.dumps(dots), json.dumps(vv)))
    db.execute("DELETE FROM sheet_history")


variant("unknown-writer", fn=unknown_writer)
print("\n".join(sorted(p.name for p in out.glob("*.pactesur"))))
