// SPDX-License-Identifier: EUPL-1.2
#include "testdatabase.h"

#include "trust/card.h"
#include "trust/roster.h"

#include "seed/seeder.h"
#include "store/replica.h"

#include <QTest>

namespace pactesur::test {

TestDatabase::TestDatabase(Role role, const QString &city)
{
    reopen();
    if (!Seeder::seed(*m_db))
        qFatal("seeding the test database failed");
    if (role != Role::None) {
        const bool coordinator = role == Role::Coordinator;
        if (!Replica::initialise(*m_db,
                coordinator ? QStringLiteral("coordinator") : QStringLiteral("liaison"),
                coordinator ? QString() : city))
            qFatal("setting the test database's role failed");
    }
}

void TestDatabase::reopen()
{
    m_db.reset();
    Result<std::unique_ptr<Database>> opened = Database::open(path());
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    m_db = std::move(opened.value());
}

CliResult runCli(const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(extra);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PACTESUR_CLI_PATH), arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError()};
}

bool enrolWithCli(const QString &coordinatorDb, const QStringList &cityDbs)
{
    const auto ok = [](const CliResult &result) {
        if (result.exitCode != 0)
            qWarning("%s", result.err.constData());
        return result.exitCode == 0;
    };
    const QString coordinatorCard = coordinatorDb + QStringLiteral(".card");
    if (!ok(runCli({QStringLiteral("--db"), coordinatorDb, QStringLiteral("keys"),
            QStringLiteral("export"), QStringLiteral("--out"), coordinatorCard})))
        return false;
    for (const QString &city : cityDbs) {
        const QString card = city + QStringLiteral(".card");
        if (!ok(runCli({QStringLiteral("--db"), city, QStringLiteral("keys"),
                QStringLiteral("export"), QStringLiteral("--out"), card}))
            || !ok(runCli({QStringLiteral("--db"), coordinatorDb, QStringLiteral("keys"),
                QStringLiteral("trust"), card}))
            || !ok(runCli({QStringLiteral("--db"), city, QStringLiteral("keys"),
                QStringLiteral("trust"), coordinatorCard})))
            return false;
    }
    return true;
}

void enrol(Database &coordinator, Database &city)
{
    const Result<QByteArray> cityCard = Cards::write(city);
    const Result<QByteArray> coordinatorCard = Cards::write(coordinator);
    if (!cityCard || !coordinatorCard)
        qFatal("cannot write the cards");
    const Result<Card> readCity = Cards::read(cityCard.value());
    const Result<Card> readCoordinator = Cards::read(coordinatorCard.value());
    if (!readCity || !readCoordinator || !Roster::enrol(coordinator, readCity.value())
        || !Roster::enrol(city, readCoordinator.value()))
        qFatal("cannot enrol the cards");
}

} // namespace pactesur::test
