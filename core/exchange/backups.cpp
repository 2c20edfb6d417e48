// SPDX-License-Identifier: EUPL-1.2
#include "backups.h"

#include "exchange/importer.h"
#include "store/database.h"
#include "store/replica.h"
#include "util/uuid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <limits>

namespace pactesur {

namespace {

qint64 counterOf(const Database &db)
{
    QSqlQuery query(db.sql());
    query.exec(QStringLiteral("SELECT counter FROM local_replica"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

// The copy that is brought in: opened as a database of its own first, which checks that it
// is one of ours and brings an older schema up to date, without touching the backup itself.
class StagedCopy
{
public:
    explicit StagedCopy(const QString &folder)
        : m_path(folder + QStringLiteral("/.restoring-") + uuid::create().left(8)
            + QStringLiteral(".db"))
    { }
    ~StagedCopy()
    {
        m_db.reset();
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(m_path + QLatin1String(suffix));
    }
    Status open(const QString &source)
    {
        if (!QFile::copy(source, m_path))
            return Error::failure(
                Backups::tr("Cannot read the backup %1.").arg(QDir::toNativeSeparators(source)));
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
        Database::Options options;
        options.takeLock = false; // a private file nobody else knows of
        Result<std::unique_ptr<Database>> opened = Database::open(m_path, options);
        if (!opened)
            return opened.error();
        m_db = std::move(opened).value();
        return {};
    }
    Database &db() { return *m_db; }

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace

QString Backups::folder(const Database &db)
{
    return Importer::defaultBackupFolder(db);
}

QList<BackupFile> Backups::list(const Database &db)
{
    static const QRegularExpression stamp(QStringLiteral("-(\\d{8}-\\d{6})(?:-\\d+)?\\.db$"));
    const QString stem = QFileInfo(db.path()).completeBaseName();
    QList<BackupFile> backups;
    const QFileInfoList files = QDir(folder(db))
                                    .entryInfoList({stem + QStringLiteral("-*.db")}, QDir::Files,
                                        QDir::Name | QDir::Reversed);
    for (const QFileInfo &file : files) {
        QDateTime takenAt;
        if (const QRegularExpressionMatch match = stamp.match(file.fileName()); match.hasMatch())
            takenAt = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        takenAt = takenAt.isValid() ? QDateTime(takenAt.date(), takenAt.time(), Qt::UTC)
                                    : file.lastModified().toUTC();
        backups.append({file.absoluteFilePath(), takenAt, file.size()});
    }
    std::stable_sort(backups.begin(), backups.end(),
        [](const BackupFile &a, const BackupFile &b) { return a.takenAt > b.takenAt; });
    return backups;
}

Result<QString> Backups::restore(Database &db, const QString &backupPath)
{
    if (!QFileInfo(backupPath).isFile())
        return Error::rejected(
            tr("The backup %1 no longer exists.").arg(QDir::toNativeSeparators(backupPath)));
    StagedCopy staged(folder(db));
    if (Status status = staged.open(backupPath); !status)
        return status.error();
    const Identity current = Replica::load(db);
    const Identity restored = Replica::load(staged.db());
    if (current.isSet() && restored.isSet() && current.replicaId != restored.replicaId) {
        return Error::rejected(tr("The backup %1 belongs to another database; it cannot be "
                                  "restored here.")
                                   .arg(QFileInfo(backupPath).fileName()));
    }

    // Never rotate here: the backup being restored, or the one that undoes it, must stay.
    Result<QString> before = Importer::backup(db, folder(db), std::numeric_limits<int>::max());
    if (!before)
        return before.error();
    const qint64 counter = counterOf(db);

    sqlite3_backup *copy = sqlite3_backup_init(db.handle(), "main", staged.db().handle(), "main");
    if (!copy)
        return Database::sqlError(
            tr("restoring a backup"), QString::fromUtf8(sqlite3_errmsg(db.handle())));
    const int rc = sqlite3_backup_step(copy, -1);
    sqlite3_backup_finish(copy);
    if (rc != SQLITE_DONE)
        return Database::sqlError(tr("restoring a backup"), QString::fromUtf8(sqlite3_errstr(rc)));

    // Writes made since the backup may already be at the peers: this replica's next
    // writes must not reuse their stamps, or two different writes would share one name.
    QSqlQuery bump(db.sql());
    bump.prepare(QStringLiteral("UPDATE local_replica SET counter = max(counter, ?)"));
    bump.addBindValue(counter);
    if (!bump.exec())
        return Database::sqlError(tr("restoring a backup"), bump.lastError().text());
    return before.value();
}

} // namespace pactesur
