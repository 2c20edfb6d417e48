// SPDX-License-Identifier: EUPL-1.2
// The Activities screen: the list of activities or their calendar, with a toggle between.
#pragma once

#include <QWidget>

class QStackedWidget;
class QToolButton;

namespace pactesur {

class ActivityCalendarView;
class RecordListView;
class Session;

class ActivitiesSection : public QWidget
{
    Q_OBJECT
public:
    ActivitiesSection(Session &session, RecordListView *list, QWidget *parent = nullptr);

    RecordListView *list() const { return m_list; }
    ActivityCalendarView *calendar() const { return m_calendar; }
    bool isCalendarShown() const;
    void showCalendar(bool calendar);

signals:
    void activityActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    RecordListView *m_list = nullptr;
    ActivityCalendarView *m_calendar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QToolButton *m_listButton = nullptr;
    QToolButton *m_calendarButton = nullptr;
};

} // namespace pactesur
