// SPDX-License-Identifier: EUPL-1.2
#include "backups.h"

#include "exchange/importer.h"
#include "model/kinds.h"
#include "store/database.h"
#include "store/replica.h"
#include "util/uuid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
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
    StagedCopy(const QString &folder, const QString &stem)
        : m_path(folder + QStringLiteral("/.restoring-%1-%2.db").arg(stem, uuid::create().left(8)))
    {
        // A restore killed before its end leaves its copy, as large as a backup. Only the
        // holder of the database's lock restores it, so any such copy is a dead one's.
        QDir dir(folder);
        for (const QString &leftover : dir.entryList(
                 {QStringLiteral(".restoring-%1-*").arg(stem)}, QDir::Files | QDir::Hidden))
            dir.remove(leftover);
    }
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
    StagedCopy staged(folder(db), QFileInfo(db.path()).completeBaseName());
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
    // Writes made since the backup may already be at the peers: this replica's next
    // writes must not reuse their stamps, or two different writes would share one name.
    // The staged copy gets the counter before it is copied in, so that both arrive in the
    // one transaction of the online backup: a kill cannot leave the old counter behind.
    QSqlQuery bump(staged.db().sql());
    bump.prepare(QStringLiteral("UPDATE local_replica SET counter = max(counter, ?)"));
    bump.addBindValue(counterOf(db));
    if (!bump.exec())
        return Database::sqlError(tr("restoring a backup"), bump.lastError().text());

    sqlite3_backup *copy = sqlite3_backup_init(db.handle(), "main", staged.db().handle(), "main");
    if (!copy)
        return Database::sqlError(
            tr("restoring a backup"), QString::fromUtf8(sqlite3_errmsg(db.handle())));
    const int rc = sqlite3_backup_step(copy, -1);
    sqlite3_backup_finish(copy);
    if (rc != SQLITE_DONE)
        return Database::sqlError(tr("restoring a backup"), QString::fromUtf8(sqlite3_errstr(rc)));
    return before.value();
}

namespace {

QStringList personalColumns(const KindSpec &kind)
{
    QStringList columns;
    for (const FieldSpec &field : kind.fields) {
        if (field.personal)
            columns << field.name;
    }
    return columns;
}

// A raw connection to a backup file, which is not a Database: no lock, no migration.
struct BackupConnection
{
    sqlite3 *handle = nullptr;
    QString openError;
    explicit BackupConnection(const QString &path, int flags)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags | SQLITE_OPEN_URI,
                nullptr)
            != SQLITE_OK) {
            // Kept before the handle goes: sqlite3_errmsg(nullptr) says "out of memory".
            openError = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_close(handle);
            handle = nullptr;
        }
    }
    ~BackupConnection() { sqlite3_close(handle); }
    bool exec(const QString &sql) const
    {
        return handle && sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, nullptr)
            == SQLITE_OK;
    }
    QString error() const
    {
        return handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : openError;
    }
    qint64 integer(const char *sql) const
    {
        sqlite3_stmt *statement = nullptr;
        qint64 value = -1;
        if (handle && sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return value;
    }
};

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''"))
        + QLatin1Char('\'');
}

} // namespace

Result<QStringList> Backups::eraseDeletedPersonalData(const Database &db)
{
    QStringList changed;
    const QString live = quoted(QUrl::fromLocalFile(db.path()).toString() + QStringLiteral("?mode=ro"));
    for (const BackupFile &backup : list(db)) {
        BackupConnection connection(backup.path, SQLITE_OPEN_READWRITE);
        const Error cannot = Error::failure(
            tr("The personal data of erased contacts could not be removed from the backup %1: %2")
                .arg(QDir::toNativeSeparators(backup.path)));
        if (!connection.exec(QStringLiteral("PRAGMA secure_delete = ON"))
            || !connection.exec(QStringLiteral("ATTACH DATABASE %1 AS live").arg(live))
            || !connection.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Error::failure(cannot.message.arg(connection.error()));
        int erased = 0;
        for (const KindSpec &kindSpec : Kinds::all()) {
            const KindSpec *kind = &kindSpec;
            const QStringList columns = personalColumns(*kind);
            if (columns.isEmpty())
                continue;
            const QString deleted
                = QStringLiteral("SELECT id FROM live.%1 WHERE deleted = 1").arg(kind->table);
            QStringList clear;
            QStringList held;
            for (const QString &column : columns) {
                clear << QStringLiteral("%1 = NULL").arg(column);
                held << QStringLiteral("%1 IS NOT NULL").arg(column);
            }
            if (!connection.exec(QStringLiteral("UPDATE main.%1 SET %2 WHERE id IN (%3) AND (%4)")
                                     .arg(kind->table, clear.join(QStringLiteral(", ")), deleted,
                                         held.join(QStringLiteral(" OR "))))) {
                const QString why = connection.error();
                connection.exec(QStringLiteral("ROLLBACK"));
                return Error::failure(cannot.message.arg(why));
            }
            const int rows = sqlite3_changes(connection.handle);
            if (rows == 0)
                continue;
            erased += rows;
            // In the same transaction, checked: a failed step that went unnoticed would
            // leave the data in a backup said to be clean, and no later run would see that
            // any record is left to clear. The full-text index keeps old tokens until merged.
            if (!connection.exec(QStringLiteral("DELETE FROM main.conflict WHERE record_kind = "
                                                "%1 AND record_id IN (%2)")
                                     .arg(quoted(kind->name), deleted))
                || !connection.exec(QStringLiteral("UPDATE main.notice SET title = NULL WHERE "
                                                   "record_kind = %1 AND record_id IN (%2)")
                                        .arg(quoted(kind->name), deleted))
                || !connection.exec(
                    QStringLiteral("INSERT INTO %1_fts (%1_fts) VALUES ('optimize')")
                        .arg(kind->table))) {
                const QString why = connection.error();
                connection.exec(QStringLiteral("ROLLBACK"));
                return Error::failure(cannot.message.arg(why));
            }
        }
        if (!connection.exec(QStringLiteral("COMMIT"))) {
            const QString why = connection.error();
            connection.exec(QStringLiteral("ROLLBACK"));
            return Error::failure(cannot.message.arg(why));
        }
        connection.exec(QStringLiteral("DETACH DATABASE live"));
        // Freed pages keep old bytes until the file is rewritten. Free pages in a backup
        // (VACUUM INTO leaves none) are those of an earlier run whose rewrite failed.
        if (erased == 0 && connection.integer("PRAGMA freelist_count") == 0)
            continue;
        if (!connection.exec(QStringLiteral("VACUUM")))
            return Error::failure(cannot.message.arg(connection.error()));
        changed << backup.path;
    }
    return changed;
}

QStringList Backups::holdingPersonalData(const Database &db, const QString &kindName, const QString &id)
{
    QStringList holding;
    const KindSpec &kind = Kinds::get(kindName);
    const QStringList columns = personalColumns(kind);
    if (columns.isEmpty())
        return holding;
    QStringList held;
    for (const QString &column : columns)
        held << QStringLiteral("%1 IS NOT NULL").arg(column);
    for (const BackupFile &backup : list(db)) {
        BackupConnection connection(backup.path, SQLITE_OPEN_READONLY);
        sqlite3_stmt *statement = nullptr;
        const QByteArray sql = QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND (%2)")
                                   .arg(kind.table, held.join(QStringLiteral(" OR ")))
                                   .toUtf8();
        if (!connection.handle
            || sqlite3_prepare_v2(connection.handle, sql.constData(), -1, &statement, nullptr)
                != SQLITE_OK) {
            sqlite3_finalize(statement);
            continue;
        }
        const QByteArray key = id.toUtf8();
        sqlite3_bind_text(statement, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(statement) == SQLITE_ROW)
            holding << QFileInfo(backup.path).fileName();
        sqlite3_finalize(statement);
    }
    return holding;
}

} // namespace pactesur
