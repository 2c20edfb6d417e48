// SPDX-License-Identifier: EUPL-1.2
#include "importer.h"

#include "exchange/knowledge.h"
#include "exchange/merger.h"
#include "exchange/packageformat.h"
#include "exchange/statestore.h"
#include "exchange/unchangedrecords.h"
#include "store/database.h"
#include "store/replica.h"
#include "util/uuid.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

namespace {

// Whether the sender may make this change (DESIGN.md section 5, rule 4).
QString ownershipProblem(
    const Manifest &manifest, const std::optional<QString> &localOwner, const QString &resultOwner)
{
    if (manifest.senderRole == QLatin1String("coordinator"))
        return {};
    const QString city = manifest.senderCity;
    if ((localOwner && *localOwner != city) || resultOwner != city)
        return Importer::tr("a city liaison may only change records of their own city");
    return {};
}

QStringList changedFields(const std::optional<RecordState> &local, const RecordState &result)
{
    QStringList fields;
    for (auto it = result.registers.begin(); it != result.registers.end(); ++it) {
        if (!local || local->shown(it.key()) != result.shown(it.key()))
            fields << it.key();
    }
    return fields;
}

// A record new here, with one write per field and no erasure to apply, merges into exactly
// what the package holds, so its row is stored as it is: most of a first import. Told from
// the row, without building the record's merge state.
bool mergesIntoItself(const PackageRecord &incoming, LocalStates &local)
{
    const KindSpec &kind = *incoming.kind;
    const QString id = incoming.id();
    return !local.holds(kind, id) && incoming.conflicts.isEmpty()
        && !(kind.name == QLatin1String("contacts") && incoming.deleted())
        && incoming.latestWrite == incoming.updatedAt()
        && Merger::ownerOf(kind, id, incoming.text(kind.ownerField), incoming.owner())
        == incoming.owner();
}

Status acknowledgeSender(Database &db, const Manifest &manifest)
{
    return Knowledge::acknowledge(db,
        {manifest.senderReplica, manifest.senderRole, manifest.senderCity, manifest.knowledge},
        db.clock().nowIso());
}

Status recordInLedger(Database &db, const QString &packagePath, const ImportReport &report)
{
    QSqlQuery ledger(db.sql());
    ledger.prepare(
        QStringLiteral("INSERT INTO ledger (id, direction, at, peer, file_name, digest, counts) "
                       "VALUES (?, 'import', ?, ?, ?, ?, ?)"));
    ledger.addBindValue(uuid::create());
    ledger.addBindValue(db.clock().nowIso());
    ledger.addBindValue(report.manifest.senderReplica);
    ledger.addBindValue(QFileInfo(packagePath).fileName());
    ledger.addBindValue(report.fileDigest);
    ledger.addBindValue(QString::fromUtf8(QJsonDocument(
        QJsonObject {{QStringLiteral("new"), report.created},
            {QStringLiteral("updated"), report.updated},
            {QStringLiteral("unchanged"), report.unchanged},
            {QStringLiteral("conflicts"), report.conflicts},
            {QStringLiteral("rejected"),
                int(report.rejected.size())}}).toJson(QJsonDocument::Compact)));
    if (!ledger.exec())
        return Database::sqlError(Importer::tr("importing a package"), ledger.lastError().text());
    return {};
}

// A network-scale import writes hundreds of megabytes in one transaction: with SQLite's
// default 2 MB of cache, pages are written out to the log and again as they change
// (a quarter of the time of a first import). 64 MB, for the import's connection only.
class LargerPageCache
{
public:
    explicit LargerPageCache(const Database &db)
        : m_db(db)
    {
        QSqlQuery query(m_db.sql());
        if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
            m_previous = query.value(0).toInt();
        QSqlQuery(m_db.sql()).exec(QStringLiteral("PRAGMA cache_size = -65536"));
    }
    ~LargerPageCache()
    {
        QSqlQuery(m_db.sql()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    LargerPageCache(const LargerPageCache &) = delete;
    LargerPageCache &operator=(const LargerPageCache &) = delete;

private:
    const Database &m_db;
    int m_previous = -2000;
};

} // namespace

QString Importer::defaultBackupFolder(const Database &db)
{
    return QFileInfo(db.path()).absolutePath() + QStringLiteral("/backups");
}

Result<QString> Importer::backup(Database &db, const QString &folder, int keep)
{
    if (!QDir().mkpath(folder))
        return Error::failure(
            tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(folder)));
    const QString stem = QFileInfo(db.path()).completeBaseName();
    const QString path
        = QStringLiteral("%1/%2-%3.db")
              .arg(folder, stem,
                  db.clock().now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString target = path;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QString(path).replace(QStringLiteral(".db"), QStringLiteral("-%1.db").arg(n));
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec())
        return Database::sqlError(tr("making a backup"), query.lastError().text());
    QDir dir(folder);
    const QStringList backups
        = dir.entryList({stem + QStringLiteral("-*.db")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (int i = keep; i < backups.size(); ++i)
        dir.remove(backups.at(i));
    return target;
}

Result<ImportReport> Importer::run(Database &db, const QString &packagePath, const Options &options)
{
    const Identity identity = Replica::load(db);
    if (!identity.isSet())
        return Error::rejected(tr(
            "This database has no role yet. Choose one first: coordinator, or liaison of a city."));
    PackageReader reader;
    if (Status status = reader.open(packagePath); !status)
        return status.error();
    if (options.opened)
        options.opened(reader.manifest(), reader.declaredRecords());
    ImportReport report;
    report.manifest = reader.manifest();
    report.fileDigest = reader.fileDigest();
    if (report.manifest.senderReplica == identity.replicaId)
        report.notices << tr("This package was exported from this database; it holds nothing new.");

    // This replica already holds every write the sender held: the package brings nothing
    // new, whatever its records say, so they need not even be read.
    if (versionvector::dominates(Knowledge::local(db), report.manifest.knowledge)) {
        report.unchanged = reader.declaredRecords();
        if (!options.dryRun) {
            // Still worth hearing what the sender holds: deltas for it get smaller.
            Transaction transaction(db);
            if (report.manifest.senderReplica != identity.replicaId) {
                if (Status status = acknowledgeSender(db, report.manifest); !status)
                    return status.error();
            }
            if (Status status = recordInLedger(db, packagePath, report); !status)
                return status.error();
            if (Status status = transaction.commit(); !status)
                return status.error();
            report.applied = true;
        }
        return report;
    }

    // One pass computes the outcome of every record; nothing is written until all are known.
    struct Pending
    {
        RecordState state;
        bool exists;
        QVariantList row; // set when the package row can be stored as it is
    };
    QList<Pending> pending;
    LocalStates local(db);
    UnchangedRecords unchanged(db, local);
    int done = 0;
    // One read transaction for the whole pass: a lock taken for every query cost more
    // than the query. It ends before the backup, which cannot run inside one.
    std::optional<Transaction> snapshot(std::in_place, db);
    Status read = reader.forEachRecord([&](const PackageRecord &incoming) -> Status {
        if (options.cancel && options.cancel->load())
            return Error::failure(tr("Import cancelled; nothing was changed."));
        if (options.progress && ++done % 1000 == 0)
            options.progress(done);
        const KindSpec &kind = *incoming.kind;
        const QString id = incoming.id();
        const bool shortcuts = !options.mergeEveryRecord;
        if (shortcuts && mergesIntoItself(incoming, local)) {
            const QString title = incoming.text(kind.titleField);
            if (const QString problem = ownershipProblem(report.manifest, {}, incoming.owner());
                !problem.isEmpty()) {
                report.rejected.append({kind.name, id, problem, title});
                return {};
            }
            ++report.created;
            report.changes.append({kind.name, id, title, incoming.writtenFields, true, {}});
            if (!options.dryRun) {
                RecordState key;
                key.kind = kind.name;
                key.id = id;
                pending.append({key, false, incoming.row});
            }
            return {};
        }
        if (shortcuts && unchanged.surelyUnchangedBy(incoming)) {
            ++report.unchanged;
            return {};
        }
        const RecordState state = incoming.state();
        const std::optional<RecordState> existing = local.load(kind, id);
        MergeOutcome outcome = Merger::merge(kind, existing, state);
        if (!outcome.changed) {
            ++report.unchanged;
            return {};
        }
        const QString title = outcome.result.shown(kind.titleField).toString();
        if (const QString problem = ownershipProblem(report.manifest,
                existing ? std::optional<QString>(existing->owner) : std::nullopt,
                outcome.result.owner);
            !problem.isEmpty()) {
            report.rejected.append(
                {kind.name, id, problem, state.shown(kind.titleField).toString()});
            return {};
        }
        outcome.isNew ? ++report.created : ++report.updated;
        if (!outcome.newConflicts.isEmpty())
            ++report.conflicts;
        for (const QString &field : outcome.droppedByErasure)
            report.notices
                << tr("An edit of %1 in an erased contact was dropped: erasure wins.").arg(field);
        report.changes.append({kind.name, id, title, changedFields(existing, outcome.result),
            outcome.isNew, outcome.newConflicts});
        if (!options.dryRun)
            pending.append({std::move(outcome.result), !outcome.isNew, {}});
        return {};
    });
    unchanged.finish();
    snapshot.reset();
    if (!read)
        return read.error();
    if (options.dryRun)
        return report;

    const bool anything = !pending.isEmpty();
    if (anything && options.backup) {
        Result<QString> saved = backup(db,
            options.backupFolder.isEmpty() ? defaultBackupFolder(db) : options.backupFolder,
            options.keepBackups);
        if (!saved)
            return saved.error();
        report.backupPath = saved.value();
    }

    const LargerPageCache cache(db);
    Transaction transaction(db);
    // Rows stored as the package holds them go in many to a statement, kind by kind.
    const KindSpec *batchKind = nullptr;
    QList<QVariantList> batch;
    auto insertBatch = [&]() -> Status {
        const Status inserted = batch.isEmpty() ? Status() : local.insertRows(*batchKind, batch);
        batch.clear();
        return inserted;
    };
    for (const Pending &item : pending) {
        if (options.cancel && options.cancel->load())
            return Error::failure(tr("Import cancelled; nothing was changed."));
        const KindSpec &kind = Kinds::get(item.state.kind);
        const bool attachment = kind.name == QLatin1String("attachments");
        if (!item.row.isEmpty() && !attachment) {
            if (batchKind != &kind) {
                if (Status status = insertBatch(); !status)
                    return status.error();
                batchKind = &kind;
            }
            batch.append(item.row);
            continue;
        }
        if (Status status = insertBatch(); !status)
            return status.error();
        const Status saved = item.row.isEmpty()
            ? local.save(kind, item.state, item.exists, local.hasConflicts(item.state.id))
            : local.insertRow(kind, item.row);
        if (!saved)
            return saved.error();
        if (attachment) {
            const QString sha = item.row.isEmpty()
                ? item.state.shown(QStringLiteral("sha256")).toString()
                : item.row.value(package::columns(kind).indexOf(QStringLiteral("sha256")))
                      .toString();
            QSqlQuery has(db.sql());
            has.prepare(QStringLiteral("SELECT data IS NOT NULL FROM attachment WHERE id = ?"));
            has.addBindValue(item.state.id);
            if (has.exec() && has.next() && !has.value(0).toBool()) {
                Result<QByteArray> bytes = reader.blob(sha);
                if (!bytes)
                    return bytes.error();
                if (!bytes->isEmpty()) {
                    QSqlQuery store(db.sql());
                    store.prepare(QStringLiteral("UPDATE attachment SET data = ? WHERE id = ?"));
                    store.addBindValue(bytes.value());
                    store.addBindValue(item.state.id);
                    if (!store.exec())
                        return Database::sqlError(
                            tr("importing a package"), store.lastError().text());
                }
            }
        }
    }
    if (Status status = insertBatch(); !status)
        return status.error();
    // An erasure that arrived must not leave its words in the full-text index's old
    // segments (see RecordStore::remove).
    for (const Pending &item : pending) {
        const bool deleted
            = item.row.isEmpty() ? item.state.deleted() : item.row.value(4).toInt() != 0;
        if (item.state.kind == QLatin1String("contacts") && deleted) {
            QSqlQuery(db.sql()).exec(
                QStringLiteral("INSERT INTO contact_fts (contact_fts) VALUES ('optimize')"));
            break;
        }
    }
    // Knowledge grows only if this replica now holds all the sender held: it already had
    // what the delta was cut against, and nothing was rejected on the way in.
    const VersionVector knowledge = Knowledge::local(db);
    if (report.rejected.isEmpty() && versionvector::dominates(knowledge, report.manifest.base)) {
        if (Status status
            = Knowledge::setLocal(db, versionvector::merged(knowledge, report.manifest.knowledge));
            !status)
            return status.error();
    }
    if (report.manifest.senderReplica != identity.replicaId) {
        if (Status status = acknowledgeSender(db, report.manifest); !status)
            return status.error();
    }
    if (Status status = recordInLedger(db, packagePath, report); !status)
        return status.error();
    if (Status status = transaction.commit(); !status) {
        if (status.error().message.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive))
            return Error::rejected(
                tr("The package refers to records it does not hold; nothing was changed."));
        return status.error();
    }
    report.applied = true;
    return report;
}

} // namespace pactesur
