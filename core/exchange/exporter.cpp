// SPDX-License-Identifier: EUPL-1.2
#include "exporter.h"

#include "exchange/knowledge.h"
#include "exchange/packageformat.h"
#include "exchange/statestore.h"
#include "exchange/writers.h"
#include "seed/seeder.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/recordstore.h"
#include "store/replica.h"
#include "trust/keyring.h"
#include "trust/roster.h"
#include "trust/sealedpackage.h"
#include "util/privatefolder.h"
#include "util/uuid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

namespace pactesur {

namespace {

// Whom every replica this database knows writes for: a receiver judges each write of the
// package by its writer's principal (DESIGN.md section 5, rule 4), and a write relayed from
// a third replica needs that replica's binding too.
QString writerList(const Database &db)
{
    QJsonObject writers;
    const Principals principals = Writers::load(db);
    for (auto it = principals.begin(); it != principals.end(); ++it) {
        if (it.key() != Seeder::seedReplicaId())
            writers.insert(it.key(), it->isCoordinator() ? it->role : it->city);
    }
    return QString::fromUtf8(QJsonDocument(writers).toJson(QJsonDocument::Compact));
}

// Who can open the package (issue 14): a liaison's goes to the coordinator; the
// coordinator's to the city it is cut for or named by `to`, else to every enrolled replica.
// The sender can always open its own.
Result<QList<SealedPackage::Recipient>> recipientsFor(Database &db, const Identity &identity,
    const QString &to, const QString &peerReplica, const PublicKeys &own)
{
    QString city;
    QString role;
    if (!identity.isCoordinator() || to == QLatin1String("coordinator")) {
        role = QStringLiteral("coordinator");
    } else if (!to.isEmpty() && to != QLatin1String("all")) {
        const Result<QString> named
            = RecordStore(db).resolveId(Kinds::get(QStringLiteral("cities")), to);
        if (!named)
            return named.error();
        city = named.value();
    } else if (to.isEmpty() && !peerReplica.isEmpty()) {
        if (const std::optional<RosterEntry> peer = Roster::find(db, peerReplica))
            city = peer->role == QLatin1String("liaison") ? peer->city : QString();
        role = city.isEmpty() ? QStringLiteral("coordinator") : QString();
    }
    QList<SealedPackage::Recipient> recipients = {{identity.replicaId, own.box}};
    for (const RosterEntry &entry : Roster::list(db)) {
        if (entry.revoked || entry.replica == identity.replicaId)
            continue;
        if ((!role.isEmpty() && entry.role != role) || (!city.isEmpty() && entry.city != city))
            continue;
        recipients.append({entry.replica, entry.keys.box});
    }
    if (recipients.size() == 1) {
        return Error::rejected(identity.isCoordinator()
                ? Exporter::tr("No enrolled replica can receive this package: enrol the cities' "
                               "cards first (keys trust FILE).")
                : Exporter::tr("Enrol the coordinator's card first (keys trust FILE): packages "
                               "are sealed to it."));
    }
    return recipients;
}

// The sequence number the next package carries; recordExport() saves it as used.
Result<qint64> nextSequence(const Database &db)
{
    QSqlQuery query(db.sql());
    if (!query.exec(
            QStringLiteral("SELECT value FROM local_setting WHERE key = 'export_sequence'")))
        return Database::sqlError(Exporter::tr("recording the export"), query.lastError().text());
    return (query.next() ? query.value(0).toLongLong() : 0) + 1;
}

// The package's sequence number is used and the ledger lists the package, both or neither:
// a sequence number saved without its package leaves a harmless gap, but one not saved
// would be reused by the next package, and a package missing from the ledger would be
// missing from a contact's personal-data report.
Status recordExport(
    const Database &db, const ExportSummary &summary, const QString &fileName, bool savesSequence)
{
    Transaction transaction(db);
    QSqlQuery save(db.sql());
    save.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO local_setting (key, value) VALUES ('export_sequence', ?)"));
    save.addBindValue(QString::number(summary.sequence));
    if (savesSequence && !save.exec())
        return Database::sqlError(Exporter::tr("recording the export"), save.lastError().text());
    QSqlQuery ledger(db.sql());
    ledger.prepare(QStringLiteral("INSERT INTO ledger (id, direction, at, peer, file_name, counts) "
                                  "VALUES (?, 'export', ?, ?, ?, ?)"));
    ledger.addBindValue(uuid::create());
    ledger.addBindValue(db.clock().nowIso());
    ledger.addBindValue(summary.peer.isEmpty() ? QVariant() : QVariant(summary.peer));
    ledger.addBindValue(fileName);
    QJsonObject counts;
    for (auto it = summary.counts.begin(); it != summary.counts.end(); ++it)
        counts.insert(it.key(), it.value());
    ledger.addBindValue(QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)));
    if (!ledger.exec())
        return Database::sqlError(Exporter::tr("recording the export"), ledger.lastError().text());
    return transaction.commit();
}

bool syncPath(const QString &path, bool directory)
{
    const int fd = ::open(
        QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Pages of 64 KiB make a sixteenth of the writes of 4 KiB ones: copying the records of a
// network-scale database took 2.5 times as long with those. But each table of a package
// takes a page at least, and a delta or a small database's package would weigh a
// megabyte: those keep pages of 4 KiB.
int packagePageSize(const Database &db, bool delta)
{
    constexpr qint64 kLargeDatabaseBytes = qint64(64) * 1024 * 1024;
    QSqlQuery query(db.sql());
    const bool large = !delta
        && query.exec(QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), "
                                     "pragma_page_size()"))
        && query.next() && query.value(0).toLongLong() >= kLargeDatabaseBytes;
    return large ? 65536 : 4096;
}

int cancelHandler(void *flag)
{
    return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0;
}

// The package file is attached to the database's own connection, so that rows are copied
// by SQLite itself (INSERT ... SELECT), near the speed of a page copy.
class AttachedPackage
{
public:
    explicit AttachedPackage(Database &db)
        : m_db(db)
    { }
    ~AttachedPackage()
    {
        if (m_attached) {
            QSqlQuery(m_db.sql()).exec(QStringLiteral("ROLLBACK"));
            QSqlQuery(m_db.sql()).exec(QStringLiteral("DETACH DATABASE package"));
        }
    }
    // `rowsWritten`, if given, receives how many rows the statement inserted: counting
    // them afterwards would read the package's table again.
    bool exec(const QString &sql, const QVariantList &bound = {}, int *rowsWritten = nullptr)
    {
        QSqlQuery query(m_db.sql());
        query.prepare(sql);
        for (const QVariant &value : bound)
            query.addBindValue(value);
        if (!query.exec()) {
            m_error = query.lastError().text();
            return false;
        }
        if (rowsWritten)
            *rowsWritten = query.numRowsAffected();
        return true;
    }
    bool attach(const QString &path, int pageSize)
    {
        if (!exec(QStringLiteral("ATTACH DATABASE ? AS package"), {path}))
            return false;
        m_attached = true;
        // A half-written package is deleted, never used: no journal, no sync until the end.
        return exec(QStringLiteral("PRAGMA package.page_size = %1").arg(pageSize))
            && exec(QStringLiteral("PRAGMA package.journal_mode = OFF"))
            && exec(QStringLiteral("PRAGMA package.synchronous = OFF"))
            && exec(
                QStringLiteral("PRAGMA package.application_id = %1").arg(package::kApplicationId))
            && exec(QStringLiteral("PRAGMA package.user_version = %1").arg(package::kFormatVersion))
            && createSchema() && exec(QStringLiteral("BEGIN"));
    }
    bool createSchema()
    {
        const Status created = m_db.executeScript(package::schema(QStringLiteral("package.")));
        if (!created)
            m_error = created.error().message; // else "Cannot write the package X: " ends bare
        return created.ok();
    }
    bool finish()
    {
        const bool ok
            = exec(QStringLiteral("COMMIT")) && exec(QStringLiteral("DETACH DATABASE package"));
        m_attached = !ok;
        return ok;
    }
    // Adds the writes the table's records carry to `covered`.
    bool addCovered(const QString &table, VersionVector *covered)
    {
        QSqlQuery query(m_db.sql());
        if (!query.exec(QStringLiteral("SELECT w.key, max(w.value) FROM package.%1, "
                                       "json_each(package.%1.vv) w GROUP BY w.key")
                            .arg(table))) {
            m_error = query.lastError().text();
            return false;
        }
        while (query.next()) {
            const QString replica = query.value(0).toString();
            (*covered)[replica] = qMax(covered->value(replica), query.value(1).toLongLong());
        }
        return true;
    }
    QString error() const { return m_error; }

private:
    Database &m_db;
    bool m_attached = false;
    QString m_error;
};

} // namespace

int ExportSummary::total() const
{
    int sum = 0;
    for (int count : counts)
        sum += count;
    return sum;
}

Result<ExportSummary> Exporter::exportTo(Database &db, const QString &path, const Options &options)
{
    const Identity identity = Replica::load(db);
    if (!identity.unreadable.isEmpty())
        return Replica::roleUnreadable(identity);
    if (!identity.isSet())
        return Error::rejected(tr(
            "This database has no role yet. Choose one first: coordinator, or liaison of a city."));
    ExportSummary summary;
    summary.path = QFileInfo(path).absoluteFilePath();
    const bool delta = !options.peer.isEmpty() || options.since.has_value();
    summary.kind = delta ? QStringLiteral("delta") : QStringLiteral("full");
    VersionVector base = options.since.value_or(VersionVector());
    if (!options.peer.isEmpty()) {
        const std::optional<Peer> peer = Knowledge::findPeer(db, options.peer);
        if (!peer) {
            return Error::rejected(
                tr("No package has come from “%1” yet, so there is nothing to cut a delta from; "
                   "export a full package instead.")
                    .arg(options.peer));
        }
        summary.peer = peer->replicaId;
        base = peer->acknowledged;
    }

    if (Status status = Roster::enrolSelf(db); !status)
        return status.error();
    Result<std::unique_ptr<Keyring>> keyring = Keyring::open(db);
    if (!keyring)
        return keyring.error();
    const Result<QList<SealedPackage::Recipient>> recipients
        = recipientsFor(db, identity, options.to, summary.peer, keyring.value()->publicKeys());
    if (!recipients)
        return recipients.error();
    // The plain SQLite package exists only in a private folder, removed on every path out.
    PrivateFolder privateFolder;
    if (!privateFolder.isValid())
        return Error::failure(tr("Cannot make a private temporary folder for the package."));
    const QString plainPath = privateFolder.filePath(QStringLiteral("package.sqlite"));

    const QFileInfo target(summary.path);
    if (!target.absoluteDir().exists())
        return Error::failure(tr("The folder %1 does not exist.")
                                  .arg(QDir::toNativeSeparators(target.absolutePath())));
    const QString temporary = target.absolutePath() + QStringLiteral("/.") + target.fileName()
        + QStringLiteral(".") + uuid::create().left(8) + QStringLiteral(".tmp");
    const QString cannotWrite
        = tr("Cannot write the package %1: %2").arg(QDir::toNativeSeparators(summary.path));
    if (options.cancel)
        sqlite3_progress_handler(
            db.handle(), 10000, cancelHandler, const_cast<std::atomic_bool *>(options.cancel));
    auto discard = [&](const Error &error) {
        sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr);
        QFile::remove(temporary);
        QFile::remove(plainPath);
        return error;
    };
    {
        AttachedPackage package(db);
        if (!package.attach(plainPath, packagePageSize(db, delta)))
            return discard(Error::failure(cannotWrite.arg(package.error())));
        const QString acknowledged = versionvector::toJson(base);
        int done = 0;
        for (const KindSpec *kind : StateStore::exchangedKinds()) {
            if (options.cancel && options.cancel->load())
                return discard(Error::failure(tr("Export cancelled; no file was written.")));
            const QString columns = package::columnList(*kind);
            // A delta holds the records with a write the peer has not acknowledged.
            const QString condition = delta ? StateStore::hasWriteBeyondCondition() : QString();
            const QVariantList bound = delta ? QVariantList {acknowledged} : QVariantList();
            int count = 0;
            // A record's conflicts go with it. They are found from the few conflicts, each
            // looking its record up by id: the other way round, the list of every packaged
            // id, took longer than copying the records.
            if (!package.exec(QStringLiteral("INSERT INTO package.%1 (%2) SELECT %2 FROM main.%1%3")
                                  .arg(kind->table, columns,
                                      delta ? QStringLiteral(" WHERE ") + condition : QString()),
                    bound, &count)
                || !package.exec(
                    QStringLiteral("INSERT INTO package.conflict SELECT * FROM main.conflict c "
                                   "WHERE c.record_kind = ? AND EXISTS (SELECT 1 FROM main.%1 r "
                                   "WHERE r.id = c.record_id%2)")
                        .arg(kind->table, delta ? QStringLiteral(" AND ") + condition : QString()),
                    QVariantList {kind->name} + bound)) {
                if (options.cancel && options.cancel->load())
                    return discard(Error::failure(tr("Export cancelled; no file was written.")));
                return discard(Error::failure(cannotWrite.arg(package.error())));
            }
            if (options.since && !package.addCovered(kind->table, &summary.covered))
                return discard(Error::failure(cannotWrite.arg(package.error())));
            if (count > 0)
                summary.counts[kind->name] = count;
            done += count;
            if (options.progress)
                options.progress(done, -1);
        }
        if (!package.exec(QStringLiteral(
                "INSERT INTO package.blob SELECT sha256, data FROM main.attachment "
                "WHERE data IS NOT NULL AND id IN (SELECT id FROM package.attachment)")))
            return discard(Error::failure(cannotWrite.arg(package.error())));

        QJsonObject counts;
        for (auto it = summary.counts.begin(); it != summary.counts.end(); ++it)
            counts.insert(it.key(), it.value());
        // Read in the package's transaction: what the rows above were copied from.
        summary.knowledge = Knowledge::local(db);
        const QMap<QString, QString> manifest = {
            {QStringLiteral("writers"), writerList(db)},
            {QStringLiteral("roster"), identity.isCoordinator() ? Roster::toJson(db) : QString()},
            {QStringLiteral("format"), QString::fromLatin1(package::kFormatName)},
            {QStringLiteral("format_version"), QString::number(package::kFormatVersion)},
            {QStringLiteral("schema_version"), QString::number(Migrations::latestVersion())},
            {QStringLiteral("app_version"), QCoreApplication::applicationVersion()},
            {QStringLiteral("sender_replica"), identity.replicaId},
            {QStringLiteral("sender_role"), identity.role},
            {QStringLiteral("sender_city"), identity.cityId},
            {QStringLiteral("created_at"), db.clock().nowIso()},
            {QStringLiteral("kind"), summary.kind},
            {QStringLiteral("base"), versionvector::toJson(base)},
            {QStringLiteral("knowledge"), versionvector::toJson(summary.knowledge)},
            {QStringLiteral("counts"),
                QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact))},
        };
        for (auto it = manifest.begin(); it != manifest.end(); ++it) {
            if (it.value().isEmpty())
                continue; // e.g. no city for the coordinator: absent, not empty
            if (!package.exec(QStringLiteral("INSERT INTO package.manifest VALUES (?, ?)"),
                    {it.key(), it.value()}))
                return discard(Error::failure(cannotWrite.arg(package.error())));
        }
        if (!package.finish())
            return discard(Error::failure(cannotWrite.arg(package.error())));
    }
    sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr);
    if (options.cancel && options.cancel->load())
        return discard(Error::failure(tr("Export cancelled; no file was written.")));
    const bool byHand = options.mailboxSequence <= 0;
    if (byHand) {
        const Result<qint64> next = nextSequence(db);
        if (!next)
            return discard(next.error());
        summary.sequence = next.value();
    } else {
        summary.sequence = options.mailboxSequence;
    }
    for (const SealedPackage::Recipient &recipient : recipients.value())
        summary.recipients.append(recipient.replica);
    if (Status sealed = SealedPackage::seal(*keyring.value(), identity.replicaId, summary.sequence,
            Roster::serial(db), recipients.value(), plainPath, temporary,
            options.mailboxSequence > 0 ? QStringLiteral("mailbox") : QString());
        !sealed)
        return discard(sealed.error());
    QFile::remove(plainPath);
    if (!syncPath(temporary, false))
        return discard(Error::failure(cannotWrite.arg(tr("the disk may be full"))));
    // Recorded before the file takes its name: if the record fails, no package is there
    // and an earlier file of that name is intact. A failed rename after it leaves a ledger
    // line for a package that was not written, the safe side for a personal-data report.
    if (Status recorded = recordExport(db, summary, target.fileName(), byHand); !recorded)
        return discard(Error::failure(cannotWrite.arg(recorded.error().message)));
    if (::rename(
            QFile::encodeName(temporary).constData(), QFile::encodeName(summary.path).constData())
        != 0)
        return discard(Error::failure(cannotWrite.arg(tr("the disk may be full"))));
    syncPath(target.absolutePath(), true);
    return summary;
}

} // namespace pactesur
