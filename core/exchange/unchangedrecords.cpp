// SPDX-License-Identifier: EUPL-1.2
#include "unchangedrecords.h"

#include "exchange/merger.h"
#include "exchange/statestore.h"
#include "store/database.h"
#include "store/rowwriter.h"
#include "store/sqlitevalue.h"

#include <sqlite3.h>

namespace pactesur {

namespace {

QUtf8StringView text(sqlite3_stmt *statement, int column)
{
    const char *data = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return QUtf8StringView(data, sqlite3_column_bytes(statement, column));
}

} // namespace

UnchangedRecords::UnchangedRecords(const Database &db, LocalStates &local)
    : m_db(db)
    , m_local(local)
{ }

UnchangedRecords::~UnchangedRecords()
{
    finish();
}

void UnchangedRecords::finish()
{
    sqlite3_finalize(m_walk);
    sqlite3_finalize(m_find);
    m_walk = nullptr;
    m_find = nullptr;
    m_kind.clear();
    m_onRow = false;
}

// The local row of `id`, with the columns surelyUnchangedBy reads. A full package holds a
// table's records in the order this replica stored them when it imported them, so the row
// is most often the next one of a walk through the table: reading on costs a fraction of
// looking each id up. When the two fall out of step, the id is looked up and the walk
// goes on from there.
sqlite3_stmt *UnchangedRecords::localRow(const KindSpec &kind, const QString &id)
{
    if (m_kind != kind.name) {
        finish();
        const QByteArray walk = QStringLiteral("SELECT id, owner, created_at, deleted, vv, dots "
                                               "FROM %1 WHERE rowid >= ? ORDER BY rowid")
                                    .arg(kind.table)
                                    .toUtf8();
        const QByteArray find = "SELECT rowid FROM " + kind.table.toUtf8() + " WHERE id = ?";
        if (sqlite3_prepare_v2(m_db.handle(), walk.constData(), -1, &m_walk, nullptr) != SQLITE_OK
            || sqlite3_prepare_v2(m_db.handle(), find.constData(), -1, &m_find, nullptr)
                != SQLITE_OK) {
            finish();
            return nullptr;
        }
        m_kind = kind.name;
        sqlite3_bind_int64(m_walk, 1, 0);
        m_onRow = sqlite3_step(m_walk) == SQLITE_ROW;
    }
    if (m_onRow && QAnyStringView::equal(text(m_walk, 0), id))
        return m_walk;
    sqlite3_reset(m_find);
    sqlitevalue::bind(m_find, 1, id);
    if (sqlite3_step(m_find) != SQLITE_ROW)
        return nullptr;
    const sqlite3_int64 rowid = sqlite3_column_int64(m_find, 0);
    sqlite3_reset(m_find);
    sqlite3_reset(m_walk);
    sqlite3_bind_int64(m_walk, 1, rowid);
    m_onRow = sqlite3_step(m_walk) == SQLITE_ROW;
    return m_onRow ? m_walk : nullptr;
}

bool UnchangedRecords::surelyUnchangedBy(const PackageRecord &incoming)
{
    const KindSpec &kind = *incoming.kind;
    const QString id = incoming.id();
    if (!incoming.conflicts.isEmpty() || m_local.hasConflicts(id) || !m_local.holds(kind, id))
        return false;
    sqlite3_stmt *row = localRow(kind, id);
    if (!row)
        return false;
    // The merge keeps every write both sides hold and adds none when this replica has seen
    // every write the package saw (its version vector covers the package's).
    bool same = QAnyStringView::equal(text(row, 5), incoming.row.at(6).toString());
    if (same && !QAnyStringView::equal(text(row, 4), incoming.row.at(5).toString())) {
        same = versionvector::dominates(versionvector::fromJson(text(row, 4).toString()),
            versionvector::fromJson(incoming.row.at(5).toString()));
    }
    // An erased contact's merge rewrites its personal fields; the full merge decides.
    const bool erased = kind.name == QLatin1String("contacts") && sqlite3_column_int64(row, 3) != 0;
    // An owner never changes: a package that says otherwise is refused by the full path.
    same = same && !erased && incoming.row.at(2).toString() >= text(row, 2).toString()
        && QAnyStringView::equal(text(row, 1), incoming.owner());
    m_onRow = sqlite3_step(m_walk) == SQLITE_ROW;
    return same;
}

} // namespace pactesur
