// SPDX-License-Identifier: EUPL-1.2
// The calendar of activities: a month grid and the project period as a timeline, both read
// from SQL a month (or an aggregate) at a time, never the whole activity table.
#include "activitycalendarview.h"

#include "calendarmonthgrid.h"
#include "calendarshared.h"
#include "calendartimeline.h"
#include "session/session.h"
#include "store/database.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace pactesur {

namespace {

// A month query reads at most this many rows; a busier month is read day by day instead.
constexpr int kMonthLimit = 2000;
// What one day of a very busy month reads: more than a cell can show, for its "+n more" list.
constexpr int kDayLimit = 12;
// Below this many activities in the period, the timeline draws each one as a marker.
constexpr int kMarkerLimit = 300;

const QString kItemColumns = QStringLiteral(
    "SELECT a.id, a.title, a.kind, a.\"start\", a.\"end\", coalesce(c.name, ''), "
    "coalesce(a.place, '') FROM activity a LEFT JOIN city c ON c.id = a.host_city ");
// The lower bound on "start" (the day minus the longest activity) lets SQLite scan a short
// range of the start index instead of every earlier activity: 4 ms instead of 140 ms for a
// month at network scale.
const QString kOverlapWhere
    = QStringLiteral("WHERE a.deleted = 0 AND a.\"start\" >= :scanFrom AND a.\"start\" <= :lastDay "
                     "AND coalesce(a.\"end\", a.\"start\") >= :firstDay ");

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

CalendarItem readItem(const QSqlQuery &query)
{
    CalendarItem item;
    item.id = query.value(0).toString();
    item.title = query.value(1).toString();
    item.kind = query.value(2).toString();
    item.start = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    item.end = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    if (!item.end.isValid() || item.end < item.start)
        item.end = item.start;
    item.hostCity = query.value(5).toString();
    item.place = query.value(6).toString();
    return item;
}

void bindOverlap(QSqlQuery &query, const QDate &first, const QDate &last, int maxSpanDays)
{
    query.bindValue(QStringLiteral(":scanFrom"), isoDate(first.addDays(-maxSpanDays)));
    query.bindValue(QStringLiteral(":lastDay"), isoDate(last));
    query.bindValue(QStringLiteral(":firstDay"), isoDate(first));
}

} // namespace

namespace {

QToolButton *toolButton(const char *objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setAutoRaise(true);
    return button;
}

} // namespace

ActivityCalendarView::ActivityCalendarView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("activityCalendar"));

    m_monthMode = toolButton("calendarMonthMode", this);
    m_periodMode = toolButton("calendarPeriodMode", this);
    m_modes = new QButtonGroup(this);
    m_modes->setExclusive(true);
    for (QToolButton *button : {m_monthMode, m_periodMode}) {
        button->setCheckable(true);
        button->setAutoRaise(false);
        m_modes->addButton(button);
    }
    m_monthMode->setChecked(true);
    m_previous = toolButton("calendarPrevious", this);
    m_previous->setArrowType(isRightToLeft() ? Qt::RightArrow : Qt::LeftArrow);
    m_next = toolButton("calendarNext", this);
    m_next->setArrowType(isRightToLeft() ? Qt::LeftArrow : Qt::RightArrow);
    m_today = toolButton("calendarToday", this);
    m_today->setAutoRaise(false);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_grid = new CalendarMonthGrid(this);
    m_timeline = new CalendarTimeline(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_grid);
    m_pages->addWidget(m_timeline);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(4);
    bar->addWidget(m_today);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addSpacing(8);
    bar->addWidget(m_title);
    bar->addStretch(1);
    bar->addWidget(m_monthMode);
    bar->addWidget(m_periodMode);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);
    setFocusProxy(m_grid);

    connect(m_monthMode, &QToolButton::clicked, this, [this] { setMode(Mode::Month); });
    connect(m_periodMode, &QToolButton::clicked, this, [this] { setMode(Mode::Period); });
    connect(m_previous, &QToolButton::clicked, this, [this] { moveMonths(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { moveMonths(1); });
    connect(m_today, &QToolButton::clicked, this, [this] { setSelectedDay(QDate::currentDate()); });
    connect(
        &m_session, &Session::databaseAboutToBeReplaced, this, &ActivityCalendarView::clearData);
    connect(&m_session, &Session::databaseReplaced, this, &ActivityCalendarView::refresh);

    retranslateUi();
    // The month is read when the view is first shown: the Activities section opens on its
    // list, and the start should not read a calendar nobody sees.
    m_loadDeferred = true;
    showMonth(QDate::currentDate());
    m_loadDeferred = false;
}

ActivityCalendarView::~ActivityCalendarView() = default;

void ActivityCalendarView::refresh()
{
    m_maxSpanDays = -1; // an edit may have made an activity longer
    loadMonth();
    if (m_mode == Mode::Period)
        loadPeriod();
    else
        m_periodStale = true;
}

void ActivityCalendarView::showMonth(const QDate &anyDayInMonth)
{
    if (!anyDayInMonth.isValid())
        return;
    const QDate month(anyDayInMonth.year(), anyDayInMonth.month(), 1);
    const bool changed = month != m_month;
    if (!m_selected.isValid() || m_selected.year() != month.year()
        || m_selected.month() != month.month())
        m_selected = month.addDays(
            std::min(m_selected.isValid() ? m_selected.day() : 1, month.daysInMonth()) - 1);
    m_month = month;
    m_grid->setMonth(month);
    loadMonth();
    updateTitle();
    if (changed)
        emit shownMonthChanged(month);
}

QDate ActivityCalendarView::shownMonth() const
{
    return m_month;
}

QDate ActivityCalendarView::selectedDay() const
{
    return m_selected;
}

void ActivityCalendarView::setSelectedDay(const QDate &day)
{
    if (!day.isValid())
        return;
    m_selected = day;
    if (day.year() != m_month.year() || day.month() != m_month.month())
        showMonth(day);
    const int count = m_grid->data().totals.value(day);
    m_grid->setAccessibleDescription(
        tr("%1: %n activities", "selected day: how many activities", count).arg(dateText(day)));
    m_grid->update();
}

void ActivityCalendarView::setMode(Mode mode)
{
    const bool hadFocus = m_pages->currentWidget() && m_pages->currentWidget()->hasFocus();
    m_mode = mode;
    (mode == Mode::Month ? m_monthMode : m_periodMode)->setChecked(true);
    m_pages->setCurrentWidget(mode == Mode::Month ? static_cast<QWidget *>(m_grid) : m_timeline);
    setFocusProxy(mode == Mode::Month ? static_cast<QWidget *>(m_grid) : nullptr);
    for (QWidget *widget : {m_previous, m_next, m_today})
        widget->setVisible(mode == Mode::Month);
    if (mode == Mode::Period && m_periodStale)
        loadPeriod();
    if (hadFocus && mode == Mode::Month)
        m_grid->setFocus();
    updateTitle();
}

QStringList ActivityCalendarView::activityIdsOn(const QDate &day) const
{
    return m_grid->idsOn(day);
}

QRect ActivityCalendarView::activityRect(const QDate &day, const QString &id) const
{
    return m_grid->itemRect(day, id);
}

QMap<QString, int> ActivityCalendarView::periodCounts() const
{
    return m_timeline->data().months;
}

QRect ActivityCalendarView::periodMarkerRect(const QString &id) const
{
    return m_timeline->markerRect(id);
}

QWidget *ActivityCalendarView::monthGrid() const
{
    return m_grid;
}

QWidget *ActivityCalendarView::periodTimeline() const
{
    return m_timeline;
}

void ActivityCalendarView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ActivityCalendarView::showEvent(QShowEvent *event)
{
    // Other screens (and imports) change the data; the longest activity is kept, since
    // finding it reads the whole table (refresh() reads it again).
    loadMonth();
    if (m_mode == Mode::Period)
        loadPeriod();
    QWidget::showEvent(event);
}

void ActivityCalendarView::retranslateUi()
{
    m_monthMode->setText(tr("Month"));
    m_monthMode->setAccessibleName(tr("Show a month"));
    m_periodMode->setText(tr("Project period"));
    m_periodMode->setAccessibleName(tr("Show the project period"));
    m_previous->setToolTip(tr("Previous month (Page Up)"));
    m_previous->setAccessibleName(tr("Previous month"));
    m_next->setToolTip(tr("Next month (Page Down)"));
    m_next->setAccessibleName(tr("Next month"));
    m_today->setText(tr("Today"));
    m_today->setAccessibleName(tr("Show today"));
    m_title->setAccessibleName(tr("Period shown"));
    m_grid->setAccessibleName(tr("Activities of the month"));
    m_timeline->setAccessibleName(tr("Activities over the project period"));
    // Another language may start its weeks on another day.
    if (m_month.isValid() && m_grid->firstDayOfWeek() != QLocale().firstDayOfWeek()) {
        m_grid->setMonth(m_month);
        loadMonth();
    }
    updateTitle();
    m_grid->update();
    m_timeline->update();
}

void ActivityCalendarView::updateTitle()
{
    if (m_mode == Mode::Month) {
        m_title->setText(m_month.isValid() ? monthTitle(m_month) : QString());
        return;
    }
    const CalendarTimeline::Data &data = m_timeline->data();
    m_title->setText(data.from.isValid()
            ? tr("%1 – %2", "first day, last day").arg(dateText(data.from), dateText(data.to))
            : QString());
    m_timeline->setAccessibleDescription(
        tr("%Ln activities in the project period", "", data.total));
}

void ActivityCalendarView::loadMonth()
{
    if (!m_month.isValid() || m_loadDeferred)
        return;
    const QSqlDatabase sql = m_session.database().sql();
    if (m_maxSpanDays < 0) {
        QSqlQuery span(sql);
        span.exec(QStringLiteral(
            "SELECT max(julianday(coalesce(\"end\", \"start\")) - julianday(\"start\")) "
            "FROM activity WHERE deleted = 0"));
        m_maxSpanDays = span.next() ? std::max(0, int(std::ceil(span.value(0).toDouble()))) : 0;
    }
    const QDate first = m_grid->gridStart();
    const QDate last = m_grid->gridEnd();
    CalendarMonthGrid::Data data;

    QSqlQuery query(sql);
    query.prepare(kItemColumns + kOverlapWhere
        + QStringLiteral("ORDER BY a.\"start\", a.title LIMIT %1").arg(kMonthLimit));
    bindOverlap(query, first, last, m_maxSpanDays);
    query.exec();
    while (query.next()) {
        const CalendarItem item = readItem(query);
        if (item.start.isValid())
            data.items << item;
    }
    if (data.items.size() < kMonthLimit) {
        for (int i = 0; i < data.items.size(); ++i) {
            const CalendarItem &item = data.items.at(i);
            for (QDate day = std::max(item.start, first); day <= std::min(item.end, last);
                 day = day.addDays(1))
                data.byDay[day] << i;
        }
        for (auto it = data.byDay.cbegin(); it != data.byDay.cend(); ++it)
            data.totals.insert(it.key(), int(it.value().size()));
        m_grid->setData(std::move(data));
        return;
    }

    // A month this busy is read day by day (the first few of each day), with its totals
    // counted by SQL; the grid only shows the first few anyway.
    data.items.clear();
    QSqlQuery totals(sql);
    totals.prepare(QStringLiteral("SELECT a.\"start\", coalesce(a.\"end\", a.\"start\"), count(*) "
                                  "FROM activity a ")
        + kOverlapWhere + QStringLiteral("GROUP BY 1, 2"));
    bindOverlap(totals, first, last, m_maxSpanDays);
    totals.exec();
    while (totals.next()) {
        const QDate start = QDate::fromString(totals.value(0).toString(), Qt::ISODate);
        const QDate end = QDate::fromString(totals.value(1).toString(), Qt::ISODate);
        if (!start.isValid())
            continue;
        for (QDate day = std::max(start, first); day <= std::min(std::max(start, end), last);
             day = day.addDays(1))
            data.totals[day] += totals.value(2).toInt();
    }
    QHash<QString, int> indexOfId;
    QSqlQuery perDay(sql);
    perDay.prepare(kItemColumns + kOverlapWhere
        + QStringLiteral("ORDER BY a.\"start\", a.title LIMIT %1").arg(kDayLimit));
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        bindOverlap(perDay, day, day, m_maxSpanDays);
        perDay.exec();
        while (perDay.next()) {
            const CalendarItem item = readItem(perDay);
            auto it = indexOfId.constFind(item.id);
            if (it == indexOfId.cend()) {
                it = indexOfId.insert(item.id, int(data.items.size()));
                data.items << item;
            }
            data.byDay[day] << it.value();
        }
    }
    m_grid->setData(std::move(data));
}

void ActivityCalendarView::loadPeriod()
{
    m_periodStale = false;
    const QSqlDatabase sql = m_session.database().sql();
    CalendarTimeline::Data data;
    QSqlQuery query(sql);
    query.exec(QStringLiteral("SELECT \"start\", \"end\" FROM project WHERE deleted = 0 LIMIT 1"));
    if (query.next()) {
        data.from = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        data.to = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    }
    if (!data.from.isValid() || !data.to.isValid() || data.to < data.from) {
        query.exec(QStringLiteral("SELECT min(\"start\"), max(coalesce(\"end\", \"start\")) "
                                  "FROM activity WHERE deleted = 0"));
        if (query.next()) {
            data.from = QDate::fromString(query.value(0).toString(), Qt::ISODate);
            data.to = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        }
    }
    if (!data.from.isValid() || !data.to.isValid() || data.to < data.from) {
        const QDate today = QDate::currentDate();
        data.from = QDate(today.year(), 1, 1);
        data.to = QDate(today.year(), 12, 31);
    }

    // NOT INDEXED: a plain scan of the table counts 100,000 activities in ~90 ms, while
    // walking the start index and looking every row up takes ~200 ms.
    query.prepare(
        QStringLiteral("SELECT substr(\"start\", 1, 7), count(*) FROM activity NOT INDEXED "
                       "WHERE deleted = 0 AND \"start\" >= :from AND \"start\" <= :to GROUP BY 1"));
    query.bindValue(QStringLiteral(":from"), isoDate(data.from));
    query.bindValue(QStringLiteral(":to"), isoDate(data.to));
    query.exec();
    while (query.next()) {
        data.months.insert(query.value(0).toString(), query.value(1).toInt());
        data.total += query.value(1).toInt();
    }
    data.markersShown = data.total < kMarkerLimit;
    if (data.markersShown) {
        query.prepare(kItemColumns
            + QStringLiteral("WHERE a.deleted = 0 AND a.\"start\" >= :from AND a.\"start\" <= :to "
                             "ORDER BY a.\"start\", a.title LIMIT %1")
                  .arg(kMarkerLimit));
        query.bindValue(QStringLiteral(":from"), isoDate(data.from));
        query.bindValue(QStringLiteral(":to"), isoDate(data.to));
        query.exec();
        while (query.next()) {
            const CalendarItem item = readItem(query);
            if (item.start.isValid())
                data.markers << item;
        }
    }
    m_timeline->setData(std::move(data));
    updateTitle();
}

void ActivityCalendarView::clearData()
{
    m_grid->clearData();
    m_timeline->clearData();
    m_maxSpanDays = -1;
    m_periodStale = true;
}

void ActivityCalendarView::moveSelection(int days)
{
    setSelectedDay(m_selected.addDays(days));
}

void ActivityCalendarView::moveMonths(int months)
{
    setSelectedDay(m_selected.addMonths(months));
}

void ActivityCalendarView::activateSelectedDay()
{
    const QStringList ids = activityIdsOn(m_selected);
    if (!ids.isEmpty())
        emit activityActivated(ids.first());
}

} // namespace pactesur
