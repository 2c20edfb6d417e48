// SPDX-License-Identifier: EUPL-1.2
// The calendar's month grid: weeks of seven days, each listing the activities overlapping it.
#pragma once

#include "calendarshared.h"
#include "widgets/accessibleitems.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QWidget>

#include <algorithm>

namespace pactesur {

class ActivityCalendarView;

class CalendarMonthGrid : public QWidget, public AccessibleItems
{
public:
    struct Data
    {
        QList<CalendarItem> items;
        QHash<QDate, QList<int>> byDay; // indexes into items, in start order
        QHash<QDate, int> totals; // every activity of the day, read or not
    };

    explicit CalendarMonthGrid(ActivityCalendarView *view);

    void setMonth(const QDate &firstOfMonth)
    {
        m_month = firstOfMonth;
        m_firstDayOfWeek = QLocale().firstDayOfWeek();
        const int offset = (firstOfMonth.dayOfWeek() - int(m_firstDayOfWeek) + 7) % 7;
        m_gridStart = firstOfMonth.addDays(-offset);
        m_weeks = (offset + firstOfMonth.daysInMonth() + 6) / 7;
        m_data = {};
        update();
    }
    Qt::DayOfWeek firstDayOfWeek() const { return m_firstDayOfWeek; }
    QDate gridStart() const { return m_gridStart; }
    QDate gridEnd() const { return m_gridStart.addDays(m_weeks * 7 - 1); }
    void setData(Data data)
    {
        m_data = std::move(data);
        update();
    }
    void clearData() { setData({}); }
    const Data &data() const { return m_data; }

    QStringList idsOn(const QDate &day) const
    {
        QStringList ids;
        for (int index : m_data.byDay.value(day))
            ids << m_data.items.at(index).id;
        return ids;
    }

    QRect itemRect(const QDate &day, const QString &id) const
    {
        const Cell cell = layoutCell(day);
        for (int line = 0; line < cell.shown; ++line) {
            if (m_data.items.at(m_data.byDay.value(day).at(line)).id == id)
                return lineRect(cell.rect, line);
        }
        return {};
    }

    QSize minimumSizeHint() const override
    {
        return {7 * 64, headerHeight() + 6 * (dayNumberHeight() + 2 * lineHeight() + 4)};
    }
    QSize sizeHint() const override { return {7 * 130, 6 * 110}; }

    // AccessibleItems: one item per day of the grid; the selected day is the current one and
    // Enter on it does what Enter in the grid does.
    int accessibleItemCount() const override { return m_weeks * 7; }
    QString accessibleItemName(int item) const override;
    QString accessibleItemValue(int item) const override;
    QVariant accessibleItemNumber(int item) const override { return dayTotal(dayAt(item)); }
    QRect accessibleItemRect(int item) const override { return cellRect(item); }
    int currentAccessibleItem() const override;
    void setCurrentAccessibleItem(int item) override;
    void activateAccessibleItem(int item) override;

protected:
    void paintEvent(QPaintEvent *) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override
    {
        update();
        QWidget::focusInEvent(event);
        AccessibleItems::announceCurrentAfterFocus(this);
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        update();
        QWidget::focusOutEvent(event);
    }

private:
    struct Cell
    {
        QRect rect;
        int shown = 0; // activity lines drawn
        int more = 0; // activities behind "+n more"
    };
    struct Hit
    {
        QDate day;
        int line = -1; // the activity line, or -1
        bool more = false;
    };

    int lineHeight() const { return fontMetrics().height() + 4; }
    int dayNumberHeight() const { return fontMetrics().height() + 8; }
    int headerHeight() const { return fontMetrics().height() + 10; }
    int legendHeight() const
    {
        return paintKindLegend(nullptr, rect().adjusted(8, 0, -8, 0), fontMetrics()) + 12;
    }
    QRect daysRect() const { return rect().adjusted(0, headerHeight(), -1, -legendHeight()); }
    QRect cellRect(int index) const
    {
        const QRect days = daysRect();
        const int column = index % 7;
        const int row = index / 7;
        const int x0 = days.left() + column * days.width() / 7;
        const int x1 = days.left() + (column + 1) * days.width() / 7;
        const int y0 = days.top() + row * days.height() / m_weeks;
        const int y1 = days.top() + (row + 1) * days.height() / m_weeks;
        return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
    }
    QDate dayAt(int index) const { return m_gridStart.addDays(index); }
    int dayTotal(const QDate &day) const
    {
        return std::max(m_data.totals.value(day), int(m_data.byDay.value(day).size()));
    }
    int indexOf(const QDate &day) const
    {
        const qint64 index = m_gridStart.daysTo(day);
        return index >= 0 && index < m_weeks * 7 ? int(index) : -1;
    }
    Cell layoutCell(const QDate &day) const
    {
        Cell cell;
        const int index = indexOf(day);
        if (index < 0)
            return cell;
        cell.rect = cellRect(index);
        const int lines = std::max(0, (cell.rect.height() - dayNumberHeight() - 2) / lineHeight());
        const int total = std::max(m_data.totals.value(day), int(m_data.byDay.value(day).size()));
        const int loaded = int(m_data.byDay.value(day).size());
        cell.shown = std::min(loaded, total <= lines ? lines : std::max(0, lines - 1));
        cell.more = total - cell.shown;
        return cell;
    }
    QRect lineRect(const QRect &cell, int line) const
    {
        return QRect(cell.left() + 3, cell.top() + dayNumberHeight() + line * lineHeight(),
            cell.width() - 6, lineHeight() - 2);
    }
    Hit hitAt(const QPoint &pos) const
    {
        Hit hit;
        for (int index = 0; index < m_weeks * 7; ++index) {
            if (!cellRect(index).contains(pos))
                continue;
            hit.day = m_gridStart.addDays(index);
            const Cell cell = layoutCell(hit.day);
            for (int line = 0; line < cell.shown + (cell.more > 0 ? 1 : 0); ++line) {
                if (lineRect(cell.rect, line).contains(pos)) {
                    hit.more = line == cell.shown;
                    hit.line = hit.more ? -1 : line;
                }
            }
            break;
        }
        return hit;
    }
    const CalendarItem &itemAt(const QDate &day, int line) const
    {
        return m_data.items.at(m_data.byDay.value(day).at(line));
    }
    void paintCell(QPainter &painter, const QDate &day);
    void showDayMenu(const QDate &day, const QPoint &globalPos);

    ActivityCalendarView *m_view;
    QDate m_month;
    QDate m_gridStart;
    int m_weeks = 6;
    Qt::DayOfWeek m_firstDayOfWeek = Qt::Monday;
    Data m_data;
};

} // namespace pactesur
