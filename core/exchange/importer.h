// SPDX-License-Identifier: EUPL-1.2
// Imports a package: validate, preview, back up, merge in one transaction, record it.
#pragma once

#include "exchange/notices.h"
#include "exchange/packagereader.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSet>

#include <atomic>
#include <functional>

namespace pactesur {

class Database;

struct Rejection
{
    QString kind;
    QString id;
    QString reason;
    QString title;
};

struct ImportChange
{
    QString kind;
    QString id;
    QString title;
    QStringList fields; // the fields whose shown value changes
    bool isNew = true; // else an update of a record held here
    QStringList conflictFields; // fields in conflict now that were not before
};

struct ImportReport
{
    Manifest manifest;
    QString fileDigest;
    int created = 0; // "new"
    int updated = 0;
    int unchanged = 0;
    int conflicts = 0; // records with a conflict that was not there before
    QList<Rejection> rejected;
    // New and updated records, for the preview: at most kMaxListed of them (those with a
    // new conflict always), so that an import's memory does not grow with the package.
    static constexpr int kMaxListed = 5000;
    QList<ImportChange> changes;
    int changesNotListed = 0; // new and updated records beyond the bound
    QSet<QString> changedKinds; // the kinds of every new or updated record
    QStringList notices; // e.g. an edit overruled by an erasure
    QList<Notice> refusals; // the refused writes, for the inbox (at most kMaxPerImport)
    bool applied = false;
    QString backupPath;
};

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::Importer)
public:
    struct Options
    {
        bool dryRun = false;
        bool backup = true; // tests of merge rules skip it; every real import makes one
        QString backupFolder; // default: "backups" beside the database
        int keepBackups = 10;
        // Merge every record the package is read for, with none of the shortcuts that
        // tell a record's outcome from its stored texts: the tests' yardstick that those
        // shortcuts change nothing. (A package whose every write is known here is still
        // not read at all.)
        bool mergeEveryRecord = false;
        const std::atomic_bool *cancel = nullptr;
        // Told once the package passed its checks, before its records are read: who sent
        // it, when, and how many records it says it holds.
        std::function<void(const Manifest &manifest, int declaredRecords)> opened;
        std::function<void(int done)> progress;
    };
    static Result<ImportReport> run(
        Database &db, const QString &packagePath, const Options &options);
    static QString defaultBackupFolder(const Database &db);
    // VACUUM INTO a dated file, then keep only the newest `keep` backups.
    static Result<QString> backup(Database &db, const QString &folder, int keep);
    static void keepNewestBackups(const Database &db, const QString &folder, int keep);
};

} // namespace pactesur
