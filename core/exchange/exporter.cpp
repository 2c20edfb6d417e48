// SPDX-License-Identifier: EUPL-1.2
#include "exporter.h"

#include "exchange/knowledge.h"
#include "exchange/packageformat.h"
#include "exchange/statestore.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/replica.h"
#include "util/uuid.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

namespace pactesur {

namespace {

class PackageFile
{
public:
    ~PackageFile()
    {
        sqlite3_finalize(m_insertRecord);
        sqlite3_finalize(m_insertBlob);
        sqlite3_close(m_handle);
    }
    bool open(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
            return false;
        const QByteArray setup = QByteArray("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA application_id = ")
            + QByteArray::number(package::kApplicationId) + "; PRAGMA user_version = " + QByteArray::number(package::kFormatVersion)
            + ";" + package::kSchema + "BEGIN;";
        return exec(setup)
            && sqlite3_prepare_v2(m_handle, "INSERT INTO record VALUES (?, ?, ?, ?, ?, ?)", -1, &m_insertRecord, nullptr) == SQLITE_OK
            && sqlite3_prepare_v2(m_handle, "INSERT OR IGNORE INTO blob VALUES (?, ?)", -1, &m_insertBlob, nullptr) == SQLITE_OK;
    }
    bool exec(const QByteArray &sql) { return sqlite3_exec(m_handle, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK; }
    bool addRecord(const QList<QByteArray> &values)
    {
        for (int i = 0; i < values.size(); ++i)
            sqlite3_bind_text(m_insertRecord, i + 1, values.at(i).constData(), int(values.at(i).size()), SQLITE_TRANSIENT);
        const bool ok = sqlite3_step(m_insertRecord) == SQLITE_DONE;
        sqlite3_reset(m_insertRecord);
        return ok;
    }
    bool addBlob(const QByteArray &sha, const QByteArray &data)
    {
        sqlite3_bind_text(m_insertBlob, 1, sha.constData(), int(sha.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(m_insertBlob, 2, data.constData(), int(data.size()), SQLITE_TRANSIENT);
        const bool ok = sqlite3_step(m_insertBlob) == SQLITE_DONE;
        sqlite3_reset(m_insertBlob);
        return ok;
    }
    bool setManifest(const QMap<QString, QString> &manifest)
    {
        for (auto it = manifest.begin(); it != manifest.end(); ++it) {
            sqlite3_stmt *statement = nullptr;
            sqlite3_prepare_v2(m_handle, "INSERT INTO manifest VALUES (?, ?)", -1, &statement, nullptr);
            const QByteArray key = it.key().toUtf8();
            const QByteArray value = it.value().toUtf8();
            sqlite3_bind_text(statement, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(statement, 2, value.constData(), int(value.size()), SQLITE_TRANSIENT);
            const bool ok = sqlite3_step(statement) == SQLITE_DONE;
            sqlite3_finalize(statement);
            if (!ok)
                return false;
        }
        return true;
    }
    bool commitAndClose()
    {
        const bool ok = exec("COMMIT;");
        sqlite3_finalize(m_insertRecord);
        sqlite3_finalize(m_insertBlob);
        m_insertRecord = m_insertBlob = nullptr;
        const bool closed = sqlite3_close(m_handle) == SQLITE_OK;
        m_handle = nullptr;
        return ok && closed;
    }

private:
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_insertRecord = nullptr;
    sqlite3_stmt *m_insertBlob = nullptr;
};

bool syncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

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
    if (!identity.isSet())
        return Error::rejected(tr("This database has no role yet. Choose one first: coordinator, or liaison of a city."));
    ExportSummary summary;
    summary.path = QFileInfo(path).absoluteFilePath();
    summary.kind = options.peer.isEmpty() ? QStringLiteral("full") : QStringLiteral("delta");
    VersionVector base;
    if (!options.peer.isEmpty()) {
        const std::optional<Peer> peer = Knowledge::findPeer(db, options.peer);
        if (!peer) {
            return Error::rejected(tr("No package has come from “%1” yet, so there is nothing to cut a delta from; "
                                      "export a full package instead.").arg(options.peer));
        }
        summary.peer = peer->replicaId;
        base = peer->acknowledged;
    }

    const QFileInfo target(summary.path);
    const QString temporary = target.absolutePath() + QStringLiteral("/.") + target.fileName()
        + QStringLiteral(".") + uuid::create().left(8) + QStringLiteral(".tmp");
    PackageFile file;
    auto discard = [&](const Error &error) {
        QFile::remove(temporary);
        return error;
    };
    if (!file.open(temporary))
        return discard(Error::failure(tr("Cannot write the package %1.").arg(QDir::toNativeSeparators(summary.path))));

    QCryptographicHash digest(QCryptographicHash::Sha256);
    int done = 0;
    bool failed = false;
    bool cancelled = false;
    for (const KindSpec *kind : StateStore::exchangedKinds()) {
        Status status = StateStore::forEach(db, *kind, [&](const RecordState &state) {
            if (options.cancel && options.cancel->load()) {
                cancelled = true;
                return false;
            }
            if (!options.peer.isEmpty() && versionvector::dominates(base, state.versionVector))
                return true; // the peer has all of it
            const QList<QByteArray> row = {kind->name.toUtf8(), state.id.toUtf8(), state.owner.toUtf8(), state.createdAt.toUtf8(),
                                           versionvector::toJson(state.versionVector).toUtf8(),
                                           QJsonDocument(state.registersToJson()).toJson(QJsonDocument::Compact)};
            for (const QByteArray &value : row)
                digest.addData(value + '\x1f');
            if (!file.addRecord(row)) {
                failed = true;
                return false;
            }
            if (kind->name == QLatin1String("attachments")) {
                QSqlQuery blob(db.sql());
                blob.prepare(QStringLiteral("SELECT sha256, data FROM attachment WHERE id = ? AND data IS NOT NULL"));
                blob.addBindValue(state.id);
                if (blob.exec() && blob.next() && !file.addBlob(blob.value(0).toString().toUtf8(), blob.value(1).toByteArray())) {
                    failed = true;
                    return false;
                }
            }
            summary.counts[kind->name]++;
            if (options.progress && ++done % 1000 == 0)
                options.progress(done, -1);
            return true;
        });
        if (!status)
            return discard(status.error());
        if (failed)
            return discard(Error::failure(tr("Cannot write the package %1: the disk may be full.").arg(QDir::toNativeSeparators(summary.path))));
        if (cancelled)
            return discard(Error::failure(tr("Export cancelled; no file was written.")));
    }

    QJsonObject counts;
    for (auto it = summary.counts.begin(); it != summary.counts.end(); ++it)
        counts.insert(it.key(), it.value());
    const QMap<QString, QString> manifest = {
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
        {QStringLiteral("knowledge"), versionvector::toJson(Knowledge::local(db))},
        {QStringLiteral("counts"), QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact))},
        {QStringLiteral("digest"), QString::fromLatin1(digest.result().toHex())},
    };
    if (!file.setManifest(manifest) || !file.commitAndClose() || !syncPath(temporary, false))
        return discard(Error::failure(tr("Cannot write the package %1: the disk may be full.").arg(QDir::toNativeSeparators(summary.path))));
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(summary.path).constData()) != 0)
        return discard(Error::failure(tr("Cannot write the package %1.").arg(QDir::toNativeSeparators(summary.path))));
    syncPath(target.absolutePath(), true);

    QSqlQuery ledger(db.sql());
    ledger.prepare(QStringLiteral("INSERT INTO ledger (id, direction, at, peer, file_name, digest, counts) VALUES (?, 'export', ?, ?, ?, ?, ?)"));
    ledger.addBindValue(uuid::create());
    ledger.addBindValue(db.clock().nowIso());
    ledger.addBindValue(summary.peer.isEmpty() ? QVariant() : QVariant(summary.peer));
    ledger.addBindValue(target.fileName());
    ledger.addBindValue(manifest.value(QStringLiteral("digest")));
    ledger.addBindValue(manifest.value(QStringLiteral("counts")));
    ledger.exec();
    return summary;
}

} // namespace pactesur
