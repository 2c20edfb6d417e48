// SPDX-License-Identifier: EUPL-1.2
#include "database.h"

#include "databaselock.h"
#include "migrations.h"
#include "textfold.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

namespace pactesur {

namespace {

QVariant pragma(const QSqlDatabase &sql, const QString &statement)
{
    QSqlQuery query(sql);
    if (query.exec(statement) && query.next())
        return query.value(0);
    return {};
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    db->m_access = options.access;
    db->setClock(options.clock);

    const QFileInfo info(db->m_path);
    if (db->isWritable() && options.takeLock) {
        if (!QDir().mkpath(info.absolutePath()))
            return Error::failure(tr("Cannot create the folder %1.").arg(info.absolutePath()));
        // Held as long as a window or command has the file open; the kernel drops it if
        // the holder dies.
        db->m_lock = std::make_unique<DatabaseLock>(db->m_path + QStringLiteral(".lock"));
        if (const DatabaseLock::Outcome locked = db->m_lock->tryAcquire();
            locked != DatabaseLock::Outcome::Acquired) {
            if (locked == DatabaseLock::Outcome::HeldElsewhere) {
                return Error::failure(
                    tr("The database %1 is already open in another Pactesur window or "
                       "program. Close it there, then try again.")
                        .arg(QDir::toNativeSeparators(db->m_path)));
            }
            return Error::failure(tr("Cannot lock the database %1: its folder is not writable.")
                                      .arg(QDir::toNativeSeparators(db->m_path)));
        }
    } else if (!info.exists()) {
        return Error::rejected(
            tr("The database %1 does not exist.").arg(QDir::toNativeSeparators(db->m_path)));
    }

    db->m_connectionName = QStringLiteral("pactesur-") + QUuid::createUuid().toString();
    QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    sql.setDatabaseName(db->m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (!db->isWritable())
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    sql.setConnectOptions(connectOptions);
    if (!sql.open()) {
        return Error::failure(
            tr("Cannot open the database %1: %2")
                .arg(QDir::toNativeSeparators(db->m_path), sql.lastError().text()));
    }
    if (Status status = db->checkApplicationId(); !status)
        return status.error();
    if (Status status = db->configure(); !status)
        return status.error();
    if (Status status = db->migrate(); !status)
        return status.error();
    return db;
}

Database::~Database()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase sql = QSqlDatabase::database(m_connectionName, false);
            if (sql.isOpen() && isWritable()) {
                // Fold the WAL back so the file can be copied as it is.
                QSqlQuery(sql).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            }
            sql.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString Database::defaultPath()
{
    if (const QByteArray fromEnv = qgetenv("PACTESUR_DB"); !fromEnv.isEmpty())
        return QString::fromLocal8Bit(fromEnv);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/pactesur.db");
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    const QVariant value = sql().driver()->handle();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(value.constData());
}

int Database::schemaVersion() const
{
    return pragma(sql(), QStringLiteral("PRAGMA user_version")).toInt();
}

Status Database::executeScript(const QString &script)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(handle(), script.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return sqlError(tr("updating the database structure"), detail);
    }
    return {};
}

Error Database::sqlError(const QString &doing, const QString &detail)
{
    if (detail.contains(QLatin1String("disk is full"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("database or disk is full"), Qt::CaseInsensitive)) {
        return Error::failure(tr("The disk is full: nothing was changed. Free some space, then "
                                 "try again."));
    }
    if (detail.contains(QLatin1String("locked"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("busy"), Qt::CaseInsensitive)) {
        return Error::failure(tr("The database is busy in another program: nothing was changed."));
    }
    return Error::failure(tr("Database error while %1: %2").arg(doing, detail));
}

Status Database::checkApplicationId()
{
    QSqlQuery query(sql());
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        // SQLite reports a non-database file only when it first reads it. A file that could
        // not be read (an I/O error) is not called damaged: it may be perfectly sound.
        const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
        if (code != 0 && code != SQLITE_NOTADB && code != SQLITE_CORRUPT)
            return sqlError(tr("opening the database"), query.lastError().text());
        return Error::rejected(tr("%1 is not a Pactesur database, or it is damaged.")
                                   .arg(QDir::toNativeSeparators(m_path)));
    }
    const qint64 applicationId = query.value(0).toLongLong();
    if (applicationId == kApplicationId)
        return {};
    const qint64 objects
        = pragma(sql(), QStringLiteral("SELECT count(*) FROM sqlite_schema")).toLongLong();
    if (applicationId == 0 && objects == 0)
        return {}; // a new, empty file: ours to create
    return Error::rejected(
        tr("%1 is not a Pactesur database.").arg(QDir::toNativeSeparators(m_path)));
}

Status Database::configure()
{
    // For the lists' folded comparisons (the schema never uses it).
    if (!textfold::registerSqlFunction(handle()))
        return sqlError(tr("opening the database"), QStringLiteral("pactesur_fold"));
    QSqlQuery query(sql());
    const QStringList pragmas
        = {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL"),
            // Erased personal data must not linger in free pages.
            QStringLiteral("PRAGMA secure_delete = ON")};
    for (const QString &statement : pragmas) {
        if (!query.exec(statement))
            return sqlError(tr("opening the database"), query.lastError().text());
    }
    if (isWritable()) {
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return sqlError(tr("opening the database"), query.lastError().text());
    }
    return {};
}

Status Database::migrate()
{
    // Read with its error: a failed read taken for version 0 would run every migration
    // from the first over a database that needs none.
    QSqlQuery version(sql());
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return sqlError(tr("opening the database"), version.lastError().text());
    const int current = version.value(0).toInt();
    const int latest = Migrations::latestVersion();
    if (current > latest) {
        return Error::rejected(tr("This database was made by a newer version of Pactesur "
                                  "(schema version %1; this version knows up to %2). Update "
                                  "Pactesur to open it.")
                                   .arg(current)
                                   .arg(latest));
    }
    if (current == latest)
        return {};
    if (!isWritable()) {
        return Error::rejected(tr("The database %1 needs an update that a read-only opening "
                                  "cannot make.")
                                   .arg(QDir::toNativeSeparators(m_path)));
    }
    return Migrations::apply(*this, current);
}

Transaction::Transaction(const Database &db)
    : m_sql(db.sql())
{
    m_open = m_sql.transaction();
}

Transaction::~Transaction()
{
    if (m_open)
        m_sql.rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return Database::sqlError(Database::tr("starting a transaction"), m_sql.lastError().text());
    m_open = false;
    if (!m_sql.commit()) {
        const QString detail = m_sql.lastError().text();
        m_sql.rollback();
        return Database::sqlError(Database::tr("saving changes"), detail);
    }
    return {};
}

} // namespace pactesur
