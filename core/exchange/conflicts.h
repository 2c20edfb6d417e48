// SPDX-License-Identifier: EUPL-1.2
// The conflict table: one row per field whose register holds more than one write. Rows are
// derived from the registers, with name-based ids, so replicas that merged the same
// writes hold the same rows.
#pragma once

#include "exchange/recordstate.h"
#include "util/result.h"

#include <QStringList>

namespace pactesur {

class Database;
struct KindSpec;

class Conflicts
{
public:
    static QString idFor(const QString &table, const QString &recordId, const QString &field);
    // Rewrites the conflict rows of one record from its registers.
    static Status store(const Database &db, const KindSpec &kind, const RecordState &state);
    // A local write to these fields has seen every value in conflict: drop their rows.
    static Status settle(const Database &db, const QString &recordId, const QStringList &fields);
    // field -> the writes of its open conflict, for one record.
    static QMap<QString, QList<FieldWrite>> load(const Database &db, const QString &recordId);
    // How many conflicts wait for a person's choice.
    static int openCount(const Database &db);
};

} // namespace pactesur
