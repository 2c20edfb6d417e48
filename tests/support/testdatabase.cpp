// SPDX-License-Identifier: EUPL-1.2
#include "testdatabase.h"

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

} // namespace pactesur::test
