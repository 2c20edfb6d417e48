// SPDX-License-Identifier: EUPL-1.2
#include "generator.h"

#include "model/kinds.h"
#include "store/database.h"
#include "store/replica.h"
#include "store/rowwriter.h"
#include "util/uuid.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <random>

namespace pactesur {

namespace {

struct Sizes
{
    int cities, activities, sheets, contacts;
};

const char *const kWords[] = {"night", "safety", "patrol", "tourism", "crowd", "festival", "square",
    "market", "youth", "prevention", "mediation", "camera", "lighting", "station", "harbour",
    "stadium", "school", "community", "women", "recruitment", "training", "crisis", "flood", "heat",
    "refugee", "reception", "private", "partnership", "citizen", "panel", "dialogue", "bike",
    "beach", "old town", "transport", "retail", "bar", "noise", "graffiti", "park"};
const char *const kActivityKinds[] = {"meeting", "police_staff_exchange", "academy", "training",
    "study_visit", "workshop", "webinar", "steering_committee", "communication", "other"};
const char *const kSheetStatuses[]
    = {"draft", "submitted", "changes_requested", "validated", "published"};
const char *const kSensitivities[] = {"public", "partners", "restricted"};
const char *const kLanguages[]
    = {"en", "fr", "nl", "it", "es", "ca", "pt", "pl", "el", "hu", "sk", "lv", "lt", "et"};
const char *const kCountries[]
    = {"FR", "IT", "ES", "BE", "PT", "PL", "GR", "HU", "SK", "LV", "LT", "EE", "DE", "NL"};
const char *const kThemes[] = {"safe_nightlife", "crisis_management", "tourism_security",
    "local_polarisation", "refugee_reception", "police_recruitment", "private_sector",
    "citizen_participation", "police_exchanges"};

class Random
{
public:
    explicit Random(quint32 seed)
        : m_engine(seed)
    { }
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_engine); }
    template<typename T, size_t N>
    QString pick(const T (&items)[N])
    {
        return QString::fromUtf8(items[below(int(N))]);
    }
    QString words(int count)
    {
        QStringList list;
        for (int i = 0; i < count; ++i)
            list << pick(kWords);
        QString text = list.join(QLatin1Char(' '));
        text[0] = text[0].toUpper();
        return text;
    }

private:
    std::mt19937 m_engine;
};

} // namespace

std::optional<Generator::Scale> Generator::scaleFromName(const QString &name)
{
    if (name == QLatin1String("small"))
        return Scale::Small;
    if (name == QLatin1String("network"))
        return Scale::Network;
    return std::nullopt;
}

Result<GeneratedCounts> Generator::generate(Database &db, Scale scale, quint32 seed)
{
    const Identity identity = Replica::load(db);
    if (!identity.isCoordinator())
        return Error::rejected(tr("Only the coordinator's database can generate records."));
    const Sizes sizes
        = scale == Scale::Network ? Sizes {235, 100000, 20000, 20000} : Sizes {0, 500, 200, 200};
    Random random(seed);
    const QString now = db.clock().nowIso();
    const QDate projectStart(2023, 9, 1);

    Transaction transaction(db);
    QSqlQuery counterQuery(db.sql());
    counterQuery.exec(QStringLiteral("SELECT counter FROM local_replica"));
    qint64 counter = counterQuery.next() ? counterQuery.value(0).toLongLong() : 0;

    QStringList cityIds;
    QSqlQuery cities(db.sql());
    cities.exec(QStringLiteral("SELECT id FROM city WHERE deleted = 0"));
    while (cities.next())
        cityIds << cities.value(0).toString();

    GeneratedCounts counts;
    auto write = [&](const char *kindName, const QString &id, const QString &owner,
                     const QVariantMap &values) {
        const KindSpec &kind = Kinds::get(QString::fromLatin1(kindName));
        const QJsonArray dot = {identity.replicaId, ++counter, now};
        QJsonObject dots = {{QStringLiteral("deleted"), dot}};
        for (auto it = values.begin(); it != values.end(); ++it)
            dots.insert(it.key(), dot);
        RowMeta meta;
        meta.id = id;
        meta.owner = owner;
        meta.createdAt = now;
        meta.updatedAt = now;
        meta.versionVector = QString::fromUtf8(QJsonDocument(
            QJsonObject {
                {identity.replicaId, counter}}).toJson(QJsonDocument::Compact));
        meta.dots = QString::fromUtf8(QJsonDocument(dots).toJson(QJsonDocument::Compact));
        return RowWriter::insert(db, kind, meta, values);
    };
    auto list = [](const QStringList &items) {
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
    };

    for (int i = 0; i < sizes.cities; ++i) {
        const QString slug
            = QStringLiteral("generated-%1-%2").arg(seed).arg(i, 3, 10, QLatin1Char('0'));
        const QString id = uuid::fromName(QStringLiteral("city:") + slug);
        const QVariantMap values = {{QStringLiteral("slug"), slug},
            {QStringLiteral("name"),
                random.words(1) + QStringLiteral("ville ") + QString::number(i)},
            {QStringLiteral("country"), random.pick(kCountries)},
            {QStringLiteral("role"), QStringLiteral("associated")},
            {QStringLiteral("languages"), list({random.pick(kLanguages)})},
            {QStringLiteral("latitude"), 36.0 + random.below(3000) / 100.0},
            {QStringLiteral("longitude"), -9.0 + random.below(3500) / 100.0}};
        if (Status status = write("cities", id, id, values); !status)
            return status.error();
        cityIds << id;
        ++counts.cities;
    }
    for (int i = 0; i < sizes.activities; ++i) {
        const QDate start = projectStart.addDays(random.below(730));
        const QVariantMap values = {{QStringLiteral("kind"), random.pick(kActivityKinds)},
            {QStringLiteral("title"), random.words(3)},
            {QStringLiteral("start"), start.toString(Qt::ISODate)},
            {QStringLiteral("end"), start.addDays(random.below(4)).toString(Qt::ISODate)},
            {QStringLiteral("host_city"), cityIds.at(random.below(int(cityIds.size())))},
            {QStringLiteral("status"),
                start < QDate(2025, 6, 1) ? QStringLiteral("done") : QStringLiteral("planned")},
            {QStringLiteral("description"), random.words(25)}};
        if (Status status
            = write("activities", uuid::create(), QStringLiteral("coordinator"), values);
            !status)
            return status.error();
        ++counts.activities;
    }
    // One sheet in four is a translation of an earlier one, so that lists have language
    // families to choose from.
    struct Original
    {
        QString id, city, language;
    };
    QList<Original> originals;
    QSet<QString> translated; // source id + language
    for (int i = 0; i < sizes.sheets; ++i) {
        QString city = cityIds.at(random.below(int(cityIds.size())));
        QVariantMap values = {{QStringLiteral("title"), random.words(4)},
            {QStringLiteral("themes"), list({random.pick(kThemes)})},
            {QStringLiteral("language"), random.pick(kLanguages)},
            {QStringLiteral("status"), random.pick(kSheetStatuses)},
            {QStringLiteral("sensitivity"), random.pick(kSensitivities)},
            {QStringLiteral("summary"), random.words(40)},
            {QStringLiteral("context"), random.words(60)},
            {QStringLiteral("actions"), random.words(60)}};
        const QString id = uuid::create();
        if (i % 4 == 3 && !originals.isEmpty()) {
            const Original &source = originals.at(random.below(int(originals.size())));
            const QString language = values.value(QStringLiteral("language")).toString();
            if (language != source.language && !translated.contains(source.id + language)) {
                translated.insert(source.id + language);
                city = source.city;
                values.insert(QStringLiteral("translation_of"), source.id);
            }
        }
        values.insert(QStringLiteral("city"), city);
        if (!values.contains(QStringLiteral("translation_of")))
            originals.append({id, city, values.value(QStringLiteral("language")).toString()});
        if (Status status = write("sheets", id, city, values); !status)
            return status.error();
        ++counts.sheets;
    }
    for (int i = 0; i < sizes.contacts; ++i) {
        const QString city = cityIds.at(random.below(int(cityIds.size())));
        const QVariantMap values = {{QStringLiteral("name"), random.words(2)},
            {QStringLiteral("function"), random.words(2)}, {QStringLiteral("city"), city},
            {QStringLiteral("email"), QStringLiteral("contact%1@example.org").arg(i)},
            {QStringLiteral("legal_basis"), QStringLiteral("public_task")},
            {QStringLiteral("review_by"),
                projectStart.addDays(random.below(1200)).toString(Qt::ISODate)}};
        if (Status status = write("contacts", uuid::create(), city, values); !status)
            return status.error();
        ++counts.contacts;
    }
    QSqlQuery updateCounter(db.sql());
    updateCounter.prepare(QStringLiteral("UPDATE local_replica SET counter = ?"));
    updateCounter.addBindValue(counter);
    updateCounter.exec();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return counts;
}

} // namespace pactesur
