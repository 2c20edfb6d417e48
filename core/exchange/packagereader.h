// SPDX-License-Identifier: EUPL-1.2
// Opens a package as hostile input (DESIGN.md section 7) and hands out its validated
// manifest and records. Nothing here writes anywhere.
#pragma once

#include "exchange/authority.h"
#include "exchange/packagerecord.h"
#include "trust/roster.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace pactesur {

class Database;
class PrivateFolder;

struct Manifest
{
    QString senderReplica;
    QString senderRole; // coordinator / liaison
    QString senderCity; // the liaison's city id
    QString createdAt;
    QString kind; // full / delta
    VersionVector base;
    VersionVector knowledge;
    QString digest;
    QString roster; // the coordinator's roster (JSON), in the coordinator's packages
    // The package was signed by the sender's enrolled key, and the sender is who the
    // manifest says (issue 14): what the preview calls "verified".
    bool verified = false;
    // Whom each replica whose writes the package holds writes for, the sender included.
    Principals writers;
};

class PackageReader
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::PackageReader)
public:
    PackageReader();
    ~PackageReader();
    PackageReader(const PackageReader &) = delete;
    PackageReader &operator=(const PackageReader &) = delete;
    // A signed and sealed package (issue 14): verified and decrypted into a private folder
    // removed with this reader, then opened as below. `db` gives the roster and the keys.
    Status open(const QString &path, const Database &db);
    // The SQLite package itself, already verified and decrypted (and the tests of its
    // checks): size bound, hardened read-only open, quick_check, schema allow-list, manifest.
    Status openUnsealed(const QString &path);
    // The roster entry of the key that signed the package (after open()).
    const RosterEntry &signer() const { return m_signer; }
    const Manifest &manifest() const { return m_manifest; }
    // Every record, validated, kinds in reference order. A malformed record rejects the
    // whole package: it was not written by Pactesur.
    Status forEachRecord(const std::function<Status(const PackageRecord &)> &visit);
    // The bytes of an attachment, checked against their hash; empty when absent.
    Result<QByteArray> blob(const QString &sha256);
    QString fileDigest() const { return m_fileDigest; }
    // The verified, decrypted SQLite file (after open()); it lives as long as the reader.
    QString plainPath() const { return m_plainPath; }
    // How many records the manifest says the package holds.
    int declaredRecords() const { return m_total; }

    struct Budget; // how long SQLite may work on the package (opaque)

private:
    Error invalid(const QString &reason) const;
    Error unreadable(int sqliteCode) const; // a read that failed, not a bad package
    using Conflicts = QHash<QString, QMap<QString, QList<FieldWrite>>>; // by record id

    Status checkSchema();
    Status readManifest();
    int stepWithinBudget(sqlite3_stmt *statement);
    Status readConflicts(Conflicts *conflicts);
    Status readRecords(
        const Conflicts &conflicts, const std::function<Status(const PackageRecord &)> &visit);
    // An id two records of the package share, if any (empty if none).
    Result<QString> repeatedId();

    sqlite3 *m_handle = nullptr;
    std::unique_ptr<Budget> m_budget;
    qint64 m_wholeFileBudgetMs = 0; // SQLite's time to read all of this package
    QString m_path;
    QString m_plainPath;
    QString m_fileDigest;
    int m_total = 0;
    Manifest m_manifest;
    RosterEntry m_signer;
    std::unique_ptr<PrivateFolder> m_plainFolder;
};

} // namespace pactesur
