// SPDX-License-Identifier: EUPL-1.2
// Writes the fixed replica of the fuzz targets and the seeds that need real keys:
//   fixtures/replica.keys, replica.txt   the liaison the targets play (fuzzing keys only,
//                                        never a real replica's)
//   fixtures/coordinator.card            the coordinator it enrolled
//   corpus/package/*                     packages the coordinator sealed for it
//   corpus/package_sqlite/*              the same packages decrypted
//   corpus/trust/*                       cards and a coordinator roster
// Run once by hand (fuzz_make_seeds <tests/fuzz folder>), then minimise the corpora: rerun
// it and every seed signed by the old keys stops opening.
#include "exchangeharness.h"
#include "fuzzsupport.h"

#include "model/kinds.h"
#include "trust/card.h"
#include "trust/keyring.h"
#include "trust/roster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace pactesur;
using test::TestReplica;

namespace {

void save(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void create(TestReplica &replica, const QString &kind, const TextValues &values)
{
    const Result<QString> id = replica.store().create(Kinds::get(kind), values);
    if (!id)
        qFatal("%s", qPrintable(id.error().message));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    if (argc != 2)
        qFatal("usage: fuzz_make_seeds <tests/fuzz folder>");
    const QString out = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir folder;
    TestReplica coordinator(QStringLiteral("coordinator"), QStringLiteral("coordinator"), folder.path());
    TestReplica vilnius(QStringLiteral("vilnius"), QStringLiteral("vilnius"), folder.path());
    vilnius.enrolWith(coordinator);

    save(out + QStringLiteral("/fixtures/replica.keys"), load(Keyring::pathFor(vilnius.db())));
    save(out + QStringLiteral("/fixtures/replica.txt"), vilnius.replicaId().toLatin1() + '\n');
    const Result<QByteArray> coordinatorCard = Cards::write(coordinator.db());
    const Result<QByteArray> vilniusCard = Cards::write(vilnius.db());
    if (!coordinatorCard || !vilniusCard)
        qFatal("cannot write the cards");
    save(out + QStringLiteral("/fixtures/coordinator.card"), coordinatorCard.value());
    save(out + QStringLiteral("/corpus/trust/card-coordinator"), '\0' + coordinatorCard.value());
    save(out + QStringLiteral("/corpus/trust/card-liaison"), '\0' + vilniusCard.value());
    save(out + QStringLiteral("/corpus/trust/roster"), '\1' + Roster::toJson(coordinator.db()).toUtf8());

    // A few records of several kinds, with Markdown, a list and an edit after creation.
    create(coordinator, QStringLiteral("sheets"),
        {{QStringLiteral("title"), QStringLiteral("Night patrols on the Promenade")},
            {QStringLiteral("city"), QStringLiteral("vilnius")},
            {QStringLiteral("language"), QStringLiteral("fr")},
            {QStringLiteral("summary"), QStringLiteral("Two *lines*\n\n- of [summary](https://example.org)")}});
    create(coordinator, QStringLiteral("contacts"),
        {{QStringLiteral("name"), QStringLiteral("Ona Testaite")},
            {QStringLiteral("email"), QStringLiteral("ona@vilnius.example")},
            {QStringLiteral("city"), QStringLiteral("vilnius")}});
    const QString delta = coordinator.exportPackage(&vilnius);
    save(out + QStringLiteral("/corpus/package/delta"), load(delta));
    save(out + QStringLiteral("/corpus/package_sqlite/delta"), load(coordinator.exportPlainPackage(&vilnius)));
    const QString full = coordinator.exportPackage(nullptr);
    save(out + QStringLiteral("/corpus/package/full"), load(full));
    save(out + QStringLiteral("/corpus/package_sqlite/full"), load(coordinator.exportPlainPackage(nullptr)));
    return 0;
}
