// SPDX-License-Identifier: EUPL-1.2
#include "generator.h"

#include "model/fieldcodec.h"
#include "model/kinds.h"
#include "seed/generatorsteps.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "store/replica.h"
#include "util/uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

namespace generation {

namespace {

const char *const kWords[] = {"night", "safety", "patrol", "tourism", "crowd", "festival", "square",
    "market", "youth", "prevention", "mediation", "camera", "lighting", "station", "harbour",
    "stadium", "school", "community", "women", "recruitment", "training", "crisis", "flood", "heat",
    "refugee", "reception", "private", "partnership", "citizen", "panel", "dialogue", "bike",
    "beach", "old town", "transport", "retail", "bar", "noise", "graffiti", "park"};
// A country with one of its languages, so that a city's sheets are written in it.
const char *const kCountryLanguages[][2]
    = {{"FR", "fr"}, {"IT", "it"}, {"ES", "es"}, {"ES", "ca"}, {"BE", "nl"}, {"BE", "fr"},
        {"PT", "pt"}, {"PL", "pl"}, {"GR", "el"}, {"HU", "hu"}, {"SK", "sk"}, {"LV", "lv"},
        {"LT", "lt"}, {"EE", "et"}, {"NL", "nl"}, {"IE", "en"}, {"MT", "en"}};
const char *const kLegalBases[]
    = {"public_task", "public_task", "public_task", "legitimate_interest", "consent"};

const QString kCoordinator = QStringLiteral("coordinator");

} // namespace

QString Random::words(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << pick(kWords);
    QString text = list.join(QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text;
}

QStringList Random::sample(const QStringList &items, int count)
{
    QStringList pool = items;
    QStringList chosen;
    while (chosen.size() < count && !pool.isEmpty())
        chosen << pool.takeAt(below(int(pool.size())));
    return chosen;
}

QString Context::daysAgo(int days)
{
    return now.addDays(-days).addSecs(-random.below(86400)).toString(Qt::ISODate);
}

QString storedList(const QStringList &items)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

QStringList themeSlugs()
{
    return {QStringLiteral("safe_nightlife"), QStringLiteral("crisis_management"),
        QStringLiteral("tourism_security"), QStringLiteral("local_polarisation"),
        QStringLiteral("refugee_reception"), QStringLiteral("police_recruitment"),
        QStringLiteral("private_sector"), QStringLiteral("citizen_participation"),
        QStringLiteral("police_exchanges")};
}

Status addCities(Context &context)
{
    const KindSpec &kind = Kinds::get(QStringLiteral("cities"));
    Random &random = context.random;
    const QString now = context.now.toString(Qt::ISODate);
    for (int i = 0; context.cities.size() < context.plan.networkCities; ++i) {
        const QString slug
            = QStringLiteral("generated-%1-%2").arg(context.seed).arg(i, 3, 10, QLatin1Char('0'));
        const QString id = RecordStore::nameBasedId(kind, {slug});
        const auto &[country, language]
            = kCountryLanguages[random.below(int(std::size(kCountryLanguages)))];
        const QVariantMap values = {{QStringLiteral("slug"), slug},
            {QStringLiteral("name"),
                random.words(1) + QStringLiteral("ville ") + QString::number(i)},
            {QStringLiteral("country"), QString::fromLatin1(country)},
            {QStringLiteral("role"), QStringLiteral("associated")},
            {QStringLiteral("languages"), storedList({QString::fromLatin1(language)})},
            {QStringLiteral("latitude"), 36.0 + random.below(3000) / 100.0},
            {QStringLiteral("longitude"), -9.0 + random.below(3500) / 100.0}};
        if (Status status = context.rows.insert(kind, id, id, values, context.rows.next(now));
            !status)
            return status;
        context.cities.append({id, QString::fromLatin1(language)});
        context.cityIds << id;
        ++context.counts.cities;
    }
    return {};
}

// A few working groups, each led by a city; every city joins none to three of them.
Status addGroups(Context &context)
{
    const KindSpec &groups = Kinds::get(QStringLiteral("groups"));
    const KindSpec &memberships = Kinds::get(QStringLiteral("memberships"));
    Random &random = context.random;
    const QStringList themes = themeSlugs();
    auto join = [&](const QString &group, const QString &city, const char *role) {
        const QString id = RecordStore::nameBasedId(memberships, {group, city});
        const QVariantMap values = {{QStringLiteral("group"), group},
            {QStringLiteral("city"), city}, {QStringLiteral("role"), QString::fromLatin1(role)}};
        ++context.counts.memberships;
        return context.rows.insert(
            memberships, id, kCoordinator, values, context.rows.next(context.daysAgo(400)));
    };
    QHash<QString, QString> leads; // group -> its lead city
    for (int i = 0; i < context.plan.groups; ++i) {
        const QString id = uuid::create();
        const QString lead = random.pick(context.cityIds);
        const QVariantMap values = {{QStringLiteral("name"), random.words(3)},
            {QStringLiteral("theme"), themes.at(i % themes.size())},
            {QStringLiteral("lead_city"), lead}, {QStringLiteral("objectives"), random.words(30)},
            {QStringLiteral("status"),
                random.percent(85) ? QStringLiteral("active") : QStringLiteral("closed")}};
        if (Status status = context.rows.insert(
                groups, id, kCoordinator, values, context.rows.next(context.daysAgo(500)));
            !status)
            return status;
        context.groups << id;
        leads.insert(id, lead);
        ++context.counts.groups;
        if (Status status = join(id, lead, "lead"); !status)
            return status;
    }
    static const int kGroupsPerCity[] = {20, 45, 25, 10}; // none, one, two, three
    for (const QString &city : std::as_const(context.cityIds)) {
        for (const QString &group :
            random.sample(context.groups, random.weighted(kGroupsPerCity))) {
            if (leads.value(group) == city)
                continue;
            if (Status status = join(group, city, random.percent(10) ? "observer" : "member");
                !status)
                return status;
        }
    }
    return {};
}

Status addContacts(Context &context)
{
    const KindSpec &kind = Kinds::get(QStringLiteral("contacts"));
    Random &random = context.random;
    const QDate projectStart(2023, 9, 1);
    for (int i = 0; i < context.plan.contacts; ++i) {
        const City &city = context.cities.at(random.below(int(context.cities.size())));
        QVariantMap values = {{QStringLiteral("name"), random.words(2)},
            {QStringLiteral("function"), random.words(2)}, {QStringLiteral("city"), city.id},
            {QStringLiteral("email"), QStringLiteral("contact%1@example.org").arg(i)},
            {QStringLiteral("languages"), storedList({city.language})},
            {QStringLiteral("legal_basis"), random.pick(kLegalBases)},
            // Reviews fall due over four years: few early on, most by the end.
            {QStringLiteral("review_by"),
                projectStart.addDays(random.below(1460)).toString(Qt::ISODate)}};
        if (random.percent(50))
            values.insert(QStringLiteral("phone"),
                QStringLiteral("+%1 %2").arg(30 + random.below(60)).arg(1000000 + i));
        const QString id = uuid::create();
        if (Status status = context.rows.insert(
                kind, id, city.id, values, context.rows.next(context.daysAgo(random.below(700))));
            !status)
            return status;
        context.contactsByCity[city.id] << id;
        ++context.counts.contacts;
    }
    return {};
}

} // namespace generation

std::optional<Generator::Scale> Generator::scaleFromName(const QString &name)
{
    if (name == QLatin1String("small"))
        return Scale::Small;
    if (name == QLatin1String("network"))
        return Scale::Network;
    if (name == QLatin1String("network4"))
        return Scale::Network4;
    return std::nullopt;
}

GenerationPlan Generator::plan(Scale scale)
{
    // DESIGN.md section 9: 250 cities, 100,000 activities, 20,000 sheets and contacts.
    const GenerationPlan network {250, 100000, 20000, 20000, 12, 200};
    switch (scale) {
    case Scale::Small:
        return {15, 500, 200, 200, 4, 8}; // the seeded cities only
    case Scale::Network:
        return network;
    case Scale::Network4:
        return {4 * network.networkCities, 4 * network.activities, 4 * network.sheets,
            4 * network.contacts, 4 * network.groups, 4 * network.attachments};
    }
    return network;
}

Result<GeneratedCounts> Generator::generate(Database &db, Scale scale, quint32 seed)
{
    const Identity identity = Replica::load(db);
    if (!identity.isCoordinator())
        return Error::rejected(tr("Only the coordinator's database can generate records."));

    Transaction transaction(db);
    QSqlQuery counterQuery(db.sql());
    counterQuery.exec(QStringLiteral("SELECT counter FROM local_replica"));
    StampedRowWriter rows(
        db, identity, counterQuery.next() ? counterQuery.value(0).toLongLong() : 0);
    generation::Random random(seed);
    // Whole seconds, the stored form of every time.
    const QDateTime now
        = QDateTime::fromSecsSinceEpoch(db.clock().now().toSecsSinceEpoch(), Qt::UTC);
    generation::Context context {db, rows, random, plan(scale), seed, now, {}, {}, {}, {}, {}, {}};

    QSqlQuery cities(db.sql());
    cities.exec(QStringLiteral("SELECT id, languages FROM city WHERE deleted = 0 ORDER BY id"));
    while (cities.next()) {
        const QStringList languages = FieldCodec::listItems(cities.value(1));
        context.cities.append({cities.value(0).toString(),
            languages.isEmpty() ? QStringLiteral("en") : languages.first()});
        context.cityIds << cities.value(0).toString();
    }

    using Step = Status (*)(generation::Context &);
    for (Step step : {Step(generation::addCities), Step(generation::addGroups),
             Step(generation::addContacts), Step(generation::addActivities),
             Step(generation::addAttachments), Step(generation::addSheets)}) {
        if (Status status = step(context); !status)
            return status.error();
    }

    QSqlQuery updateCounter(db.sql());
    updateCounter.prepare(QStringLiteral("UPDATE local_replica SET counter = ?"));
    updateCounter.addBindValue(rows.counter());
    if (!updateCounter.exec())
        return Database::sqlError(
            Database::tr("saving a record"), updateCounter.lastError().text());
    if (Status status = transaction.commit(); !status)
        return status.error();
    return context.counts;
}

} // namespace pactesur
