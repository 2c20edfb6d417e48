// SPDX-License-Identifier: EUPL-1.2
#include "changewriter.h"

#include "exchange/importer.h"
#include "exchange/importjudge.h"
#include "exchange/merger.h"
#include "exchange/packageformat.h"
#include "exchange/packagereader.h"
#include "exchange/statestore.h"
#include "store/database.h"

#include <QHash>

#include <algorithm>
#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

namespace {

// Rows of one kind stored as the package holds them, many to a statement (see
// LocalStates::insertRows), a few thousand at a time.
class RowBatch
{
public:
    explicit RowBatch(LocalStates &local)
        : m_local(local)
    { }

    Status add(const KindSpec &kind, const QVariantList &row)
    {
        if (m_kind != &kind) {
            if (Status status = flush(); !status)
                return status;
            m_kind = &kind;
        }
        m_rows.append(row);
        return m_rows.size() >= 5000 ? flush() : Status();
    }

    Status flush()
    {
        const Status inserted = m_rows.isEmpty() ? Status() : m_local.insertRows(*m_kind, m_rows);
        m_rows.clear();
        return inserted;
    }

private:
    LocalStates &m_local;
    const KindSpec *m_kind = nullptr;
    QList<QVariantList> m_rows;
};

// An attachment's bytes travel apart from its record: stored once the record is.
Status storeBytes(Database &db, PackageReader &reader, const QString &id, const QString &sha256)
{
    QSqlQuery has(db.sql());
    has.prepare(QStringLiteral("SELECT data IS NOT NULL FROM attachment WHERE id = ?"));
    has.addBindValue(id);
    if (!has.exec() || !has.next() || has.value(0).toBool())
        return {};
    Result<QByteArray> bytes = reader.blob(sha256);
    if (!bytes)
        return bytes.error();
    if (bytes->isEmpty())
        return {};
    QSqlQuery store(db.sql());
    store.prepare(QStringLiteral("UPDATE attachment SET data = ? WHERE id = ?"));
    store.addBindValue(bytes.value());
    store.addBindValue(id);
    if (!store.exec())
        return Database::sqlError(Importer::tr("importing a package"), store.lastError().text());
    return {};
}

} // namespace

size_t ChangeWriter::idHash(const QString &id)
{
    return qHash(id, size_t(0));
}

Status ChangeWriter::write(Database &db, PackageReader &reader, LocalStates &local,
    ImportJudge &judge, const std::vector<size_t> &toWrite, const std::atomic_bool *cancel)
{
    RowBatch batch(local);
    bool erasureArrived = false;
    Status written = reader.forEachRecord([&](const PackageRecord &incoming) -> Status {
        if (cancel && cancel->load())
            return Error::failure(Importer::tr("Import cancelled; nothing was changed."));
        const QString id = incoming.id();
        if (!std::binary_search(toWrite.begin(), toWrite.end(), idHash(id)))
            return {}; // unchanged, or refused
        const KindSpec &kind = *incoming.kind;
        const bool attachment = kind.name == QLatin1String("attachments");
        const Verdict verdict = judge.judge(incoming);
        if (verdict.outcome == Verdict::Outcome::TakenAsItIs) {
            if (!attachment)
                return batch.add(kind, incoming.row);
            if (Status status = batch.flush(); !status)
                return status;
            if (Status status = local.insertRow(kind, incoming.row); !status)
                return status;
            return storeBytes(db, reader, id, incoming.text(QStringLiteral("sha256")));
        }
        if (verdict.outcome != Verdict::Outcome::Merged)
            return {}; // another record's hash
        if (Status status = batch.flush(); !status)
            return status;
        const MergeOutcome &outcome = verdict.merge;
        if (Status status
            = local.save(kind, outcome.result, !outcome.isNew, local.hasConflicts(id));
            !status)
            return status;
        erasureArrived = erasureArrived
            || (kind.name == QLatin1String("contacts") && outcome.result.deleted());
        return attachment
            ? storeBytes(db, reader, id, outcome.result.shown(QStringLiteral("sha256")).toString())
            : Status();
    });
    if (!written)
        return written;
    if (Status status = batch.flush(); !status)
        return status;
    // An erasure that arrived must not leave its words in the full-text index's old
    // segments (see RecordStore::remove).
    if (erasureArrived) {
        QSqlQuery(db.sql()).exec(
            QStringLiteral("INSERT INTO contact_fts (contact_fts) VALUES ('optimize')"));
    }
    return {};
}

LargerPageCache::LargerPageCache(const Database &db)
    : m_db(db)
{
    QSqlQuery query(m_db.sql());
    if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
        m_previous = query.value(0).toInt();
    QSqlQuery(m_db.sql()).exec(QStringLiteral("PRAGMA cache_size = -65536"));
}

LargerPageCache::~LargerPageCache()
{
    QSqlQuery(m_db.sql()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
}

} // namespace pactesur
