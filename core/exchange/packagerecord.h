// SPDX-License-Identifier: EUPL-1.2
// One validated record of a package, as its row holds it. The merge's view of it (a
// RecordState, with a register per field) is built only when asked for: most records of
// a first import are simply new, and building every register was most of a preview's cost.
#pragma once

#include "exchange/recordstate.h"
#include "model/kinds.h"

#include <QVariantList>

namespace pactesur {

struct PackageRecord
{
    const KindSpec *kind = nullptr;
    QVariantList row; // package::columns() order
    qint64 packageRow = 0; // its rowid in the package's table
    QStringList writtenFields; // fields with a write (a dot), by name: the registers' keys
    QString latestWrite; // the time of its newest write, or its creation
    QMap<QString, QList<FieldWrite>> conflicts; // open conflicts the package holds for it

    QString id() const { return row.at(0).toString(); }
    QString owner() const { return row.at(1).toString(); }
    QString updatedAt() const { return row.at(3).toString(); }
    bool deleted() const { return row.at(4).toLongLong() != 0; }
    // A field's value as the merge shows it when the field has one write: text, else empty.
    QString text(const QString &field) const;

    RecordState state() const;
};

} // namespace pactesur
