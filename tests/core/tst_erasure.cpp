// SPDX-License-Identifier: EUPL-1.2
// Erasing a contact leaves none of its personal data in the database file (table, index,
// free pages), and the erasure travels: a partner that imports it erases too.
#include "exchangeharness.h"
#include "exchange/backups.h"
#include "store/personaldata.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace pactesur;
using test::TestReplica;

namespace {

const QByteArray kName = "Ona Zebrauskaite-Pactesurova";
const QByteArray kEmail = "ona.zebrauskaite@vilnius.example";
const QByteArray kPhone = "+370 5 271 9843";

bool bytesHoldPersonalData(const QByteArray &bytes)
{
    return bytes.contains(kName) || bytes.contains("Zebrauskaite") || bytes.contains(kEmail)
        || bytes.contains("zebrauskaite") || bytes.contains(kPhone) || bytes.contains("9843");
}

// The backups beside the database that still hold a byte of the person.
QStringList backupsHoldingPersonalData(Database &db)
{
    QStringList holding;
    for (const BackupFile &backup : Backups::list(db)) {
        QFile file(backup.path);
        if (file.open(QIODevice::ReadOnly) && bytesHoldPersonalData(file.readAll()))
            holding << backup.path;
    }
    return holding;
}

// The bytes of the file after a checkpoint folded the write-ahead log back into it.
QByteArray fileBytes(Database &db)
{
    QSqlQuery(db.sql()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QFile file(db.path());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool holdsPersonalData(Database &db)
{
    // The full-text index keeps lower-cased tokens, the phone's digits among them.
    return bytesHoldPersonalData(fileBytes(db));
}

} // namespace

class TestErasure : public QObject
{
    Q_OBJECT

private slots:
    void shouldLeaveNoPersonalDataHereOrAtThePartner()
    {
        QTemporaryDir folder;
        TestReplica vilnius(QStringLiteral("vilnius"), QStringLiteral("vilnius"), folder.path());
        TestReplica coordinator(QStringLiteral("coordinator"), QStringLiteral("coordinator"), folder.path());
        vilnius.enrolWith(coordinator);
        const KindSpec &contacts = Kinds::get(QStringLiteral("contacts"));
        Result<QString> id = vilnius.store().create(contacts, {{QStringLiteral("name"), QString::fromUtf8(kName)},
                                                               {QStringLiteral("function"), QStringLiteral("Deputy chief")},
                                                               {QStringLiteral("email"), QString::fromUtf8(kEmail)},
                                                               {QStringLiteral("phone"), QString::fromUtf8(kPhone)},
                                                               {QStringLiteral("city"), QStringLiteral("vilnius")}});
        QVERIFY(id.ok());
        QVERIFY(coordinator.importPackage(vilnius.exportPackage(nullptr)).ok());
        QVERIFY(holdsPersonalData(vilnius.db()));
        QVERIFY(holdsPersonalData(coordinator.db()));

        // The personal-data report says what is held and where it went.
        const QJsonObject report = PersonalData::report(vilnius.db(), id.value()).value();
        QCOMPARE(report.value(QStringLiteral("data_held")).toObject().value(QStringLiteral("email")).toString(),
                 QString::fromUtf8(kEmail));
        QCOMPARE(report.value(QStringLiteral("sent_in_packages")).toArray().size(), 1);

        // Backups beside both databases hold the person before the erasure.
        for (int n = 0; n < 2; ++n) {
            QVERIFY(Importer::backup(vilnius.db(), Importer::defaultBackupFolder(vilnius.db()), 10).ok());
            vilnius.clock().advance(60);
        }
        QCOMPARE(backupsHoldingPersonalData(vilnius.db()).size(), 2);
        QCOMPARE(PersonalData::report(vilnius.db(), id.value())->value(QStringLiteral("held_in_backups")).toArray().size(), 2);

        QVERIFY(vilnius.store().remove(contacts, id.value()).ok());
        QVERIFY2(!holdsPersonalData(vilnius.db()), "the erased contact's data is still in the file");
        QVERIFY2(backupsHoldingPersonalData(vilnius.db()).isEmpty(),
            qPrintable(backupsHoldingPersonalData(vilnius.db()).join(QLatin1Char(' '))));
        QCOMPARE(PersonalData::report(vilnius.db(), id.value())->value(QStringLiteral("held_in_backups")).toArray().size(), 0);

        // The partner's import takes a backup first, holding the person: the erasure the
        // package brings reaches it too.
        QVERIFY(Importer::backup(coordinator.db(), Importer::defaultBackupFolder(coordinator.db()), 10).ok());
        const QString erasing = vilnius.exportPackage(&coordinator);
        QVERIFY2(!bytesHoldPersonalData([&] { QFile f(erasing); f.open(QIODevice::ReadOnly); return f.readAll(); }()),
            "the package that carries the erasure holds the person");
        Importer::Options withBackup;
        Result<ImportReport> imported = Importer::run(coordinator.db(), erasing, withBackup);
        QVERIFY(imported.ok());
        QVERIFY(!imported->backupPath.isEmpty());
        QVERIFY2(backupsHoldingPersonalData(coordinator.db()).isEmpty(),
            qPrintable(backupsHoldingPersonalData(coordinator.db()).join(QLatin1Char(' '))));
        QCOMPARE(imported->updated, 1);
        QVERIFY(coordinator.store().get(contacts, id.value())->deleted);
        QVERIFY2(!holdsPersonalData(coordinator.db()), "the partner still holds the erased contact's data");
        QCOMPARE(coordinator.digest(), vilnius.digest());
        // An erased contact cannot be brought back.
        QVERIFY(!vilnius.store().restore(contacts, id.value()).ok());
    }
};

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"
