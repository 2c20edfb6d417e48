#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Builds the hostile package corpus from a valid package a liaison of Vilnius exported.

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


def first_record(db, kind):
    return db.execute("SELECT id, registers, vv FROM record WHERE kind = ? LIMIT 1", (kind,)).fetchone()


def set_registers(db, kind, record_id, change):
    registers = json.loads(db.execute("SELECT registers FROM record WHERE kind=? AND id=?", (kind, record_id)).fetchone()[0])
    change(registers)
    db.execute("UPDATE record SET registers = ? WHERE kind=? AND id=?", (json.dumps(registers), kind, record_id))


data = valid.read_bytes()
(out / "zero-byte.pactesur").write_bytes(b"")
(out / "not-sqlite.pactesur").write_text("PACTESUR exchange\nThis is a text file, not a package.\n")
(out / "truncated.pactesur").write_bytes(data[: len(data) // 2])
flipped = bytearray(data)
for offset in range(4096 + 100, len(flipped), 997):
    flipped[offset] ^= 0x5A
(out / "bit-flips.pactesur").write_bytes(bytes(flipped))

variant("wrong-application-id", "PRAGMA application_id = 1346454356")  # a database's id, not a package's
variant("newer-format", "PRAGMA user_version = 2", "UPDATE manifest SET value = '2' WHERE key = 'format_version'")
variant("extra-table", "CREATE TABLE notes (x TEXT)")
variant("extra-trigger", "CREATE TRIGGER t AFTER INSERT ON record BEGIN DELETE FROM record; END")
variant("extra-view", "CREATE VIEW v AS SELECT * FROM record")
variant("extra-index", "CREATE INDEX record_owner ON record (owner)")
variant("generated-column",
        "CREATE TABLE big (x INTEGER, y TEXT GENERATED ALWAYS AS (printf('%.*c', 2000000000, 'x')) VIRTUAL)",
        "INSERT INTO big (x) VALUES (1)")
variant("manifest-missing-sender", "DELETE FROM manifest WHERE key = 'sender_replica'")


def oversized(db):
    record_id, _, vv = first_record(db, "cities")
    who = sender(db)
    set_registers(db, "cities", record_id,
                  lambda r: r.__setitem__("notes", [[who, 999, "2025-01-01T00:00:00Z", "x" * 500000]]))


variant("oversized-field", fn=oversized)


def wrong_type(db):
    record_id, _, _ = first_record(db, "cities")
    set_registers(db, "cities", record_id,
                  lambda r: r.__setitem__("latitude", [[r["name"][0][0], 1, r["name"][0][2], "north"]]))


variant("wrong-type", fn=wrong_type)
variant("registers-as-blob", "UPDATE record SET registers = CAST(registers AS BLOB) WHERE rowid = 1")
variant("bad-uuid", "UPDATE record SET id = 'not-a-uuid' WHERE rowid = 1")
variant("bad-timestamp", "UPDATE record SET created_at = 'yesterday' WHERE rowid = 1")


def bad_date(db):
    record_id, _, _ = first_record(db, "activities")
    set_registers(db, "activities", record_id, lambda r: r["start"][0].__setitem__(3, "2024-02-30"))


variant("bad-date", fn=bad_date)


def unknown_field(db):
    record_id, _, _ = first_record(db, "cities")
    set_registers(db, "cities", record_id, lambda r: r.__setitem__("password", r["name"]))


variant("unknown-field", fn=unknown_field)


def foreign_owner(db):
    # The Vilnius liaison's package rewrites Riga's profile: not theirs to change.
    who = sender(db)
    registers = json.loads(db.execute("SELECT registers FROM record WHERE id = ?", (RIGA,)).fetchone()[0])
    vv = json.loads(db.execute("SELECT vv FROM record WHERE id = ?", (RIGA,)).fetchone()[0])
    registers["notes"] = [[who, 500, "2025-03-01T10:00:00Z", "Taken over by Vilnius"]]
    vv[who] = 500
    db.execute("UPDATE record SET registers = ?, vv = ? WHERE id = ?", (json.dumps(registers), json.dumps(vv), RIGA))


variant("foreign-owner", fn=foreign_owner)
print("\n".join(sorted(p.name for p in out.glob("*.pactesur"))))
