// SPDX-License-Identifier: EUPL-1.2
// The .pactesur package: one SQLite file with its own application_id, a manifest, one
// table per kind of record holding the rows as the database holds them (values, version
// vector, dots), the open conflicts of those records, and the bytes of their attachments.
#pragma once

#include <QString>
#include <QStringList>

namespace pactesur {
struct KindSpec;
}

namespace pactesur::package {

// 'PACX': packages are not databases; each kind of file refuses the other.
constexpr qint32 kApplicationId = 0x50414358;
// 2: schema v3 (sheet history, source revision of translations).
// 3: schema v4; the manifest names the principal of every writer (issue 12).
constexpr int kFormatVersion = 3;
inline const char kFormatName[] = "pactesur-package";
// The largest package read: the sealed container's bound (SealedPackage), so that a full
// package of four times the network's data (2.4 GB, issue 17's growth scale) still imports.
constexpr qint64 kMaxPackageBytes = qint64(3) * 1024 * 1024 * 1024;

// The columns of a kind's table, in order: id, owner, created_at, updated_at, deleted,
// vv, dots, then the kind's fields (an attachment's bytes travel in the blob table).
QStringList columns(const KindSpec &kind);
// A field's place in columns(), or -1, without building the list: imports ask per record.
qsizetype columnOf(const KindSpec &kind, const QString &field);
// The same columns, quoted for SQL and joined by commas.
QString columnList(const KindSpec &kind);
// Exactly these statements make a package; the importer accepts no other schema. The
// prefix names the schema ("package." when the file is attached to a database).
QString schema(const QString &prefix = QString());

} // namespace pactesur::package
