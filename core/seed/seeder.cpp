// SPDX-License-Identifier: EUPL-1.2
#include "seeder.h"

#include "model/kinds.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "util/uuid.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace pactesur {

namespace {

// Bump when the seed files change, so existing databases pick up the new records.
constexpr int kSeedVersion = 1;
// The project's start: every seed record was "written" then, on every installation.
const char kSeedTimestamp[] = "2023-09-01T00:00:00Z";

struct SeedFile
{
    const char *kind;
    const char *resource;
};

// Order matters: references point to records seeded before them.
const SeedFile kSeedFiles[] = {
    {"projects", ":/pactesur/seed/project.json"},
    {"themes", ":/pactesur/seed/themes.json"},
    {"cities", ":/pactesur/seed/cities.json"},
    {"organisations", ":/pactesur/seed/organisations.json"},
    {"activities", ":/pactesur/seed/activities.json"},
};

QString asText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << item.toString();
        return items.join(QLatin1Char(','));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 10);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

QJsonArray readSeedFile(const char *resource)
{
    QFile file(QString::fromLatin1(resource));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    return document.isArray() ? document.array() : QJsonArray {document.object()};
}

bool exists(const Database &db, const KindSpec &kind, const QString &id)
{
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(kind.table));
    query.addBindValue(id);
    return query.exec() && query.next();
}

} // namespace

QString Seeder::seedReplicaId()
{
    return uuid::fromName(QStringLiteral("replica:seed"));
}

Result<int> Seeder::seed(Database &db)
{
    QSqlQuery version(db.sql());
    version.exec(QStringLiteral("SELECT value FROM local_setting WHERE key = 'seed_version'"));
    if (version.next() && version.value(0).toInt() >= kSeedVersion)
        return 0;

    RecordStore store(db);
    Transaction transaction(db);
    int added = 0;
    for (const SeedFile &file : kSeedFiles) {
        const KindSpec &kind = Kinds::get(QString::fromLatin1(file.kind));
        for (const QJsonValue &entry : readSeedFile(file.resource)) {
            const QJsonObject object = entry.toObject();
            const QString slug = object.value(QStringLiteral("slug")).toString();
            RecordStore::FixedStamp stamp;
            stamp.id = RecordStore::nameBasedId(kind, {slug});
            stamp.owner
                = kind.ownerField == QLatin1String("id") ? stamp.id : QStringLiteral("coordinator");
            stamp.replicaId = seedReplicaId();
            stamp.timestamp = QString::fromLatin1(kSeedTimestamp);
            if (exists(db, kind, stamp.id))
                continue;
            TextValues values;
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (kind.field(it.key()) && !asText(it.value()).isEmpty())
                    values.insert(it.key(), asText(it.value()));
            }
            if (Status status = store.createFixed(kind, stamp, values); !status) {
                return Error::failure(tr("The built-in data could not be loaded (%1 “%2”): %3")
                                          .arg(kind.name, slug, status.error().message));
            }
            ++added;
        }
    }
    QSqlQuery mark(db.sql());
    mark.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO local_setting (key, value) VALUES ('seed_version', ?)"));
    mark.addBindValue(kSeedVersion);
    if (!mark.exec())
        return Error::failure(tr("The built-in data could not be loaded."));
    if (Status status = transaction.commit(); !status)
        return status.error();
    return added;
}

} // namespace pactesur
