// SPDX-License-Identifier: EUPL-1.2
// The .pactesur package: one SQLite file with its own application_id, a manifest, the
// records with their registers, and the bytes of the attachments they reference.
#pragma once

#include <QString>

namespace pactesur::package {

// 'PACX': packages are not databases; each kind of file refuses the other.
constexpr qint32 kApplicationId = 0x50414358;
constexpr int kFormatVersion = 1;
inline const char kFormatName[] = "pactesur-package";

// Exactly these statements make a package; the importer accepts no other schema.
inline const char kSchema[] =
    "CREATE TABLE manifest (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);\n"
    "CREATE TABLE record (kind TEXT NOT NULL, id TEXT NOT NULL, owner TEXT NOT NULL, "
    "created_at TEXT NOT NULL, vv TEXT NOT NULL, registers TEXT NOT NULL, PRIMARY KEY (kind, id));\n"
    "CREATE TABLE blob (sha256 TEXT PRIMARY KEY NOT NULL, data BLOB NOT NULL);\n";

constexpr qint64 kMaxPackageBytes = qint64(2) * 1024 * 1024 * 1024;
constexpr int kMaxRegisterJson = 400000; // a sheet's long fields with a few conflicts

} // namespace pactesur::package
