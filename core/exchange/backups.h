// SPDX-License-Identifier: EUPL-1.2
// The automatic backups beside a database (one before every import and every restore):
// listing them, and bringing one back into the open database.
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace pactesur {

class Database;

struct BackupFile
{
    QString path;
    QDateTime takenAt; // UTC, from the file name (the file's time if the name has none)
    qint64 size = 0;
};

class Backups
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::Backups)
public:
    // The backups of `db` in Importer::defaultBackupFolder, newest first.
    static QList<BackupFile> list(const Database &db);
    static QString folder(const Database &db);

    // Backs up the current content, then copies `backupPath` into the open database with
    // SQLite's online backup: the file, its write lock and every other connection to it
    // stay valid, so no second program can slip in while the content changes. Returns the
    // backup taken first: restoring it undoes this restore.
    static Result<QString> restore(Database &db, const QString &backupPath);

    // Erasure reaches the backups (GDPR art. 17): every record this database holds as
    // deleted loses its personal fields in every backup too (a deleted contact is an erased
    // one), with its conflicts' candidate values and its notices' titles, and a backup so
    // changed is rewritten (VACUUM, secure_delete) so that no freed page keeps a byte of
    // them. Returns the backups that held such data; the others are not rewritten.
    static Result<QStringList> eraseDeletedPersonalData(const Database &db);
    // The backups that hold personal data of this record: the access report lists them.
    static QStringList holdingPersonalData(const Database &db, const QString &kind, const QString &id);
};

} // namespace pactesur
