// SPDX-License-Identifier: EUPL-1.2
// The calendar of activities: a month grid and the project period as a timeline, both read
// from SQL a month (or an aggregate) at a time, never the whole activity table.
#pragma once

#include <QDate>
#include <QMap>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace pactesur {

class CalendarMonthGrid;
class CalendarTimeline;
class Session;

class ActivityCalendarView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Month, Period };

    explicit ActivityCalendarView(Session &session, QWidget *parent = nullptr);
    ~ActivityCalendarView() override;

    // Reads the shown month (and the period, when it is shown) again.
    void refresh();
    void showMonth(const QDate &anyDayInMonth);
    // The first day of the month shown.
    QDate shownMonth() const;
    QDate selectedDay() const;
    // Selects `day` and shows its month.
    void setSelectedDay(const QDate &day);
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    // What the month grid holds for one day of its weeks, in start order. A day of a very
    // busy month (thousands of activities) holds the first few only.
    QStringList activityIdsOn(const QDate &day) const;
    // Where the month grid draws an activity on `day`, in monthGrid() coordinates; null
    // when it is not drawn there (not that day, or hidden under "+n more").
    QRect activityRect(const QDate &day, const QString &id) const;
    // Activities per month ("yyyy-MM") over the project period, as the timeline counts them.
    QMap<QString, int> periodCounts() const;
    // Where the timeline draws an activity's marker, in periodTimeline() coordinates; null
    // when markers are not drawn (too many activities) or the activity is not among them.
    QRect periodMarkerRect(const QString &id) const;
    QWidget *monthGrid() const;
    QWidget *periodTimeline() const;

signals:
    void activityActivated(const QString &id);
    void shownMonthChanged(const QDate &firstDayOfMonth);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    friend class CalendarMonthGrid;

    void retranslateUi();
    void updateTitle();
    void loadMonth();
    void loadPeriod();
    void clearData();
    // Keyboard and navigation of the grid: moves the selection, changing month if needed.
    void moveSelection(int days);
    void moveMonths(int months);
    void activateSelectedDay();

    Session &m_session;
    Mode m_mode = Mode::Month;
    QDate m_month;
    QDate m_selected;
    bool m_periodStale = true;
    int m_maxSpanDays = -1; // longest activity, so a month's query can bound its index scan
    bool m_loadDeferred = false; // while constructing: the first showEvent() reads the month

    QToolButton *m_monthMode = nullptr;
    QToolButton *m_periodMode = nullptr;
    QButtonGroup *m_modes = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_today = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_title = nullptr;
    QStackedWidget *m_pages = nullptr;
    CalendarMonthGrid *m_grid = nullptr;
    CalendarTimeline *m_timeline = nullptr;
};

} // namespace pactesur
