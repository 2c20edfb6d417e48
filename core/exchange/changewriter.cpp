// SPDX-License-Identifier: EUPL-1.2
#include "changewriter.h"

#include "exchange/importer.h"
#include "exchange/importjudge.h"
#include "exchange/merger.h"
#include "exchange/packageformat.h"
#include "exchange/packagereader.h"
#include "exchange/statestore.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

namespace {
// The name the package file is attached under on the database's connection.
const QString kPackageSchema = QStringLiteral("import_package");
} // namespace

ChangeWriter::ChangeWriter(Database &db, PackageReader &reader, LocalStates &local)
    : m_db(db)
    , m_reader(reader)
    , m_local(local)
{ }

ChangeWriter::~ChangeWriter()
{
    // After the import's transaction ended (the importer declares it after this writer),
    // and once no statement reads the package: SQLite detaches an unused schema only.
    m_copies.clear();
    if (m_attached)
        QSqlQuery(m_db.sql()).exec(QStringLiteral("DETACH DATABASE ") + kPackageSchema);
}

Status ChangeWriter::attachPackage()
{
    QSqlQuery attach(m_db.sql());
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS ") + kPackageSchema);
    attach.addBindValue(m_reader.plainPath());
    if (!attach.exec())
        return Database::sqlError(Importer::tr("importing a package"), attach.lastError().text());
    m_attached = true;
    return {};
}

Status ChangeWriter::write(const PackageRecord &incoming, const Verdict &verdict)
{
    const KindSpec &kind = *incoming.kind;
    const QString id = incoming.id();
    const bool attachment = kind.name == QLatin1String("attachments");
    if (verdict.outcome == Verdict::Outcome::TakenAsItIs && !attachment) {
        if (m_runKind == &kind && incoming.packageRow == m_runLast + 1) {
            m_runLast = incoming.packageRow;
            return {};
        }
        if (Status status = flush(); !status)
            return status;
        m_runKind = &kind;
        m_runFirst = m_runLast = incoming.packageRow;
        return {};
    }
    if (verdict.outcome != Verdict::Outcome::TakenAsItIs
        && verdict.outcome != Verdict::Outcome::Merged)
        return {};
    if (Status status = flush(); !status)
        return status;
    if (verdict.outcome == Verdict::Outcome::TakenAsItIs) { // an attachment: its bytes follow
        if (Status status = m_local.insertRow(kind, incoming.row); !status)
            return status;
        return storeBytes(id, incoming.text(QStringLiteral("sha256")));
    }
    const MergeOutcome &outcome = verdict.merge;
    if (Status status
        = m_local.save(kind, outcome.result, !outcome.isNew, m_local.hasConflicts(id));
        !status)
        return status;
    m_erasureArrived
        = m_erasureArrived || (kind.name == QLatin1String("contacts") && outcome.result.deleted());
    return attachment ? storeBytes(id, outcome.result.shown(QStringLiteral("sha256")).toString())
                      : Status();
}

Status ChangeWriter::finish()
{
    if (Status status = flush(); !status)
        return status;
    // An erasure that arrived must not leave its words in the full-text index's old
    // segments (see RecordStore::remove).
    if (m_erasureArrived) {
        QSqlQuery(m_db.sql())
            .exec(QStringLiteral("INSERT INTO contact_fts (contact_fts) VALUES ('optimize')"));
    }
    return {};
}

Status ChangeWriter::flush()
{
    if (!m_runKind)
        return {};
    const KindSpec &kind = *m_runKind;
    m_runKind = nullptr;
    auto copy = m_copies.find(&kind);
    if (copy == m_copies.end()) {
        copy = m_copies.insert(&kind, QSqlQuery(m_db.sql()));
        if (!copy->prepare(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM %3.%1 WHERE "
                                          "rowid BETWEEN ? AND ?")
                               .arg(kind.table, package::columnList(kind), kPackageSchema)))
            return Database::sqlError(
                Importer::tr("importing a package"), copy->lastError().text());
    }
    copy->addBindValue(m_runFirst);
    copy->addBindValue(m_runLast);
    if (!copy->exec())
        return Database::sqlError(Importer::tr("importing a package"), copy->lastError().text());
    return {};
}

// An attachment's bytes travel apart from its record: stored once the record is.
Status ChangeWriter::storeBytes(const QString &id, const QString &sha256)
{
    QSqlQuery has(m_db.sql());
    has.prepare(QStringLiteral("SELECT data IS NOT NULL FROM attachment WHERE id = ?"));
    has.addBindValue(id);
    if (!has.exec() || !has.next() || has.value(0).toBool())
        return {};
    Result<QByteArray> bytes = m_reader.blob(sha256);
    if (!bytes)
        return bytes.error();
    if (bytes->isEmpty())
        return {};
    QSqlQuery store(m_db.sql());
    store.prepare(QStringLiteral("UPDATE attachment SET data = ? WHERE id = ?"));
    store.addBindValue(bytes.value());
    store.addBindValue(id);
    if (!store.exec())
        return Database::sqlError(Importer::tr("importing a package"), store.lastError().text());
    return {};
}

LargerPageCache::LargerPageCache(const Database &db)
    : m_db(db)
{
    QSqlQuery query(m_db.sql());
    if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
        m_previous = query.value(0).toInt();
    QSqlQuery(m_db.sql()).exec(QStringLiteral("PRAGMA cache_size = -32768"));
}

LargerPageCache::~LargerPageCache()
{
    QSqlQuery(m_db.sql()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
}

} // namespace pactesur
