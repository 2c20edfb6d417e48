// SPDX-License-Identifier: EUPL-1.2
// The calendar's month grid: painting, mouse and keyboard, tooltips and the "+n more" menu.
#include "calendarmonthgrid.h"

#include "activitycalendarview.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace pactesur {

CalendarMonthGrid::CalendarMonthGrid(ActivityCalendarView *view)
    : QWidget(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("calendarMonthGrid"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(false);
    AccessibleItems::installFactory();
}

void CalendarMonthGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    painter.fillRect(rect(), pal.window());

    // Day names over the columns, from the locale's first day of the week.
    const QLocale locale;
    painter.setPen(pal.color(QPalette::PlaceholderText));
    for (int column = 0; column < 7; ++column) {
        const int dayOfWeek = (int(m_firstDayOfWeek) - 1 + column) % 7 + 1;
        const QRect cell = cellRect(column);
        painter.drawText(QRect(cell.left(), 0, cell.width(), headerHeight()), Qt::AlignCenter,
            locale.standaloneDayName(dayOfWeek, QLocale::ShortFormat));
    }
    for (int index = 0; index < m_weeks * 7; ++index)
        paintCell(painter, m_gridStart.addDays(index));

    // The selected day on top of the grid lines.
    const int selected = indexOf(m_view->selectedDay());
    if (selected >= 0) {
        QPen pen(hasFocus() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), 2);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cellRect(selected).adjusted(1, 1, -1, -1));
    }
    const QRect days = daysRect();
    paintKindLegend(&painter, QRect(days.left() + 8, days.bottom() + 8, days.width() - 16, 0),
        fontMetrics(), pal.color(QPalette::PlaceholderText));
}

void CalendarMonthGrid::paintCell(QPainter &painter, const QDate &day)
{
    const QPalette &pal = palette();
    const Cell cell = layoutCell(day);
    const bool inMonth = day.month() == m_month.month();
    painter.fillRect(cell.rect, inMonth ? pal.base() : pal.alternateBase());
    QColor gridColor = pal.color(QPalette::Mid);
    gridColor.setAlpha(110);
    painter.setPen(gridColor);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(cell.rect.adjusted(0, 0, 0, 0));

    // The day's number; today's on a highlight disc.
    const QFontMetrics metrics = fontMetrics();
    const QString number = QLocale().toString(day.day());
    const int discSize = metrics.height() + 2;
    const QRect numberRect(cell.rect.left() + 5, cell.rect.top() + 3,
        std::max(discSize, metrics.horizontalAdvance(number) + 8), discSize);
    if (day == QDate::currentDate()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(pal.highlight());
        painter.drawRoundedRect(numberRect, discSize / 2.0, discSize / 2.0);
        painter.setPen(pal.color(QPalette::HighlightedText));
    } else {
        painter.setPen(pal.color(inMonth ? QPalette::Text : QPalette::PlaceholderText));
    }
    painter.drawText(numberRect, Qt::AlignCenter, number);

    for (int line = 0; line < cell.shown; ++line) {
        const CalendarItem &item = itemAt(day, line);
        const QRect r = lineRect(cell.rect, line);
        QColor tint = kindColor(item.kind);
        tint.setAlpha(inMonth ? 60 : 35);
        painter.fillRect(r, tint);
        painter.fillRect(QRect(r.left(), r.top(), 4, r.height()), kindColor(item.kind));
        painter.setPen(pal.color(inMonth ? QPalette::Text : QPalette::PlaceholderText));
        const QRect textRect = r.adjusted(8, 0, -2, 0);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
            metrics.elidedText(untitled(item.title), Qt::ElideRight, textRect.width()));
    }
    if (cell.more > 0) {
        const QRect r = lineRect(cell.rect, cell.shown).adjusted(8, 0, -2, 0);
        painter.setPen(pal.color(QPalette::Link));
        painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
            metrics.elidedText(
                ActivityCalendarView::tr("+%n more", "", cell.more), Qt::ElideRight, r.width()));
    }
}

void CalendarMonthGrid::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    const Hit hit = hitAt(event->position().toPoint());
    if (!hit.day.isValid())
        return;
    if (hit.line >= 0) {
        // Selects without turning the month, so the click's target stays where it was.
        m_view->m_selected = hit.day;
        update();
        emit m_view->activityActivated(itemAt(hit.day, hit.line).id);
    } else if (hit.more) {
        m_view->m_selected = hit.day;
        update();
        showDayMenu(hit.day, event->globalPosition().toPoint());
    } else {
        m_view->setSelectedDay(hit.day);
    }
}

void CalendarMonthGrid::showDayMenu(const QDate &day, const QPoint &globalPos)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("calendarDayMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QFontMetrics metrics = menu->fontMetrics();
    for (int index : m_data.byDay.value(day)) {
        const CalendarItem &item = m_data.items.at(index);
        QString text = metrics.elidedText(untitled(item.title), Qt::ElideRight, 400);
        text.replace(QLatin1Char('&'), QStringLiteral("&&")); // no accelerators from data
        QAction *action = menu->addAction(text);
        const QString id = item.id;
        connect(action, &QAction::triggered, m_view,
            [this, id] { emit m_view->activityActivated(id); });
    }
    const int unread = m_data.totals.value(day) - int(m_data.byDay.value(day).size());
    if (unread > 0)
        menu->addAction(ActivityCalendarView::tr("%n more not listed", "", unread))
            ->setEnabled(false);
    menu->popup(globalPos);
}

void CalendarMonthGrid::keyPressEvent(QKeyEvent *event)
{
    const int step = isRightToLeft() ? -1 : 1;
    switch (event->key()) {
    case Qt::Key_Left:
        m_view->moveSelection(-step);
        break;
    case Qt::Key_Right:
        m_view->moveSelection(step);
        break;
    case Qt::Key_Up:
        m_view->moveSelection(-7);
        break;
    case Qt::Key_Down:
        m_view->moveSelection(7);
        break;
    case Qt::Key_PageUp:
        m_view->moveMonths(-1);
        break;
    case Qt::Key_PageDown:
        m_view->moveMonths(1);
        break;
    case Qt::Key_Home:
        m_view->setSelectedDay(QDate::currentDate());
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_view->activateSelectedDay();
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
    AccessibleItems::announceCurrent(this);
}

bool CalendarMonthGrid::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const Hit hit = hitAt(help->pos());
    QString text;
    if (hit.line >= 0) {
        text = itemToolTip(itemAt(hit.day, hit.line));
    } else if (hit.more) {
        text = toolTipText(dateText(hit.day),
            {ActivityCalendarView::tr("%Ln activities on this day: click to list them", "",
                m_data.totals.value(hit.day))});
    }
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), text, this);
    }
    return true;
}

QString CalendarMonthGrid::accessibleItemName(int item) const
{
    return dateText(dayAt(item));
}

QString CalendarMonthGrid::accessibleItemValue(int item) const
{
    return ActivityCalendarView::tr("%Ln activities", "", dayTotal(dayAt(item)));
}

int CalendarMonthGrid::currentAccessibleItem() const
{
    return indexOf(m_view->selectedDay());
}

void CalendarMonthGrid::setCurrentAccessibleItem(int item)
{
    if (item < 0 || item >= accessibleItemCount())
        return;
    // As a click on the day: selected without turning the month.
    m_view->m_selected = dayAt(item);
    update();
    AccessibleItems::announceCurrent(this);
}

void CalendarMonthGrid::activateAccessibleItem(int item)
{
    setCurrentAccessibleItem(item);
    m_view->activateSelectedDay();
}

} // namespace pactesur
