// SPDX-License-Identifier: EUPL-1.2
// The Activities screen: the list of activities or their calendar, with a toggle between.
#include "activitiessection.h"

#include "activitycalendarview.h"
#include "records/recordlistview.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace pactesur {

ActivitiesSection::ActivitiesSection(Session &session, RecordListView *list, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
{
    setObjectName(QStringLiteral("section_activities"));
    m_calendar = new ActivityCalendarView(session, this);
    m_calendar->setObjectName(QStringLiteral("activityCalendar"));
    connect(m_calendar, &ActivityCalendarView::activityActivated, this,
        &ActivitiesSection::activityActivated);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("activityPages"));
    m_pages->addWidget(m_list);
    m_pages->addWidget(m_calendar);

    m_listButton = new QToolButton(this);
    m_listButton->setObjectName(QStringLiteral("activitiesAsList"));
    m_calendarButton = new QToolButton(this);
    m_calendarButton->setObjectName(QStringLiteral("activitiesAsCalendar"));
    auto *group = new QButtonGroup(this);
    for (QToolButton *button : {m_listButton, m_calendarButton}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        group->addButton(button);
    }
    m_listButton->setChecked(true);
    connect(m_calendarButton, &QToolButton::toggled, this, &ActivitiesSection::showCalendar);

    auto *toggle = new QHBoxLayout;
    toggle->setContentsMargins(16, 8, 16, 0);
    toggle->setSpacing(0);
    toggle->addStretch(1);
    toggle->addWidget(m_listButton);
    toggle->addWidget(m_calendarButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(toggle);
    layout->addWidget(m_pages, 1);
    retranslateUi();
}

bool ActivitiesSection::isCalendarShown() const
{
    return m_pages->currentWidget() == m_calendar;
}

void ActivitiesSection::showCalendar(bool calendar)
{
    m_pages->setCurrentWidget(calendar ? static_cast<QWidget *>(m_calendar) : m_list);
    (calendar ? m_calendarButton : m_listButton)->setChecked(true);
}

void ActivitiesSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ActivitiesSection::retranslateUi()
{
    m_listButton->setText(tr("List"));
    m_listButton->setAccessibleName(tr("Show the activities as a list"));
    m_listButton->setToolTip(m_listButton->accessibleName());
    m_calendarButton->setText(tr("Calendar"));
    m_calendarButton->setAccessibleName(tr("Show the activities in a calendar"));
    m_calendarButton->setToolTip(m_calendarButton->accessibleName());
}

} // namespace pactesur
