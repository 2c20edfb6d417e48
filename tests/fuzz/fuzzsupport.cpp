// SPDX-License-Identifier: EUPL-1.2
#include "fuzzsupport.h"

#include "seed/seeder.h"
#include "store/replica.h"
#include "trust/card.h"
#include "trust/keyring.h"
#include "trust/roster.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace pactesur::fuzz {

void fail(const char *condition, const char *file, int line, const QString &detail)
{
    std::fprintf(stderr, "%s:%d: FUZZ_CHECK(%s) failed: %s\n", file, line, condition,
        qPrintable(detail));
    std::fflush(stderr);
    std::abort(); // libFuzzer and the replay driver both report an abort as a crash
}

void tell(const QString &what)
{
    static const bool verbose = qEnvironmentVariableIsSet("PACTESUR_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "%s\n", qPrintable(what));
}

void ensureApplication(bool gui)
{
    if (QCoreApplication::instance())
        return;
    // Qt keeps references to argc and argv: both must outlive the application.
    static int argc = 1;
    static char name[] = "pactesur-fuzz";
    static char *argv[] = {name, nullptr};
    if (gui) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        new QGuiApplication(argc, argv); // lives as long as the process: never deleted
    } else {
        new QCoreApplication(argc, argv);
    }
}

QString scratchFolder()
{
    static QTemporaryDir folder;
    if (!folder.isValid())
        fail("folder.isValid()", __FILE__, __LINE__, QStringLiteral("no temporary folder"));
    return folder.path();
}

QString writeScratchFile(const QByteArray &bytes, const QString &name)
{
    const QString path = scratchFolder() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fail("write", __FILE__, __LINE__, path);
    return path;
}

QString fixturesFolder()
{
    return QStringLiteral(PACTESUR_FUZZ_DIR "/fixtures");
}

namespace {

QByteArray readFixture(const QString &name)
{
    QFile file(fixturesFolder() + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        fail("open", __FILE__, __LINE__, file.fileName());
    return file.readAll();
}

std::unique_ptr<Database> makeFixedReplica()
{
    const QString path = scratchFolder() + QStringLiteral("/replica.db");
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    FUZZ_CHECK(opened, opened ? QString() : opened.error().message);
    Database &db = *opened.value();
    // The keys before anything asks for them, or the replica would make keys of its own.
    QFile keys(Keyring::pathFor(db));
    FUZZ_CHECK(keys.open(QIODevice::WriteOnly) && keys.write(readFixture(QStringLiteral("replica.keys"))) > 0);
    keys.close();
    keys.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    FUZZ_CHECK(Seeder::seed(db));
    const Result<Identity> identity = Replica::initialise(
        db, QStringLiteral("liaison"), QStringLiteral("vilnius"), fixedReplicaId());
    FUZZ_CHECK(identity, identity ? QString() : identity.error().message);
    const Result<Card> card = Cards::read(readFixture(QStringLiteral("coordinator.card")));
    FUZZ_CHECK(card, card ? QString() : card.error().message);
    const Result<Roster::Enrolled> enrolled = Roster::enrol(db, card.value());
    FUZZ_CHECK(enrolled, enrolled ? QString() : enrolled.error().message);
    return std::move(opened.value());
}

} // namespace

QString fixedReplicaId()
{
    return QString::fromLatin1(readFixture(QStringLiteral("replica.txt"))).trimmed();
}

Database &fixedReplica()
{
    ensureApplication();
    static std::unique_ptr<Database> db = makeFixedReplica();
    return *db;
}

} // namespace pactesur::fuzz
