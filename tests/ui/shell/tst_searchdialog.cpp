// SPDX-License-Identifier: EUPL-1.2
// Search everywhere: typing, grouping by kind, keyboard, choosing a hit.
#include "guitestsupport.h"
#include "session/session.h"
#include "shell/searchdialog.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "store/replica.h"
#include "util/translations.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace pactesur;

namespace {

// A seeded coordinator database in a session, as the app opens it.
using SessionFixture = test::TestSession;

QStringList rowTexts(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(parent); ++row)
        texts << model->index(row, 0, parent).data().toString();
    return texts;
}

} // namespace

class TestSearchDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void shouldListTheAcademyUnderActivitiesAndChooseItWithEnter()
    {
        // GIVEN the search dialog over the seeded database
        SessionFixture fixture;
        SearchDialog dialog(fixture.session());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("searchField"));
        auto *results = dialog.findChild<QTreeView *>(QStringLiteral("searchResults"));
        QVERIFY(field && results);
        QVERIFY(!field->accessibleName().isEmpty());
        QVERIFY(!results->accessibleName().isEmpty());
        QSignalSpy activated(&dialog, &SearchDialog::recordActivated);
        // WHEN "academy" is typed
        QTest::keyClicks(field, QStringLiteral("academy"));
        // THEN after a short quiet time one hit is listed, under Activities
        QTRY_COMPARE(dialog.hits().size(), 1);
        const QAbstractItemModel *model = results->model();
        QCOMPARE(rowTexts(model), QStringList {QStringLiteral("Activities (1)")});
        QCOMPARE(rowTexts(model, model->index(0, 0)),
            QStringList {QStringLiteral("First European municipal police academy")});
        const SearchHit hit = dialog.hits().first();
        QCOMPARE(hit.kind, QStringLiteral("activities"));
        // WHEN Enter is pressed in the field
        QTest::keyClick(field, Qt::Key_Return);
        // THEN the hit is chosen and the dialog accepted
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("activities"));
        QCOMPARE(activated.first().at(1).toString(), hit.id);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void shouldSayWhenNothingMatches()
    {
        SessionFixture fixture;
        SearchDialog dialog(fixture.session());
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("searchField"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("searchStatus"));
        QSignalSpy activated(&dialog, &SearchDialog::recordActivated);
        QTest::keyClicks(field, QStringLiteral("zzqxj"));
        QTRY_COMPARE(status->text(), QStringLiteral("No results for “zzqxj”."));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(activated.count(), 0);
        QVERIFY(dialog.result() != int(QDialog::Accepted));
    }

    void shouldGroupByKindAndWalkTheHitsByKeyboard()
    {
        // GIVEN "nice" matches a city and two activities held there
        SessionFixture fixture;
        SearchDialog dialog(fixture.session());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("searchField"));
        auto *results = dialog.findChild<QTreeView *>(QStringLiteral("searchResults"));
        QSignalSpy activated(&dialog, &SearchDialog::recordActivated);
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("nice"));
        QTRY_VERIFY(!dialog.hits().isEmpty());
        const QList<SearchHit> hits = dialog.hits();
        QStringList kinds;
        for (const SearchHit &hit : hits) {
            if (!kinds.contains(hit.kind))
                kinds << hit.kind;
        }
        QVERIFY2(kinds.size() >= 2, qPrintable(kinds.join(QLatin1Char(','))));
        QCOMPARE(results->model()->rowCount(), kinds.size());
        // WHEN Down goes into the list and then on over a group header
        QTest::keyClick(field, Qt::Key_Down);
        QTRY_VERIFY(results->hasFocus());
        QCOMPARE(results->currentIndex().data().toString(), hits.at(0).title);
        int firstGroupSize = 0;
        while (hits.at(firstGroupSize).kind == hits.at(0).kind)
            ++firstGroupSize;
        for (int i = 0; i < firstGroupSize; ++i)
            QTest::keyClick(results, Qt::Key_Down);
        // THEN the current row is the first hit of the second kind, never a header
        QCOMPARE(results->currentIndex().data().toString(), hits.at(firstGroupSize).title);
        // AND Enter chooses it
        QTest::keyClick(results, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toString(), hits.at(firstGroupSize).kind);
        QCOMPARE(activated.first().at(1).toString(), hits.at(firstGroupSize).id);
    }

    void shouldListTheOrganisationAndWorkingGroupsUnderTheirKinds()
    {
        // GIVEN a working group whose name says "harbour"
        SessionFixture fixture;
        QVERIFY(RecordStore(fixture.db())
                    .create(Kinds::get(QStringLiteral("groups")),
                        {{QStringLiteral("name"), QStringLiteral("Harbour Night Association")}}));
        SearchDialog dialog(fixture.session());
        auto *results = dialog.findChild<QTreeView *>(QStringLiteral("searchResults"));
        const QAbstractItemModel *model = results->model();
        // WHEN "efus" and then "harbour" are searched
        dialog.setSearchText(QStringLiteral("efus"));
        // THEN the seeded organisation leads, under Organisations
        QCOMPARE(dialog.hits().first().kind, QStringLiteral("organisations"));
        QVERIFY(rowTexts(model).first().startsWith(QStringLiteral("Organisations (")));
        QCOMPARE(rowTexts(model, model->index(0, 0)).first(),
            QStringLiteral("European Forum for Urban Security (Efus)"));
        dialog.setSearchText(QStringLiteral("harbour"));
        QCOMPARE(rowTexts(model), QStringList {QStringLiteral("Working groups (1)")});
        QCOMPARE(rowTexts(model, model->index(0, 0)),
            QStringList {QStringLiteral("Harbour Night Association")});
    }

    void shouldShowTitlesAsPlainText()
    {
        SessionFixture fixture;
        RecordStore store(fixture.db());
        const QString title = QStringLiteral("<b>Night</b> <img src=x> quizzical");
        QVERIFY(store.create(Kinds::get(QStringLiteral("activities")),
            {{QStringLiteral("title"), title}, {QStringLiteral("kind"), QStringLiteral("other")},
                {QStringLiteral("start"), QStringLiteral("2024-06-01")}}));
        SearchDialog dialog(fixture.session());
        dialog.resize(560, 480);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setSearchText(QStringLiteral("quizzical"));
        auto *results = dialog.findChild<QTreeView *>(QStringLiteral("searchResults"));
        QCOMPARE(
            results->model()->index(0, 0, results->model()->index(0, 0)).data().toString(), title);
        if (!qEnvironmentVariableIsEmpty("PACTESUR_TEST_SHOTS")) {
            dialog.setSearchText(QStringLiteral("nice"));
            QVERIFY(dialog.grab().save(QStringLiteral("/tmp/shot_search.png")));
        }
    }
};

QTEST_MAIN(TestSearchDialog)
#include "tst_searchdialog.moc"
