// SPDX-License-Identifier: EUPL-1.2
// Erasing a contact leaves none of its personal data in the database file (table, index,
// free pages), and the erasure travels: a partner that imports it erases too.
#include "exchangeharness.h"
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

// The bytes of the file after a checkpoint folded the write-ahead log back into it.
QByteArray fileBytes(Database &db)
{
    QSqlQuery(db.sql()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QFile file(db.path());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool holdsPersonalData(Database &db)
{
    const QByteArray bytes = fileBytes(db);
    return bytes.contains(kName) || bytes.contains("Zebrauskaite") || bytes.contains(kEmail)
        || bytes.contains("zebrauskaite"); // the full-text index keeps lower-cased tokens
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
                                                               {QStringLiteral("phone"), QStringLiteral("+370 5 000 0000")},
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

        QVERIFY(vilnius.store().remove(contacts, id.value()).ok());
        QVERIFY2(!holdsPersonalData(vilnius.db()), "the erased contact's data is still in the file");

        Result<ImportReport> imported = coordinator.importPackage(vilnius.exportPackage(&coordinator));
        QVERIFY(imported.ok());
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
