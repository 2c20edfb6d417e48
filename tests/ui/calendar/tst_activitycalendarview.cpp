// SPDX-License-Identifier: EUPL-1.2
// The activity calendar: a month's days, keyboard and mouse, busy months, the project period.
#include "calendar/activitycalendarview.h"
#include "guitestsupport.h"
#include "session/session.h"
#include "store/database.h"
#include "store/replica.h"
#include "util/translations.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pactesur;

namespace {

const QDate kAcademyStart(2024, 5, 13);
const QDate kAcademyEnd(2024, 5, 15);

// A seeded coordinator database in a session, as the app opens it.
using SessionFixture = test::TestSession;

QString academyId(Database &db)
{
    QSqlQuery query(db.sql());
    query.exec(QStringLiteral("SELECT id FROM activity WHERE title LIKE '%police academy%'"));
    return query.next() ? query.value(0).toString() : QString();
}

// Raw rows in one transaction (the write path would stamp each one, which is not what these
// tests are about): `count` activities spread over the days of `month`, of every kind.
void addActivities(Database &db, const QDate &month, int count, int maxDays = 1)
{
    static const char *const kinds[] = {"meeting", "police_staff_exchange", "academy", "training",
        "study_visit", "workshop", "webinar", "steering_committee", "communication", "other"};
    QSqlQuery query(db.sql());
    QVERIFY(db.sql().transaction());
    QVERIFY(query.prepare(QStringLiteral(
        "INSERT INTO activity (id, owner, created_at, updated_at, kind, title, \"start\", "
        "\"end\", place) VALUES (?, 'coordinator', '2025-01-01T00:00:00Z', "
        "'2025-01-01T00:00:00Z', ?, ?, ?, ?, 'Somewhere')")));
    for (int i = 0; i < count; ++i) {
        const QDate start = month.addDays(i % month.daysInMonth());
        query.addBindValue(
            QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
        query.addBindValue(QString::fromLatin1(kinds[i % 10]));
        query.addBindValue(QStringLiteral("Exchange on night safety %1").arg(i));
        query.addBindValue(start.toString(Qt::ISODate));
        query.addBindValue(start.addDays(i % maxDays).toString(Qt::ISODate));
        QVERIFY(query.exec());
    }
    QVERIFY(db.sql().commit());
}

void saveShot(QWidget &widget, const char *name)
{
    if (qEnvironmentVariableIsEmpty("PACTESUR_TEST_SHOTS"))
        return;
    QApplication::processEvents(); // the layout follows the last texts
    QVERIFY(widget.grab().save(QStringLiteral("/tmp/shot_%1.png").arg(QLatin1String(name))));
}

} // namespace

class TestActivityCalendarView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void shouldListThePoliceAcademyOnEachOfItsDays()
    {
        // GIVEN the seeded database
        SessionFixture fixture;
        const QString id = academyId(fixture.db());
        QVERIFY(!id.isEmpty());
        ActivityCalendarView view(fixture.session());
        QSignalSpy monthChanged(&view, &ActivityCalendarView::shownMonthChanged);
        // WHEN May 2024 is shown
        view.showMonth(QDate(2024, 5, 20));
        // THEN the academy is on 13, 14 and 15 May, and on no other day
        QCOMPARE(view.shownMonth(), QDate(2024, 5, 1));
        QCOMPARE(monthChanged.count(), 1);
        for (QDate day = kAcademyStart; day <= kAcademyEnd; day = day.addDays(1))
            QCOMPARE(view.activityIdsOn(day), QStringList {id});
        QVERIFY(view.activityIdsOn(kAcademyStart.addDays(-1)).isEmpty());
        QVERIFY(view.activityIdsOn(kAcademyEnd.addDays(1)).isEmpty());
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("calendarTitle"))->text(),
            QStringLiteral("May 2024"));
    }

    void shouldActivateAnActivityWhenItIsClicked()
    {
        // GIVEN May 2024 on screen
        SessionFixture fixture;
        const QString id = academyId(fixture.db());
        ActivityCalendarView view(fixture.session());
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showMonth(QDate(2024, 5, 1));
        QSignalSpy activated(&view, &ActivityCalendarView::activityActivated);
        // WHEN the academy is clicked on its second day
        const QRect rect = view.activityRect(QDate(2024, 5, 14), id);
        QVERIFY(rect.isValid());
        QTest::mouseClick(view.monthGrid(), Qt::LeftButton, {}, rect.center());
        // THEN its id is emitted and its day selected
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), id);
        QCOMPARE(view.selectedDay(), QDate(2024, 5, 14));
        // AND a click on an empty day only selects it
        const QRect empty = view.activityRect(QDate(2024, 5, 20), id);
        QVERIFY(empty.isNull());
        saveShot(view, "calendar_month_seed");
    }

    void shouldMoveByKeyboardAndActivateWithEnter()
    {
        // GIVEN 12 May 2024 selected
        SessionFixture fixture;
        const QString id = academyId(fixture.db());
        ActivityCalendarView view(fixture.session());
        view.setSelectedDay(QDate(2024, 5, 12));
        QSignalSpy activated(&view, &ActivityCalendarView::activityActivated);
        QWidget *grid = view.monthGrid();
        // WHEN Enter is pressed on a day without activities, nothing is activated
        QTest::keyClick(grid, Qt::Key_Return);
        QCOMPARE(activated.count(), 0);
        // WHEN Right moves to 13 May and Enter is pressed
        QTest::keyClick(grid, Qt::Key_Right);
        QCOMPARE(view.selectedDay(), kAcademyStart);
        QTest::keyClick(grid, Qt::Key_Enter);
        // THEN the academy is activated
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), id);
        // AND Down, Up, PageDown and PageUp move by weeks and months
        QTest::keyClick(grid, Qt::Key_Down);
        QCOMPARE(view.selectedDay(), QDate(2024, 5, 20));
        QTest::keyClick(grid, Qt::Key_Up);
        QCOMPARE(view.selectedDay(), kAcademyStart);
        QTest::keyClick(grid, Qt::Key_PageDown);
        QCOMPARE(view.shownMonth(), QDate(2024, 6, 1));
        QCOMPARE(view.selectedDay(), QDate(2024, 6, 13));
        QTest::keyClick(grid, Qt::Key_PageUp);
        QCOMPARE(view.shownMonth(), QDate(2024, 5, 1));
        QCOMPARE(view.activityIdsOn(kAcademyStart), QStringList {id});
        // AND leaving the month by arrow shows the next one
        view.setSelectedDay(QDate(2024, 5, 31));
        QTest::keyClick(grid, Qt::Key_Right);
        QCOMPARE(view.selectedDay(), QDate(2024, 6, 1));
        QCOMPARE(view.shownMonth(), QDate(2024, 6, 1));
    }

    void shouldTellAssistiveTechnologyEveryDayAndItsActivities()
    {
        // GIVEN May 2024 (it starts on a Wednesday: five weeks from Monday 29 April) with the
        // academy's three days selected from the grid
        SessionFixture fixture;
        ActivityCalendarView view(fixture.session());
        view.resize(900, 700);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setSelectedDay(kAcademyStart);
        QWidget *grid = view.monthGrid();
        grid->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(grid->hasFocus());
        // WHEN assistive technology asks for the grid
        QAccessibleInterface *days = QAccessible::queryAccessibleInterface(grid);
        QVERIFY(days);
        // THEN every day drawn is an item, valued by its activities as the calendar lists them
        QCOMPARE(days->childCount(), 35);
        for (int i = 0; i < days->childCount(); ++i) {
            const QDate day = QDate(2024, 4, 29).addDays(i);
            QAccessibleInterface *item = days->child(i);
            const int count = int(view.activityIdsOn(day).size());
            QVERIFY2(item->text(QAccessible::Name).contains(QString::number(day.year())),
                qPrintable(item->text(QAccessible::Name)));
            QCOMPARE(item->valueInterface()->currentValue().toInt(), count);
            QCOMPARE(item->text(QAccessible::Value),
                count == 1 ? QStringLiteral("1 activity")
                           : QStringLiteral("%1 activities").arg(count));
            QVERIFY(days->rect().contains(item->rect()));
        }
        // AND the selected day is the focused item
        QAccessibleInterface *academy = days->child(14); // 13 May
        QVERIFY(academy->state().focused);
        QCOMPARE(days->focusChild(), academy);
        // WHEN Right is pressed THEN the next day is the focused item
        QTest::keyClick(grid, Qt::Key_Right);
        QCOMPARE(days->focusChild(), days->child(15));
        QVERIFY(!academy->state().focused);
        // AND the press action on a day opens its activity, as Enter does
        QSignalSpy activated(&view, &ActivityCalendarView::activityActivated);
        academy->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(view.selectedDay(), kAcademyStart);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), academyId(fixture.db()));
    }

    void shouldWalkTheProjectPeriodMonthByMonthWithTheKeyboard()
    {
        // GIVEN the project period shown, its timeline focused
        SessionFixture fixture;
        addActivities(fixture.db(), QDate(2024, 10, 1), 12);
        ActivityCalendarView view(fixture.session());
        view.resize(1000, 600);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setMode(ActivityCalendarView::Mode::Period);
        QWidget *timeline = view.periodTimeline();
        timeline->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(timeline->hasFocus());
        QAccessibleInterface *months = QAccessible::queryAccessibleInterface(timeline);
        // THEN each month of the project (September 2023 to August 2025) is an item whose
        // number is the calendar's count of that month
        QCOMPARE(months->role(), QAccessible::Chart);
        QCOMPARE(months->childCount(), 24);
        const QMap<QString, int> counts = view.periodCounts();
        for (int i = 0; i < 24; ++i) {
            const QString month = QDate(2023, 9, 1).addMonths(i).toString(u"yyyy-MM");
            QCOMPARE(
                months->child(i)->valueInterface()->currentValue().toInt(), counts.value(month));
        }
        QCOMPARE(months->child(13)->text(QAccessible::Value), QStringLiteral("12 activities"));
        // WHEN Home, then Right twice and Enter are pressed
        QTest::keyClick(timeline, Qt::Key_Home);
        QCOMPARE(months->focusChild(), months->child(0));
        QTest::keyClick(timeline, Qt::Key_Right);
        QTest::keyClick(timeline, Qt::Key_Right);
        QCOMPARE(months->focusChild(), months->child(2));
        QTest::keyClick(timeline, Qt::Key_Return);
        // THEN November 2023 opens in the month grid, as a double click on its bar does
        QCOMPARE(view.mode(), ActivityCalendarView::Mode::Month);
        QCOMPARE(view.shownMonth(), QDate(2023, 11, 1));
    }

    void shouldTurnMonthsWithTheButtons()
    {
        SessionFixture fixture;
        ActivityCalendarView view(fixture.session());
        view.showMonth(QDate(2024, 5, 1));
        // WHEN next, then previous twice, then today are clicked
        auto *next = view.findChild<QAbstractButton *>(QStringLiteral("calendarNext"));
        auto *previous = view.findChild<QAbstractButton *>(QStringLiteral("calendarPrevious"));
        auto *today = view.findChild<QAbstractButton *>(QStringLiteral("calendarToday"));
        QVERIFY(next && previous && today);
        for (QAbstractButton *button : {next, previous, today})
            QVERIFY(!button->accessibleName().isEmpty());
        next->click();
        QCOMPARE(view.shownMonth(), QDate(2024, 6, 1));
        previous->click();
        previous->click();
        QCOMPARE(view.shownMonth(), QDate(2024, 4, 1));
        today->click();
        const QDate now = QDate::currentDate();
        QCOMPARE(view.shownMonth(), QDate(now.year(), now.month(), 1));
        QCOMPARE(view.selectedDay(), now);
    }

    void shouldShowTheFirstActivitiesOfEveryDayOfAVeryBusyMonth()
    {
        // GIVEN 5,000 activities in May 2024, more than one month's query reads
        SessionFixture fixture;
        addActivities(fixture.db(), QDate(2024, 5, 1), 5000, 3);
        ActivityCalendarView view(fixture.session());
        view.resize(1000, 700);
        // WHEN May is shown
        view.showMonth(QDate(2024, 5, 1));
        // THEN its last day holds activities too (read day by day, a few per day)
        const QStringList last = view.activityIdsOn(QDate(2024, 5, 31));
        QVERIFY(!last.isEmpty());
        QVERIFY(last.size() <= 12);
        // AND each of them overlaps that day
        QSqlQuery query(fixture.db().sql());
        for (const QString &id : last) {
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM activity WHERE id = '%1' "
                                              "AND \"start\" <= '2024-05-31' AND "
                                              "coalesce(\"end\", \"start\") >= '2024-05-31'")
                                   .arg(id)));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 1);
        }
        // AND the period counts them all but draws none one by one
        view.setMode(ActivityCalendarView::Mode::Period);
        QCOMPARE(view.periodCounts().value(QStringLiteral("2024-05")), 5001);
        QVERIFY(view.periodMarkerRect(academyId(fixture.db())).isNull());
    }

    void shouldCountActivitiesPerMonthOverTheProjectPeriodAsSqlDoes()
    {
        // GIVEN the seed and some more activities, one of them outside the project
        SessionFixture fixture;
        addActivities(fixture.db(), QDate(2024, 10, 1), 40, 2);
        QSqlQuery outside(fixture.db().sql());
        QVERIFY(outside.exec(QStringLiteral("UPDATE activity SET \"start\" = '2026-01-10', "
                                            "\"end\" = NULL WHERE title LIKE '%safety 7'")));
        const QString id = academyId(fixture.db());
        ActivityCalendarView view(fixture.session());
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // WHEN the project period is chosen
        auto *period = view.findChild<QAbstractButton *>(QStringLiteral("calendarPeriodMode"));
        QVERIFY(period);
        period->click();
        QCOMPARE(view.mode(), ActivityCalendarView::Mode::Period);
        // THEN its counts per month are SQL's over the project's dates
        QMap<QString, int> expected;
        QSqlQuery query(fixture.db().sql());
        QVERIFY(query.exec(
            QStringLiteral("SELECT substr(a.\"start\", 1, 7), count(*) FROM activity a, project p "
                           "WHERE a.deleted = 0 AND p.deleted = 0 AND a.\"start\" BETWEEN "
                           "p.\"start\" AND p.\"end\" GROUP BY 1")));
        while (query.next())
            expected.insert(query.value(0).toString(), query.value(1).toInt());
        QCOMPARE(view.periodCounts(), expected);
        QCOMPARE(view.periodCounts().value(QStringLiteral("2024-05")), 1);
        QCOMPARE(view.periodCounts().value(QStringLiteral("2024-10")), 39);
        QVERIFY(!view.periodCounts().contains(QStringLiteral("2026-01")));
        const QString title = view.findChild<QLabel *>(QStringLiteral("calendarTitle"))->text();
        QVERIFY2(title.contains(QStringLiteral("2023")) && title.contains(QStringLiteral("2025")),
            qPrintable(title));
        // AND with so few activities each is a marker that activates it when clicked
        QSignalSpy activated(&view, &ActivityCalendarView::activityActivated);
        const QRect marker = view.periodMarkerRect(id);
        QVERIFY(marker.isValid());
        QTest::mouseClick(view.periodTimeline(), Qt::LeftButton, {}, marker.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), id);
        // AND the month mode comes back with its button
        view.findChild<QAbstractButton *>(QStringLiteral("calendarMonthMode"))->click();
        QCOMPARE(view.mode(), ActivityCalendarView::Mode::Month);
    }

    void shouldFollowTheLanguage()
    {
        SessionFixture fixture;
        ActivityCalendarView view(fixture.session());
        view.showMonth(QDate(2024, 5, 1));
        // WHEN the language becomes French
        QVERIFY(Translations::install(QStringLiteral("fr")));
        // THEN the month's name follows, and its days are read again
        QTRY_COMPARE(view.findChild<QLabel *>(QStringLiteral("calendarTitle"))->text(),
            QStringLiteral("mai 2024"));
        QCOMPARE(view.activityIdsOn(kAcademyStart).size(), 1);
    }

    void shouldDrawABusyMonthAndPeriodForScreenshots()
    {
        if (qEnvironmentVariableIsEmpty("PACTESUR_TEST_SHOTS"))
            QSKIP("set PACTESUR_TEST_SHOTS to write /tmp/shot_calendar_*.png");
        SessionFixture fixture;
        addActivities(fixture.db(), QDate(2024, 5, 1), 60, 3);
        ActivityCalendarView view(fixture.session());
        view.resize(1100, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSelectedDay(QDate(2024, 5, 14));
        view.monthGrid()->setFocus();
        QApplication::processEvents();
        saveShot(view, "calendar_month");
        view.setSelectedDay(QDate::currentDate());
        saveShot(view, "calendar_today");
        view.setSelectedDay(QDate(2024, 5, 14));
        view.setMode(ActivityCalendarView::Mode::Period);
        saveShot(view, "calendar_period");
    }
};

QTEST_MAIN(TestActivityCalendarView)
#include "tst_activitycalendarview.moc"
