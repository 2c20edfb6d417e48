// SPDX-License-Identifier: EUPL-1.2
// The charts, the map and the milestone timeline as assistive technology meets them: one
// accessible child per bar, city or milestone, named and valued from the data they draw; the
// arrow keys move the current one and say so; Enter and the press action open it.
#include "dashboard/charttimeline.h"
#include "dashboard/dashboardformat.h"
#include "guitestsupport.h"
#include "shell/highcontrast.h"
#include "widgets/chartbars.h"
#include "widgets/europemap.h"

#include <QAccessible>
#include <QSignalSpy>
#include <QTest>

using namespace pactesur;

namespace {

QList<ChartBar> quarterBars()
{
    return {{QStringLiteral("Q4 2023"), {1}, QStringLiteral("Q4 2023: 1 activity"), {},
                QStringLiteral("1 activity")},
        {QStringLiteral("Q1\n2024"), {0}, {}, {}, QStringLiteral("0 activities")},
        {QStringLiteral("Q2 2024"), {2, 3}, {}, {}, {}}};
}

QList<MapCity> cities()
{
    return {{QStringLiteral("nice"), QStringLiteral("Nice"), QStringLiteral("FR"), 43.70, 7.27, 12,
                {}, QStringLiteral("Activities hosted: 12")},
        {QStringLiteral("riga"), QStringLiteral("Riga"), QStringLiteral("LV"), 56.95, 24.11, 3, {},
            QStringLiteral("Activities hosted: 3")},
        {QStringLiteral("turin"), QStringLiteral("Turin"), QStringLiteral("IT"), 45.07, 7.69, 0, {},
            {}}};
}

// Shows `widget` in an active window and gives it the keyboard focus.
void focus(QWidget &widget)
{
    widget.resize(640, 400);
    widget.show();
    widget.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&widget));
    widget.setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(widget.hasFocus());
}

} // namespace

class TestAccessibleItems : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::prepareGuiTests(); }

    void shouldExposeEachBarWithItsNameAndValue()
    {
        // GIVEN a chart of three bars
        ChartBars chart(ChartBars::Orientation::Columns);
        chart.setAccessibleName(QStringLiteral("Activities per quarter"));
        chart.setBars(quarterBars());
        chart.resize(600, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        // WHEN assistive technology asks for it
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(&chart);
        // THEN it is a chart of three items, named and valued as drawn
        QVERIFY(view);
        QCOMPARE(view->role(), QAccessible::Chart);
        QCOMPARE(view->text(QAccessible::Name), QStringLiteral("Activities per quarter"));
        QCOMPARE(view->childCount(), 3);
        const QStringList names {
            QStringLiteral("Q4 2023"), QStringLiteral("Q1 2024"), QStringLiteral("Q2 2024")};
        const QStringList values {
            QStringLiteral("1 activity"), QStringLiteral("0 activities"), QStringLiteral("5")};
        const QList<int> numbers {1, 0, 5};
        for (int i = 0; i < 3; ++i) {
            QAccessibleInterface *bar = view->child(i);
            QVERIFY(bar && bar->isValid());
            QCOMPARE(bar->role(), QAccessible::ListItem);
            QCOMPARE(bar->text(QAccessible::Name), names.at(i));
            QCOMPARE(bar->text(QAccessible::Value), values.at(i));
            QCOMPARE(bar->text(QAccessible::Description), values.at(i));
            QVERIFY(bar->valueInterface());
            QCOMPARE(bar->valueInterface()->currentValue().toInt(), numbers.at(i));
            QCOMPARE(bar->valueInterface()->maximumValue().toInt(), 5);
            QCOMPARE(bar->parent(), view);
            QCOMPARE(view->indexOfChild(bar), i);
            // The same object each time: AT-SPI addresses it by its id.
            QCOMPARE(view->child(i), bar);
            QVERIFY(view->rect().contains(bar->rect()));
            QCOMPARE(view->childAt(bar->rect().center().x(), bar->rect().center().y()), bar);
        }
        QCOMPARE(view->child(3), nullptr);
        // AND fewer bars make the extra item invalid rather than wrong
        QAccessibleInterface *third = view->child(2);
        chart.setBars(quarterBars().mid(0, 2));
        QCOMPARE(view->childCount(), 2);
        QVERIFY(!third->isValid());
    }

    void shouldWalkTheBarsWithTheArrowKeysAndOpenOneWithEnter()
    {
        // GIVEN a chart with the keyboard focus
        ChartBars chart(ChartBars::Orientation::Rows);
        chart.setBars(quarterBars());
        QSignalSpy activated(&chart, &ChartBars::barActivated);
        focus(chart);
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(&chart);
        // THEN the first bar is the current one at once, and the focused item
        QCOMPARE(chart.currentAccessibleItem(), 0);
        QVERIFY(view->child(0)->state().focused);
        QCOMPARE(view->focusChild(), view->child(0));
        // WHEN Down is pressed
        QTest::keyClick(&chart, Qt::Key_Down);
        // THEN the second bar is current and focused (tst_a11ybus sees the Focus event on
        // the bus; offscreen, Qt sends none)
        QCOMPARE(chart.currentAccessibleItem(), 1);
        QCOMPARE(view->focusChild(), view->child(1));
        QVERIFY(view->child(1)->state().focused);
        QVERIFY(!view->child(0)->state().focused);
        test::saveShot(&chart, QStringLiteral("chart_focus"));
        // AND Left goes back, and wraps from the first to the last
        QTest::keyClick(&chart, Qt::Key_Left);
        QTest::keyClick(&chart, Qt::Key_Left);
        QCOMPARE(chart.currentAccessibleItem(), 2);
        // WHEN Enter is pressed THEN the bar opens as a click on it would
        QTest::keyClick(&chart, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toInt(), 2);
        // AND the press action of an item opens that item
        view->child(0)->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.last().at(0).toInt(), 0);
        QCOMPARE(chart.currentAccessibleItem(), 0);
    }

    void shouldExposeEachCityOfTheMap()
    {
        // GIVEN the map of three cities
        EuropeMap map;
        map.setCities(cities(), QStringLiteral("Activities hosted"));
        QSignalSpy activated(&map, &EuropeMap::cityActivated);
        focus(map);
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(&map);
        // THEN each city is an item named by the city, valued by its number
        QCOMPARE(view->childCount(), 3);
        for (int i = 0; i < 3; ++i) {
            QAccessibleInterface *city = view->child(i);
            QCOMPARE(city->text(QAccessible::Name), cities().at(i).name);
            QCOMPARE(city->valueInterface()->currentValue().toLongLong(), cities().at(i).value);
            QVERIFY(city->rect().contains(
                map.mapToGlobal(map.cityPosition(cities().at(i).id).toPoint())));
        }
        QCOMPARE(view->child(0)->text(QAccessible::Value), QStringLiteral("Activities hosted: 12"));
        QCOMPARE(view->child(2)->text(QAccessible::Value), QStringLiteral("0"));
        // WHEN the arrow keys move on and Enter is pressed
        QCOMPARE(map.currentAccessibleItem(), 0);
        QTest::keyClick(&map, Qt::Key_Right);
        QCOMPARE(map.currentAccessibleItem(), 1);
        QVERIFY(view->child(1)->state().focused);
        test::saveShot(&map, QStringLiteral("map_focus"));
        map.setPalette(HighContrast::palette());
        test::saveShot(&map, QStringLiteral("map_focus_highcontrast"));
        QTest::keyClick(&map, Qt::Key_Enter);
        // THEN that city opens
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("riga"));
    }

    void shouldExposeEachMilestoneWithItsDate()
    {
        // GIVEN the project period with two milestones
        ChartTimeline timeline;
        timeline.setPeriod(QDate(2023, 9, 1), QDate(2025, 8, 31), QDate(2024, 6, 1));
        timeline.setMarks({{QDate(2023, 11, 14), QStringLiteral("Kick-off meeting"), {}},
            {QDate(2024, 5, 13), QStringLiteral("Police academy"), {}}});
        QSignalSpy activated(&timeline, &ChartTimeline::markActivated);
        focus(timeline);
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(&timeline);
        // THEN each milestone is an item named by its title, its date as the value
        QCOMPARE(view->childCount(), 2);
        QCOMPARE(view->child(1)->text(QAccessible::Name), QStringLiteral("Police academy"));
        QCOMPARE(view->child(1)->text(QAccessible::Value),
            dashboardformat::mediumDate(QDate(2024, 5, 13)));
        QVERIFY(!view->child(1)->valueInterface());
        QVERIFY(view->child(1)->rect().contains(
            timeline.mapToGlobal(timeline.markRect(1).center().toPoint())));
        // WHEN Right and Enter are pressed THEN the second is focused, then opens
        QCOMPARE(timeline.currentAccessibleItem(), 0);
        QTest::keyClick(&timeline, Qt::Key_Right);
        QVERIFY(view->child(1)->state().focused);
        test::saveShot(&timeline, QStringLiteral("timeline_focus"));
        QTest::keyClick(&timeline, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toInt(), 1);
    }
};

QTEST_MAIN(TestAccessibleItems)
#include "tst_accessibleitems.moc"
