// SPDX-License-Identifier: EUPL-1.2
// The founding data: complete, identical on every installation, never loaded twice.
#include "seed/seeder.h"
#include "store/checker.h"
#include "store/recordstore.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace pactesur;

class TestSeed : public QObject
{
    Q_OBJECT

private:
    static int count(Database &db, const QString &sql)
    {
        QSqlQuery query(db.sql());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

private slots:
    void shouldHoldTheFifteenCitiesWithTheirRoles()
    {
        test::TestDatabase fixture;
        QCOMPARE(count(fixture.db(), QStringLiteral("SELECT count(*) FROM city")), 15);
        QCOMPARE(
            count(fixture.db(),
                QStringLiteral("SELECT count(*) FROM city WHERE role = 'lead' AND slug = 'nice'")),
            1);
        QCOMPARE(count(fixture.db(),
                     QStringLiteral("SELECT count(*) FROM city WHERE role = 'partner' "
                                    "AND slug IN ('turin', 'madrid', 'liege')")),
            3);
        QCOMPARE(count(fixture.db(),
                     QStringLiteral("SELECT count(*) FROM city WHERE role = 'associated'")),
            11);
        QCOMPARE(count(fixture.db(),
                     QStringLiteral("SELECT count(*) FROM city WHERE slug = 'brussels' "
                                    "AND represented_by = 'safe.brussels'")),
            1);
        QCOMPARE(count(fixture.db(),
                     QStringLiteral("SELECT count(*) FROM city WHERE latitude IS NULL "
                                    "OR longitude IS NULL OR languages IS NULL")),
            0);
    }

    void shouldHoldTheProjectOrganisationsThemesAndKnownActivities()
    {
        test::TestDatabase fixture;
        QCOMPARE(count(fixture.db(),
                     QStringLiteral("SELECT count(*) FROM project WHERE name = 'PACTESUR 2'")),
            1);
        QCOMPARE(count(fixture.db(), QStringLiteral("SELECT count(*) FROM organisation")), 2);
        QCOMPARE(count(fixture.db(), QStringLiteral("SELECT count(*) FROM theme")), 9);
        QCOMPARE(
            count(fixture.db(),
                QStringLiteral("SELECT count(*) FROM activity WHERE \"start\" = '2023-11-14'")),
            1);
        QCOMPARE(count(fixture.db(),
                     QStringLiteral("SELECT reported_participants FROM activity a JOIN city c ON "
                                    "c.id = a.host_city WHERE a.\"start\" = '2024-05-13' AND "
                                    "a.\"end\" = '2024-05-15' AND c.slug = 'nice'")),
            43);
        QCOMPARE(count(fixture.db(),
                     QStringLiteral("SELECT count(*) FROM activity WHERE \"start\" = '2025-02-24' "
                                    "AND \"end\" = '2025-02-25' AND kind = 'workshop'")),
            1);
    }

    void shouldAddNothingWhenSeededTwice()
    {
        test::TestDatabase fixture;
        const QString digest = Checker::stateDigest(fixture.db());
        Result<int> again = Seeder::seed(fixture.db());
        QVERIFY(again.ok());
        QCOMPARE(again.value(), 0);
        // Even when the marker is gone, existing records are kept, not duplicated.
        QSqlQuery(fixture.db().sql()).exec(QStringLiteral("DELETE FROM local_setting"));
        again = Seeder::seed(fixture.db());
        QVERIFY(again.ok());
        QCOMPARE(again.value(), 0);
        QCOMPARE(Checker::stateDigest(fixture.db()), digest);
    }

    void shouldGiveEveryInstallationTheSameContent()
    {
        // GIVEN two installations with different roles, made at different times
        test::TestDatabase coordinator(test::TestDatabase::Role::Coordinator);
        QTest::qWait(1100);
        test::TestDatabase liaison(test::TestDatabase::Role::Liaison, QStringLiteral("vilnius"));
        // THEN their replicated content is identical, ids included
        QCOMPARE(Checker::stateDigest(coordinator.db()), Checker::stateDigest(liaison.db()));
        const KindSpec &cities = Kinds::get(QStringLiteral("cities"));
        QCOMPARE(RecordStore(coordinator.db()).resolveId(cities, QStringLiteral("vilnius")).value(),
            RecordStore::nameBasedId(cities, {QStringLiteral("vilnius")}));
        // The seed ids are fixed for ever: a changed namespace would duplicate cities in exchanges.
        QCOMPARE(RecordStore::nameBasedId(cities, {QStringLiteral("nice")}),
            QStringLiteral("d377e924-2b9f-5e95-a2b3-a40c532e8d04"));
    }
};

QTEST_GUILESS_MAIN(TestSeed)
#include "tst_seed.moc"
