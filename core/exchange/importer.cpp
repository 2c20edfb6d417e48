// SPDX-License-Identifier: EUPL-1.2
#include "importer.h"

#include "exchange/backups.h"
#include "model/kinds.h"

#include "exchange/changewriter.h"
#include "exchange/importjudge.h"
#include "exchange/knowledge.h"
#include "exchange/merger.h"
#include "exchange/notices.h"
#include "exchange/packageformat.h"
#include "exchange/statestore.h"
#include "exchange/unchangedrecords.h"
#include "exchange/writers.h"
#include "store/database.h"
#include "store/replica.h"
#include "util/uuid.h"

#include <QDir>
#include <QFile>

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace pactesur {

namespace {

void refuse(ImportReport &report, const PackageRecord &incoming, const RefusedWrite &refused)
{
    const KindSpec &kind = *incoming.kind;
    const QString title = incoming.text(kind.titleField);
    report.rejected.append({kind.name, incoming.id(), Authority::describe(refused.why), title});
    if (report.refusals.size() < Notices::kMaxPerImport) {
        Notice notice;
        notice.recordKind = kind.name;
        notice.recordId = incoming.id();
        notice.title = title;
        notice.field = refused.field;
        notice.writer = refused.write.replica;
        notice.why = refused.why;
        report.refusals.append(notice);
    }
}

// Lists a change for the preview, up to a bound beyond which only counts grow (an import's
// memory must not grow with the package); changes with a new conflict are always listed.
void listChange(ImportReport &report, ImportChange change)
{
    report.changedKinds.insert(change.kind);
    if (change.conflictFields.isEmpty() && report.changes.size() >= ImportReport::kMaxListed) {
        ++report.changesNotListed;
        return;
    }
    report.changes.append(std::move(change));
}

bool holdsPersonalData(const KindSpec &kind)
{
    return std::any_of(kind.fields.begin(), kind.fields.end(),
        [](const FieldSpec &field) { return field.personal; });
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

Status acknowledgeSender(Database &db, const Manifest &manifest)
{
    return Knowledge::acknowledge(db,
        {manifest.senderReplica, manifest.senderRole, manifest.senderCity, manifest.knowledge},
        db.clock().nowIso());
}

// Every coordinator package carries its roster: this is how a city learns the others' keys.
Status adoptRoster(Database &db, const RosterEntry &signer, const Manifest &manifest)
{
    if (signer.role != QLatin1String("coordinator") || manifest.roster.isEmpty())
        return {};
    return Roster::adopt(db, manifest.roster);
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
    // VACUUM INTO a file that a kill interrupts leaves it half written (SQLite says so), and
    // under a backup's name it would be listed and restored: it gets that name once whole.
    // Ours are the only writes here (the database's lock), so any partial file is a dead one's.
    QDir dir(folder);
    for (const QString &leftover :
        dir.entryList({stem + QStringLiteral("-*.db.partial")}, QDir::Files))
        dir.remove(leftover);
    const QString partial = target + QStringLiteral(".partial");
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec()) {
        QFile::remove(partial);
        return Database::sqlError(tr("making a backup"), query.lastError().text());
    }
    if (QFile written(partial); !written.rename(target)) {
        written.remove();
        return Database::sqlError(tr("making a backup"), written.errorString());
    }
    keepNewestBackups(db, folder, keep);
    return target;
}

void Importer::keepNewestBackups(const Database &db, const QString &folder, int keep)
{
    const QString stem = QFileInfo(db.path()).completeBaseName();
    QDir dir(folder);
    const QStringList backups
        = dir.entryList({stem + QStringLiteral("-*.db")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (int i = keep; i < backups.size(); ++i)
        dir.remove(backups.at(i));
}

Result<ImportReport> Importer::run(Database &db, const QString &packagePath, const Options &options)
{
    const Identity identity = Replica::load(db);
    if (!identity.unreadable.isEmpty())
        return Replica::roleUnreadable(identity);
    if (!identity.isSet())
        return Error::rejected(tr(
            "This database has no role yet. Choose one first: coordinator, or liaison of a city."));
    PackageReader reader;
    if (Status status = reader.open(packagePath, db); !status)
        return status.error();
    const RosterEntry &signer = reader.signer();
    if (options.opened)
        options.opened(reader.manifest(), reader.declaredRecords());
    ImportReport report;
    report.manifest = reader.manifest();
    // Each write is judged by its writer's principal: those known here (the roster) and those
    // the package names, which may not contradict them. A liaison's package speaks for its
    // sender alone; the coordinator's names every writer it relays.
    const Principals claimed = signer.role == QLatin1String("coordinator")
        ? report.manifest.writers
        : Principals {{signer.replica, signer.principal()}};
    const Result<Principals> principals = Writers::combined(Writers::load(db), claimed);
    if (!principals)
        return principals.error();
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
            if (Status status = adoptRoster(db, signer, report.manifest); !status)
                return status.error();
            if (Status status = Writers::remember(db, principals.value()); !status)
                return status.error();
            if (Status status = recordInLedger(db, packagePath, report); !status)
                return status.error();
            if (Status status = transaction.commit(); !status)
                return status.error();
            report.applied = true;
        }
        return report;
    }

    // One pass judges every record, counts it for the report and, unless this is a dry
    // run, writes it at once, all in one transaction: a failure or a cancel rolls back
    // everything, so nothing is changed unless all of it is. The backup comes first, since
    // it cannot be taken inside a transaction; it is dropped if nothing changed, and the
    // oldest backup makes way for it only once the import has changed something.
    const QString backupFolder
        = options.backupFolder.isEmpty() ? defaultBackupFolder(db) : options.backupFolder;
    if (!options.dryRun && options.backup) {
        Result<QString> saved = backup(db, backupFolder, options.keepBackups + 1);
        if (!saved)
            return saved.error();
        report.backupPath = saved.value();
    }
    LocalStates local(db);
    local.setPrincipals(&principals.value());
    ImportJudge judge(local, principals.value(), signer, !options.mergeEveryRecord);
    UnchangedRecords unchanged(db, local);
    std::optional<LargerPageCache> cache;
    std::optional<ChangeWriter> writer;
    if (!options.dryRun) {
        cache.emplace(db);
        writer.emplace(db, reader, local);
        if (Status status = writer->attachPackage(); !status)
            return status.error();
    }
    bool personalDataUpdated = false;
    int done = 0;
    // One transaction for the whole pass: a lock taken for every query cost more than the
    // query, and a dry run reads one snapshot.
    Transaction transaction(db);
    Status read = reader.forEachRecord([&](const PackageRecord &incoming) -> Status {
        if (options.cancel && options.cancel->load())
            return Error::failure(tr("Import cancelled; nothing was changed."));
        if (options.progress && ++done % 1000 == 0)
            options.progress(done);
        const KindSpec &kind = *incoming.kind;
        const QString id = incoming.id();
        const Verdict verdict = judge.judge(incoming, &unchanged);
        switch (verdict.outcome) {
        case Verdict::Outcome::Refused:
            refuse(report, incoming, verdict.refusal);
            return {};
        case Verdict::Outcome::Unchanged:
            ++report.unchanged;
            return {};
        case Verdict::Outcome::TakenAsItIs:
            ++report.created;
            listChange(report,
                {kind.name, id, incoming.text(kind.titleField), incoming.writtenFields, true, {}});
            return writer ? writer->write(incoming, verdict) : Status();
        case Verdict::Outcome::Merged:
            break;
        }
        const MergeOutcome &outcome = verdict.merge;
        outcome.isNew ? ++report.created : ++report.updated;
        if (!outcome.newConflicts.isEmpty())
            ++report.conflicts;
        for (const QString &field : outcome.droppedByErasure)
            report.notices
                << tr("An edit of %1 in an erased contact was dropped: erasure wins.").arg(field);
        personalDataUpdated = personalDataUpdated || (!outcome.isNew && holdsPersonalData(kind));
        listChange(report,
            {kind.name, id, outcome.result.shown(kind.titleField).toString(),
                changedFields(verdict.existing, outcome.result), outcome.isNew,
                outcome.newConflicts});
        return writer ? writer->write(incoming, verdict) : Status();
    });
    unchanged.finish();
    if (read && writer)
        read = writer->finish();
    if (!read)
        return read.error();
    if (options.dryRun)
        return report;
    const bool changesAnything = report.created + report.updated > 0;
    if (!changesAnything && !report.backupPath.isEmpty()) {
        QFile::remove(report.backupPath);
        report.backupPath.clear();
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
    if (Status status = adoptRoster(db, signer, report.manifest); !status)
        return status.error();
    if (Status status = Writers::remember(db, principals.value()); !status)
        return status.error();
    for (const Notice &notice : report.refusals) {
        if (Status status = Notices::add(db, notice); !status)
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
    if (options.backup)
        keepNewestBackups(db, backupFolder, options.keepBackups);
    // An erasure the package brought reaches the backups too, the one just taken included.
    if (personalDataUpdated) {
        if (const Result<QStringList> scrubbed = Backups::eraseDeletedPersonalData(db); !scrubbed)
            report.notices << scrubbed.error().message;
    }
    return report;
}

} // namespace pactesur
