// SPDX-License-Identifier: EUPL-1.2
#include "migrations.h"

#include "database.h"
#include "exchange/ownershiprepair.h"
#include "exchange/writers.h"
#include "store/textindex.h"

#include <QFile>

namespace pactesur {

namespace {
// Index = version - 1. Append only; never edit a released script.
const char *const kScripts[] = {
    ":/pactesur/sql/schema_v1.sql",
    ":/pactesur/sql/schema_v2.sql",
    ":/pactesur/sql/schema_v3.sql",
    ":/pactesur/sql/schema_v4.sql",
    ":/pactesur/sql/schema_v5.sql",
    ":/pactesur/sql/schema_v6.sql",
    ":/pactesur/sql/schema_v7.sql",
    ":/pactesur/sql/schema_v8.sql",
    ":/pactesur/sql/schema_v9.sql",
};

// What a version needs beyond its script, inside the same transaction.
Status afterScript(Database &db, int version)
{
    if (version == 4) {
        Result<OwnershipRepairReport> repaired = OwnershipRepair::run(db);
        return repaired ? Status() : Status(repaired.error());
    }
    if (version == 6)
        return TextIndex::rebuild(db);
    return {};
}
} // namespace

int Migrations::latestVersion()
{
    return int(std::size(kScripts));
}

QString Migrations::script(int version)
{
    QFile file(QString::fromLatin1(kScripts[version - 1]));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

Status Migrations::apply(Database &db, int fromVersion)
{
    for (int version = fromVersion + 1; version <= latestVersion(); ++version) {
        QString body = script(version);
        if (version == 1) {
            body += QStringLiteral("\nPRAGMA application_id = %1;").arg(Database::kApplicationId);
        }
        const QString wrapped = QStringLiteral("BEGIN IMMEDIATE;\n%1\nPRAGMA user_version = %2;")
                                    .arg(body)
                                    .arg(version);
        Status status = db.executeScript(wrapped);
        if (status)
            status = afterScript(db, version);
        if (status)
            status = db.executeScript(QStringLiteral("COMMIT;"));
        if (!status) {
            (void)db.executeScript(QStringLiteral("ROLLBACK;"));
            return status;
        }
    }
    return {};
}

} // namespace pactesur
