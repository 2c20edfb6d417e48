// SPDX-License-Identifier: EUPL-1.2
// Search over every kind people name (issue 18): what is found, in which order, and that a
// database of the previous schema gains the new indexes when it is opened.
#include "search/searcher.h"
#include "store/recordstore.h"
#include "testdatabase.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace pactesur;

namespace {
const KindSpec &kind(const char *name)
{
    return Kinds::get(QString::fromLatin1(name));
}

QString create(Database &db, const char *kindName, const TextValues &values)
{
    Result<QString> id = RecordStore(db).create(kind(kindName), values);
    return id ? id.value() : QString();
}

QStringList kindsInOrder(const QList<SearchHit> &hits)
{
    QStringList kinds;
    for (const SearchHit &hit : hits) {
        if (kinds.isEmpty() || kinds.last() != hit.kind)
            kinds << hit.kind;
    }
    return kinds;
}

bool has(const QList<SearchHit> &hits, const QString &kind, const QString &title)
{
    return std::any_of(hits.begin(), hits.end(),
        [&](const SearchHit &hit) { return hit.kind == kind && hit.title == title; });
}
} // namespace

class TestSearcher : public QObject
{
    Q_OBJECT

private slots:
    void shouldFindTheSeededOrganisationEfus()
    {
        test::TestDatabase fixture;
        const QList<SearchHit> hits = Searcher(fixture.db()).search(QStringLiteral("efus"));
        QVERIFY(!hits.isEmpty());
        // The organisation named Efus comes first, before anything that only mentions it.
        QCOMPARE(hits.first().kind, QStringLiteral("organisations"));
        QCOMPARE(hits.first().title, QStringLiteral("European Forum for Urban Security (Efus)"));
        QVERIFY(hits.first().titleHit);
    }

    void shouldFindAWorkingGroupByItsNameAndObjectives()
    {
        test::TestDatabase fixture;
        create(fixture.db(), "groups",
            {{QStringLiteral("name"), QStringLiteral("Harbour Night Association")},
                {QStringLiteral("objectives"), QStringLiteral("Quieter quays after midnight")}});
        const Searcher searcher(fixture.db());
        QVERIFY(has(searcher.search(QStringLiteral("harbour night")), QStringLiteral("groups"),
            QStringLiteral("Harbour Night Association")));
        QVERIFY(has(searcher.search(QStringLiteral("QUAYS")), QStringLiteral("groups"),
            QStringLiteral("Harbour Night Association")));
    }

    void shouldFoldAccentsAndCase()
    {
        test::TestDatabase fixture;
        const QList<SearchHit> hits = Searcher(fixture.db()).search(QStringLiteral("LIEGE"));
        QVERIFY(has(hits, QStringLiteral("cities"), QStringLiteral("Liège")));
        QCOMPARE(hits.first().kind, QStringLiteral("cities"));
    }

    void shouldFindContactsByFunctionAndOrganisation()
    {
        test::TestDatabase fixture;
        QSqlQuery query(fixture.db().sql());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM organisation WHERE name LIKE '%Efus%'")));
        QVERIFY(query.next());
        create(fixture.db(), "contacts",
            {{QStringLiteral("name"), QStringLiteral("Ona Zebrauskaite")},
                {QStringLiteral("function"), QStringLiteral("Harbour master")},
                {QStringLiteral("organisation"), query.value(0).toString()}});
        const Searcher searcher(fixture.db());
        QVERIFY(has(searcher.search(QStringLiteral("harbour")), QStringLiteral("contacts"),
            QStringLiteral("Ona Zebrauskaite")));
        QVERIFY(has(searcher.search(QStringLiteral("urban security")), QStringLiteral("contacts"),
            QStringLiteral("Ona Zebrauskaite")));
    }

    void shouldPutTitleHitsFirstThenTheNewest()
    {
        // GIVEN three activities: two mention "ferry" in the text only, one in its title,
        // created between them
        test::TestDatabase fixture;
        const auto activity = [&](const char *title, const char *description) {
            return create(fixture.db(), "activities",
                {{QStringLiteral("kind"), QStringLiteral("workshop")},
                    {QStringLiteral("title"), QString::fromUtf8(title)},
                    {QStringLiteral("start"), QStringLiteral("2025-06-10")},
                    {QStringLiteral("description"), QString::fromUtf8(description)}});
        };
        const QString older = activity("Quay walk", "A ferry crossing at dawn");
        const QString titled = activity("Ferry terminal safety", "Night patrols");
        const QString newer = activity("Port lighting", "Lamps along the ferry pier");
        QVERIFY(!older.isEmpty() && !titled.isEmpty() && !newer.isEmpty());
        // WHEN "ferry" is searched
        const QList<SearchHit> hits = Searcher(fixture.db()).search(QStringLiteral("ferry"));
        // THEN the title hit leads, and the others follow newest first
        QStringList ids;
        for (const SearchHit &hit : hits)
            ids << hit.id;
        QCOMPARE(ids, (QStringList {titled, newer, older}));
        QVERIFY(hits.at(0).titleHit);
        QVERIFY(!hits.at(1).titleHit);
    }

    void shouldGroupHitsByKindWithTitleHitKindsFirst()
    {
        // GIVEN "nice" names a city and is in the text of activities and a group's objectives
        test::TestDatabase fixture;
        create(fixture.db(), "groups",
            {{QStringLiteral("name"), QStringLiteral("Seafront patrols")},
                {QStringLiteral("objectives"), QStringLiteral("Share what Nice learnt")}});
        const QList<SearchHit> hits = Searcher(fixture.db()).search(QStringLiteral("nice"));
        // THEN each kind appears once, as one run of hits, and the city named Nice leads
        const QStringList kinds = kindsInOrder(hits);
        QCOMPARE(QSet<QString>(kinds.begin(), kinds.end()).size(), kinds.size());
        QVERIFY2(kinds.size() >= 3, qPrintable(kinds.join(QLatin1Char(','))));
        QCOMPARE(kinds.first(), QStringLiteral("cities"));
        QVERIFY(kinds.indexOf(QStringLiteral("groups")) > kinds.indexOf(QStringLiteral("cities")));
        // Kinds with a title hit come before the kinds that only mention the word.
        bool sawTextOnlyKind = false;
        for (const QString &k : kinds) {
            const bool titled = std::any_of(hits.begin(), hits.end(),
                [&](const SearchHit &hit) { return hit.kind == k && hit.titleHit; });
            QVERIFY(!(titled && sawTextOnlyKind));
            sawTextOnlyKind = sawTextOnlyKind || !titled;
        }
    }

    void shouldIndexOrganisationsAndGroupsWhenMigratingFromVersionSix()
    {
        // GIVEN a database as schema 6 left it: no organisation or group word index
        test::TestDatabase fixture;
        create(fixture.db(), "groups", {{QStringLiteral("name"), QStringLiteral("Harbour watch")}});
        QString downgrade;
        for (const char *table : {"organisation_fts", "work_group_fts"}) {
            for (const char *event : {"insert", "update", "delete"})
                downgrade += QStringLiteral("DROP TRIGGER %1_%2;").arg(table, event);
            downgrade += QStringLiteral("DROP TABLE %1;").arg(table);
        }
        QVERIFY(fixture.db().executeScript(downgrade + QStringLiteral("PRAGMA user_version = 6;")));
        // WHEN it is opened again
        fixture.reopen();
        // THEN the migration indexed the rows that were already there
        const Searcher searcher(fixture.db());
        QVERIFY(has(searcher.search(QStringLiteral("harbour")), QStringLiteral("groups"),
            QStringLiteral("Harbour watch")));
        QCOMPARE(
            searcher.search(QStringLiteral("efus")).first().kind, QStringLiteral("organisations"));
    }
};

QTEST_GUILESS_MAIN(TestSearcher)
#include "tst_searcher.moc"
