// SPDX-License-Identifier: EUPL-1.2
// The keys commands of the CLI (issue 14): this replica's fingerprint and card, and the
// roster of trusted replicas (enrol a card, revoke keys).
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "store/replica.h"
#include "trust/card.h"
#include "trust/keyring.h"
#include "trust/roster.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace pactesur::cli {

namespace {

QString citySlug(const Database &db, const QString &cityId)
{
    if (cityId.isEmpty())
        return {};
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("SELECT slug FROM city WHERE id = ?"));
    query.addBindValue(cityId);
    return query.exec() && query.next() ? query.value(0).toString() : cityId;
}

QJsonObject describe(const Database &db, const QString &replica, const QString &role,
    const QString &city, const PublicKeys &keys)
{
    const QString slug = citySlug(db, city);
    return {{QStringLiteral("replica"), replica}, {QStringLiteral("role"), role},
        {QStringLiteral("city"), slug.isEmpty() ? QJsonValue() : QJsonValue(slug)},
        {QStringLiteral("fingerprint"), keys.fingerprint()}};
}

int show(Context &context)
{
    const Identity identity = Replica::load(*context.db);
    if (!identity.isSet())
        return fail(Error::rejected(Cli::tr("This database has no role yet. Choose one first: "
                                            "coordinator, or liaison of a city.")));
    if (Status status = Roster::enrolSelf(*context.db); !status)
        return fail(status.error());
    Result<std::unique_ptr<Keyring>> keyring = Keyring::open(*context.db);
    if (!keyring)
        return fail(keyring.error());
    const QJsonObject object = describe(*context.db, identity.replicaId, identity.role,
        identity.cityId, keyring.value()->publicKeys());
    if (context.args.json) {
        CliOutput::printJson(object);
    } else {
        CliOutput::out() << identity.describe() << '\n'
                         << Cli::tr("Fingerprint: %1")
                                .arg(object.value(QStringLiteral("fingerprint")).toString())
                         << Qt::endl;
    }
    return 0;
}

int list(Context &context)
{
    QJsonArray entries;
    for (const RosterEntry &entry : Roster::list(*context.db)) {
        QJsonObject object
            = describe(*context.db, entry.replica, entry.role, entry.city, entry.keys);
        object.insert(QStringLiteral("status"),
            entry.revoked ? QStringLiteral("revoked") : QStringLiteral("active"));
        entries.append(object);
    }
    if (context.args.json) {
        CliOutput::printJson(entries);
        return 0;
    }
    for (const QJsonValue &value : entries) {
        const QJsonObject object = value.toObject();
        CliOutput::out() << object.value(QStringLiteral("replica")).toString() << '\t'
                         << object.value(QStringLiteral("role")).toString() << '\t'
                         << object.value(QStringLiteral("city")).toString() << '\t'
                         << object.value(QStringLiteral("status")).toString() << '\t'
                         << object.value(QStringLiteral("fingerprint")).toString() << Qt::endl;
    }
    return 0;
}

int exportCard(Context &context)
{
    if (context.args.out.isEmpty())
        throw UsageError {
            Cli::tr("Usage: pactesur-cli %1").arg(QStringLiteral("keys export --out FILE"))};
    if (Status status = Cards::writeFile(*context.db, context.args.out); !status)
        return fail(status.error());
    return 0;
}

int trust(Context &context)
{
    Result<Card> card = Cards::readFile(context.args.positional.value(1));
    if (!card)
        return fail(card.error());
    Result<Roster::Enrolled> enrolled
        = Roster::enrol(*context.db, card.value(), context.args.fingerprint);
    if (!enrolled)
        return fail(enrolled.error());
    CliOutput::out() << (enrolled.value() == Roster::Enrolled::Added
            ? Cli::tr("Enrolled %1, fingerprint %2.")
            : Cli::tr("Already enrolled: %1, fingerprint %2."))
                            .arg(card->replica, card->keys.fingerprint())
                     << Qt::endl;
    return 0;
}

} // namespace

int commandKeys(Context &context)
{
    const QString synopsis = QStringLiteral(
        "keys show|list [--json] | keys export --out FILE | keys trust CARD [--fingerprint FP] "
        "| keys revoke REPLICA");
    const QString action = context.args.positional.value(0);
    const qsizetype count = context.args.positional.size();
    if ((action == QLatin1String("show") || action == QLatin1String("list")
            || action == QLatin1String("export"))
        && count == 1) {
        if (action == QLatin1String("show"))
            return show(context);
        return action == QLatin1String("list") ? list(context) : exportCard(context);
    }
    if (action == QLatin1String("trust") && count == 2)
        return trust(context);
    if (action == QLatin1String("revoke") && count == 2) {
        if (Status status = Roster::revoke(*context.db, context.args.positional.at(1)); !status)
            return fail(status.error());
        return 0;
    }
    throw UsageError {Cli::tr("Usage: pactesur-cli %1").arg(synopsis)};
}

} // namespace pactesur::cli
