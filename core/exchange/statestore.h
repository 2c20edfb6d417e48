// SPDX-License-Identifier: EUPL-1.2
// Reads records of the local database as merge states and writes merged states back.
#pragma once

#include "exchange/authority.h"
#include "exchange/packagerecord.h"
#include "exchange/recordstate.h"
#include "model/kinds.h"
#include "util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

struct sqlite3_stmt;

#include <functional>
#include <optional>

namespace pactesur {

class Database;

// Loads many records of the local database in a row (an import): statements prepared
// once per kind, and the records with open conflicts known up front.
class LocalStates
{
public:
    explicit LocalStates(const Database &db);
    ~LocalStates();
    LocalStates(const LocalStates &) = delete;
    LocalStates &operator=(const LocalStates &) = delete;

    // Reads the local records as they were when the kind was first asked for: an import
    // loads everything before it saves anything. With principals set, a record comes
    // without the writes the ownership rule refuses (an older version made them).
    std::optional<RecordState> load(const KindSpec &kind, const QString &id);
    // The local record a package's record merges into. With principals set, an owner that
    // an older version rewrote here is set back to the creation owner the package's record
    // shows, and the writes the ownership rule refuses are left out.
    std::optional<RecordState> loadFor(const PackageRecord &incoming);
    void setPrincipals(const Principals *principals) { m_principals = principals; }
    // The fields of the last loaded record `id` that lost such a write (see Merger::merge).
    QStringList untrustedFields(const QString &id) const { return m_untrusted.value(id); }
    // Whether the record is here, from the same snapshot as load().
    bool holds(const KindSpec &kind, const QString &id) { return presentIds(kind).contains(id); }
    bool hasConflicts(const QString &id) const { return m_conflicted.contains(id); }
    // Whether a package's record, new here with one write per field and no erasure to
    // apply, merges into exactly its row, which is then stored as it is: most of a first
    // import. Told from the row, without building the record's merge state.
    bool takesAsItIs(const PackageRecord &incoming);
    // Writes a merged state with statements prepared once per kind.
    Status save(const KindSpec &kind, const RecordState &state, bool exists, bool hadConflicts);
    // Inserts a row exactly as a package holds it (package::columns() order).
    Status insertRow(const KindSpec &kind, const QVariantList &row);

private:
    const QSet<QString> &presentIds(const KindSpec &kind);
    sqlite3_stmt *statement(QHash<QString, sqlite3_stmt *> &cache, const KindSpec &kind,
        const std::function<QString()> &sql);

    const Database &m_db;
    QHash<QString, sqlite3_stmt *> m_selects;
    QHash<QString, sqlite3_stmt *> m_inserts;
    QHash<QString, sqlite3_stmt *> m_updates;
    QSet<QString> m_conflicted;
    QHash<QString, QSet<QString>> m_present; // kind -> ids held here
    const Principals *m_principals = nullptr;
    QHash<QString, QStringList> m_untrusted; // record id -> fields
};

class StateStore
{
public:
    static std::optional<RecordState> load(
        const Database &db, const KindSpec &kind, const QString &id);
    // A record from its row in package::columns() order (local table or package table);
    // `dots` is the parsed dots column.
    static RecordState fromRow(
        const KindSpec &kind, const QVariantList &row, const QJsonObject &dots);
    static RecordState fromRow(const KindSpec &kind, const QVariantList &row);
    // Kinds whose records travel in packages, in the order references need them.
    static QList<const KindSpec *> exchangedKinds();
    // The SQL condition "the record has a write beyond the version vector bound to its one
    // parameter (JSON)": what a delta holds. Exporter, ExportPlan and the mailbox share it.
    static QString hasWriteBeyondCondition();
};

} // namespace pactesur
