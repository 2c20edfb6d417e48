// SPDX-License-Identifier: EUPL-1.2
// The count of what waits in the conflict inbox (open conflicts, refused changes), read off
// the GUI thread for the navigation's badge (issue 17: nothing but the first page before
// the first paint).
#include "exchange/attentioncounter.h"
#include "exchange/notices.h"
#include "exchangescenario.h"
#include "guitestsupport.h"
#include "session/session.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace pactesur;

namespace {

bool addConflict(const Database &db, const QString &id, const QString &status)
{
    QSqlQuery insert(db.sql());
    insert.prepare(QStringLiteral(
        "INSERT INTO conflict (id, owner, created_at, updated_at, record_kind, record_id, field, "
        "status) VALUES (?, 'coordinator', '2025-05-02T15:45:00Z', '2025-05-02T15:45:00Z', "
        "'cities', ?, 'notes', ?)"));
    insert.addBindValue(id);
    insert.addBindValue(test::kRigaId);
    insert.addBindValue(status);
    return insert.exec();
}

Notice refusedChange()
{
    return test::refusedLocalChange(QStringLiteral("b7c0d9e2-0000-4000-8000-000000000009"));
}

} // namespace

class TestAttentionCounter : public QObject
{
    Q_OBJECT

private slots:
    void shouldCountOpenConflictsAndRefusedChangesOnAnotherThread()
    {
        // GIVEN two open conflicts, a settled one and a refused change
        test::TestSession fixture;
        QVERIFY(addConflict(fixture.db(), QStringLiteral("c1"), QStringLiteral("open")));
        QVERIFY(addConflict(fixture.db(), QStringLiteral("c2"), QStringLiteral("open")));
        QVERIFY(addConflict(fixture.db(), QStringLiteral("c3"), QStringLiteral("resolved")));
        QVERIFY(Notices::add(fixture.db(), refusedChange()));
        AttentionCounter counter(fixture.session());
        QSignalSpy changed(&counter, &AttentionCounter::countsChanged);
        QCOMPARE(counter.openConflicts(), -1);
        // WHEN it counts THEN the call returns before the read, which another thread does
        counter.refresh();
        QCOMPARE(counter.openConflicts(), -1);
        QCOMPARE(changed.size(), 0);
        // AND the counts arrive: the open conflicts only, and the refused change
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(counter.openConflicts(), 2);
        QCOMPARE(counter.refusedChanges(), 1);
        // AND the same counts again say nothing new
        counter.refresh();
        QTest::qWait(100);
        QCOMPARE(changed.size(), 1);
    }

    void shouldEndOnTheCountsOfTheLastRequest()
    {
        // GIVEN a read under way
        test::TestSession fixture;
        AttentionCounter counter(fixture.session());
        counter.refresh();
        // WHEN a conflict comes in meanwhile and the count is asked for again
        QVERIFY(addConflict(fixture.db(), QStringLiteral("c1"), QStringLiteral("open")));
        counter.refresh();
        // THEN the last counts shown include it
        QTRY_COMPARE(counter.openConflicts(), 1);
        QCOMPARE(counter.refusedChanges(), 0);
    }

    void shouldCountAgainWhenAnotherDatabaseIsOpened()
    {
        // GIVEN the counts of a database with an open conflict (and another database, with a
        // refused change and no conflict, that outlives the session)
        test::TestDatabase other(test::TestDatabase::Role::Coordinator);
        QVERIFY(Notices::add(other.db(), refusedChange()));
        const QString otherPath = other.path();
        other.close();
        test::TestSession fixture;
        QVERIFY(addConflict(fixture.db(), QStringLiteral("c1"), QStringLiteral("open")));
        AttentionCounter counter(fixture.session());
        counter.refresh();
        QTRY_COMPARE(counter.openConflicts(), 1);
        // WHEN the other database is opened
        Result<std::unique_ptr<Database>> opened = Session::openSeeded(otherPath);
        QVERIFY(opened);
        fixture.session().replaceDatabase(std::move(opened).value());
        // THEN its counts are shown, without being asked
        QTRY_COMPARE(counter.openConflicts(), 0);
        QCOMPARE(counter.refusedChanges(), 1);
    }
};

QTEST_MAIN(TestAttentionCounter)
#include "tst_attentioncounter.moc"
