// SPDX-License-Identifier: EUPL-1.2
// The write path: validation, ownership, merge metadata, erasure and search.
#include "search/searcher.h"
#include "store/checker.h"
#include "store/recordstore.h"
#include "testdatabase.h"
#include "model/fieldcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace pactesur;

namespace {
const KindSpec &kind(const char *name)
{
    return Kinds::get(QString::fromLatin1(name));
}

QJsonObject json(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}
} // namespace

class TestRecordStore : public QObject
{
    Q_OBJECT

private slots:
    void shouldStampEveryWriteWithTheReplicaAndCounter()
    {
        test::TestDatabase fixture;
        FixedClock clock(QDateTime(QDate(2025, 3, 1), QTime(9, 30), Qt::UTC));
        fixture.db().setClock(&clock);
        RecordStore store(fixture.db());
        const QString replica = store.identity().replicaId;

        Result<QString> id = store.create(kind("activities"),
            {{QStringLiteral("kind"), QStringLiteral("webinar")},
                {QStringLiteral("title"), QStringLiteral("Nightlife")},
                {QStringLiteral("start"), QStringLiteral("2025-04-01")}});
        QVERIFY(id.ok());
        Record created = *store.get(kind("activities"), id.value());
        QCOMPARE(created.createdAt, QStringLiteral("2025-03-01T09:30:00Z"));
        QCOMPARE(created.owner, QStringLiteral("coordinator"));
        QCOMPARE(created.value(QStringLiteral("status")).toString(),
            QStringLiteral("planned")); // default
        QCOMPARE(json(created.value(QStringLiteral("vv"))).value(replica).toInt(), 1);
        QCOMPARE(
            json(created.value(QStringLiteral("dots"))).value(QStringLiteral("title")).toArray(),
            (QJsonArray {replica, 1, QStringLiteral("2025-03-01T09:30:00Z")}));

        clock.advance(60);
        QVERIFY(store
                    .update(kind("activities"), id.value(),
                        {{QStringLiteral("status"), QStringLiteral("done")}})
                    .ok());
        Record edited = *store.get(kind("activities"), id.value());
        QCOMPARE(edited.updatedAt, QStringLiteral("2025-03-01T09:31:00Z"));
        QCOMPARE(edited.createdAt, created.createdAt);
        const QJsonObject dots = json(edited.value(QStringLiteral("dots")));
        QCOMPARE(dots.value(QStringLiteral("status")).toArray(),
            (QJsonArray {replica, 2, QStringLiteral("2025-03-01T09:31:00Z")}));
        QCOMPARE(dots.value(QStringLiteral("title")).toArray(),
            (QJsonArray {replica, 1, QStringLiteral("2025-03-01T09:30:00Z")}));
        QCOMPARE(json(edited.value(QStringLiteral("vv"))).value(replica).toInt(), 2);

        // An edit that changes nothing writes nothing.
        QVERIFY(store
                    .update(kind("activities"), id.value(),
                        {{QStringLiteral("status"), QStringLiteral("done")}})
                    .ok());
        QCOMPARE(json(store.get(kind("activities"), id.value())->value(QStringLiteral("vv")))
                     .value(replica)
                     .toInt(),
            2);

        QVERIFY(store.remove(kind("activities"), id.value()).ok());
        QVERIFY(store.get(kind("activities"), id.value())->deleted); // a tombstone, not a gap
    }

    void shouldRefuseInvalidValuesAndChangeNothing_data()
    {
        QTest::addColumn<QString>("kindName");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("bad date") << "activities"
                                  << "start"
                                  << "2025-02-30";
        QTest::newRow("unknown field") << "activities"
                                       << "colour"
                                       << "red";
        QTest::newRow("unknown city") << "activities"
                                      << "host_city"
                                      << "atlantis";
        QTest::newRow("bad choice") << "activities"
                                    << "status"
                                    << "maybe";
        QTest::newRow("negative count") << "activities"
                                        << "reported_participants"
                                        << "-3";
        QTest::newRow("not a number") << "activities"
                                      << "reported_participants"
                                      << "many";
        QTest::newRow("end before start") << "activities"
                                          << "end"
                                          << "2020-01-01";
        QTest::newRow("bad url") << "resources"
                                 << "url"
                                 << "javascript:alert(1)";
        QTest::newRow("bad language") << "sheets"
                                      << "language"
                                      << "french";
        QTest::newRow("unknown theme") << "sheets"
                                       << "themes"
                                       << "nightlife,astrology";
        QTest::newRow("latitude range") << "cities"
                                        << "latitude"
                                        << "123";
        QTest::newRow("line one past its bound")
            << "activities" << "title" << QString(FieldCodec::kMaxLineLength + 1, u'a');
        QTest::newRow("paragraphs one past their bound")
            << "activities" << "description" << QString(FieldCodec::kMaxTextLength + 1, u'b');
    }

    void shouldAcceptTextUpToItsBound()
    {
        test::TestDatabase fixture;
        RecordStore store(fixture.db());
        const QString title(FieldCodec::kMaxLineLength, u'a');
        const QString description(FieldCodec::kMaxTextLength, u'b');
        Result<QString> id = store.create(kind("activities"),
            {{QStringLiteral("kind"), QStringLiteral("workshop")}, {QStringLiteral("title"), title},
                {QStringLiteral("start"), QStringLiteral("2025-01-01")},
                {QStringLiteral("description"), description}});
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        QCOMPARE(store.get(kind("activities"), id.value())->values.value(QStringLiteral("title")).toString(), title);
        QCOMPARE(store.get(kind("activities"), id.value())->values.value(QStringLiteral("description")).toString().size(),
            description.size());
    }

    void shouldRefuseInvalidValuesAndChangeNothing()
    {
        QFETCH(QString, kindName);
        QFETCH(QString, field);
        QFETCH(QString, value);
        test::TestDatabase fixture;
        RecordStore store(fixture.db());
        TextValues base;
        if (kindName == QLatin1String("activities"))
            base = {{QStringLiteral("kind"), QStringLiteral("workshop")},
                {QStringLiteral("title"), QStringLiteral("T")},
                {QStringLiteral("start"), QStringLiteral("2025-01-01")}};
        else if (kindName == QLatin1String("resources"))
            base = {{QStringLiteral("title"), QStringLiteral("T")},
                {QStringLiteral("kind"), QStringLiteral("guide")}};
        else if (kindName == QLatin1String("sheets"))
            base = {{QStringLiteral("title"), QStringLiteral("T")},
                {QStringLiteral("city"), QStringLiteral("riga")},
                {QStringLiteral("language"), QStringLiteral("lv")}};
        else
            base = {{QStringLiteral("slug"), QStringLiteral("oslo")},
                {QStringLiteral("name"), QStringLiteral("Oslo")},
                {QStringLiteral("country"), QStringLiteral("NO")}};
        const QString before = Checker::stateDigest(fixture.db());
        const TextValues valid = base;
        base.insert(field, value);
        Result<QString> id = store.create(Kinds::get(kindName), base);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, Error::Rejected);
        QVERIFY(!id.error().message.isEmpty());
        QCOMPARE(Checker::stateDigest(fixture.db()), before);
        // The same record without the bad value is accepted: the value was the problem.
        QVERIFY(store.create(Kinds::get(kindName), valid).ok());
    }

    void shouldCheckParticipationCounts()
    {
        test::TestDatabase fixture;
        RecordStore store(fixture.db());
        TextValues row = {{QStringLiteral("activity"), store.list(kind("activities")).first().id},
            {QStringLiteral("city"), QStringLiteral("lisbon")},
            {QStringLiteral("participants"), QStringLiteral("4")},
            {QStringLiteral("women"), QStringLiteral("5")}};
        QVERIFY(!store.create(kind("participation"), row).ok());
        row[QStringLiteral("women")] = QStringLiteral("2");
        row[QStringLiteral("officers")] = QStringLiteral("4");
        Result<QString> id = store.create(kind("participation"), row);
        QVERIFY(id.ok());
        // One row per activity and city: the id says which.
        QVERIFY(!store.create(kind("participation"), row).ok());
        QCOMPARE(store.get(kind("participation"), id.value())->owner,
            store.resolveId(kind("cities"), QStringLiteral("lisbon")).value());
    }

    void shouldLetALiaisonWriteOnlyItsOwnCitysRecords()
    {
        test::TestDatabase fixture(test::TestDatabase::Role::Liaison, QStringLiteral("riga"));
        RecordStore store(fixture.db());
        const QString riga = store.resolveId(kind("cities"), QStringLiteral("riga")).value();
        const QString nice = store.resolveId(kind("cities"), QStringLiteral("nice")).value();
        QVERIFY(
            store
                .update(kind("cities"), riga, {{QStringLiteral("notes"), QStringLiteral("Baltic")}})
                .ok());
        Status foreign
            = store.update(kind("cities"), nice, {{QStringLiteral("notes"), QStringLiteral("x")}});
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().code, Error::Rejected);
        TextValues sheet = {{QStringLiteral("title"), QStringLiteral("Night mayors")},
            {QStringLiteral("city"), QStringLiteral("nice")},
            {QStringLiteral("language"), QStringLiteral("fr")}};
        QVERIFY(!store.create(kind("sheets"), sheet).ok());
        sheet[QStringLiteral("city")] = QStringLiteral("riga");
        Result<QString> id = store.create(kind("sheets"), sheet);
        QVERIFY(id.ok());
        QCOMPARE(store.get(kind("sheets"), id.value())->owner, riga);
        // Moving the sheet to another city would hand it away: refused.
        QVERIFY(!store
                     .update(kind("sheets"), id.value(),
                         {{QStringLiteral("city"), QStringLiteral("nice")}})
                     .ok());
    }

    void shouldRefuseWritesBeforeARoleIsChosen()
    {
        test::TestDatabase fixture(test::TestDatabase::Role::None);
        Status status = RecordStore(fixture.db())
                            .update(kind("cities"),
                                RecordStore::nameBasedId(kind("cities"), {QStringLiteral("nice")}),
                                {{QStringLiteral("notes"), QStringLiteral("x")}});
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, Error::Rejected);
    }

    void shouldWipePersonalFieldsWhenAContactIsErased()
    {
        test::TestDatabase fixture;
        RecordStore store(fixture.db());
        Result<QString> id = store.create(kind("contacts"),
            {{QStringLiteral("name"), QStringLiteral("Ona Zebrauskaite")},
                {QStringLiteral("email"), QStringLiteral("ona@example.lt")},
                {QStringLiteral("city"), QStringLiteral("vilnius")}});
        QVERIFY(id.ok());
        QCOMPARE(Searcher(fixture.db()).search(QStringLiteral("zebrauskaite")).size(), 1);
        QVERIFY(store.remove(kind("contacts"), id.value()).ok());
        const Record erased = *store.get(kind("contacts"), id.value());
        QVERIFY(erased.deleted);
        QVERIFY(erased.value(QStringLiteral("name")).isNull());
        QVERIFY(erased.value(QStringLiteral("email")).isNull());
        QCOMPARE(Searcher(fixture.db()).search(QStringLiteral("zebrauskaite")).size(), 0);
    }

    void shouldFindRecordsByAnyWordPrefix()
    {
        test::TestDatabase fixture;
        const Searcher searcher(fixture.db());
        const QList<SearchHit> hits = searcher.search(QStringLiteral("acad"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().kind, QStringLiteral("activities"));
        QVERIFY(searcher.search(QStringLiteral("liege")).size() >= 1); // diacritics folded
        // Operators and quotes typed by a person are words, never FTS syntax errors.
        QCOMPARE(searcher.search(QStringLiteral("\"NEAR( OR * -")).size(), 0);
        QCOMPARE(
            Searcher::toMatchExpression(QStringLiteral("a\"b")), QStringLiteral("\"a\"* \"b\"*"));
    }
};

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
