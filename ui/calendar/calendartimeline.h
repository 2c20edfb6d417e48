// SPDX-License-Identifier: EUPL-1.2
// The calendar's project period: activity bars per month or quarter, markers, today's line.
#pragma once

#include "calendarshared.h"
#include "widgets/accessibleitems.h"

#include <QDate>
#include <QEvent>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QWidget>

#include <algorithm>

namespace pactesur {

class ActivityCalendarView;

// Activities per month (or quarter) as bars, each one as a marker when there are few enough,
// month ticks and a line for today.
class CalendarTimeline : public QWidget, public AccessibleItems
{
public:
    struct Data
    {
        QDate from;
        QDate to;
        QMap<QString, int> months; // "yyyy-MM" -> activities starting then
        int total = 0;
        bool markersShown = false;
        QList<CalendarItem> markers;
    };

    explicit CalendarTimeline(ActivityCalendarView *view);

    void setData(Data data)
    {
        m_data = std::move(data);
        m_current = std::min(m_current, accessibleItemCount() - 1);
        layoutMarkers();
        update();
    }
    void clearData() { setData({}); }
    const Data &data() const { return m_data; }
    QRect markerRect(const QString &id) const
    {
        for (qsizetype i = 0; i < m_data.markers.size(); ++i) {
            if (m_data.markers.at(i).id == id)
                return m_markerRects.value(i);
        }
        return {};
    }

    QSize minimumSizeHint() const override { return {400, 240}; }
    QSize sizeHint() const override { return {900, 420}; }

    // AccessibleItems: one item per month (or quarter) bar; Enter opens its month.
    int accessibleItemCount() const override { return int(buckets().size()); }
    QString accessibleItemName(int item) const override { return periodText(buckets().at(item)); }
    QString accessibleItemValue(int item) const override;
    QVariant accessibleItemNumber(int item) const override { return buckets().at(item).count; }
    QRect accessibleItemRect(int item) const override;
    QAccessible::Role accessibleViewRole() const override { return QAccessible::Chart; }
    int currentAccessibleItem() const override { return m_current; }
    void setCurrentAccessibleItem(int item) override;
    void activateAccessibleItem(int item) override;

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *event) override
    {
        layoutMarkers();
        QWidget::resizeEvent(event);
    }
    void mousePressEvent(QMouseEvent *event) override;
    // A double click on a month's bar opens that month.
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override
    {
        update();
        QWidget::focusOutEvent(event);
    }
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::FontChange)
            layoutMarkers();
        QWidget::changeEvent(event);
    }

private:
    struct Geometry
    {
        QRect caption; // "Today" above its line
        QRect markers;
        QRect bars;
        QRect axis;
        QRect legend;
    };
    struct Bucket
    {
        QDate start;
        QDate end;
        int count = 0;
    };

    bool quarterly() const
    {
        return m_data.from.isValid() && m_data.from.daysTo(m_data.to) > 3 * 366;
    }
    QList<Bucket> buckets() const;
    // "March 2025", or the first and last day of a quarter.
    QString periodText(const Bucket &bucket) const;
    Geometry geometry() const;
    int plotLeft() const
    {
        const int maxCount = std::max(1, maxBucketCount());
        return 12 + fontMetrics().horizontalAdvance(QLocale().toString(maxCount)) + 8;
    }
    int plotRight() const { return width() - 16; }
    int maxBucketCount() const
    {
        int most = 0;
        for (const Bucket &bucket : buckets())
            most = std::max(most, bucket.count);
        return most;
    }
    qreal xOf(const QDate &day) const
    {
        const qreal days = std::max<qint64>(1, m_data.from.daysTo(m_data.to) + 1);
        return plotLeft() + (plotRight() - plotLeft()) * (m_data.from.daysTo(day) / days);
    }
    int bucketAt(const QPoint &pos) const
    {
        const Geometry geo = geometry();
        if (pos.y() < geo.markers.top() || pos.y() > geo.axis.bottom())
            return -1;
        const QList<Bucket> all = buckets();
        for (int i = 0; i < all.size(); ++i) {
            if (pos.x() >= xOf(all.at(i).start) && pos.x() < xOf(all.at(i).end.addDays(1)))
                return i;
        }
        return -1;
    }
    qsizetype markerAt(const QPoint &pos) const
    {
        for (qsizetype i = 0; i < m_markerRects.size(); ++i) {
            if (m_markerRects.at(i).adjusted(-1, -2, 1, 2).contains(pos))
                return i;
        }
        return -1;
    }
    void layoutMarkers();

    ActivityCalendarView *m_view;
    Data m_data;
    QList<int> m_markerLanes;
    int m_laneCount = 0;
    QList<QRect> m_markerRects;
    int m_current = -1; // the bar the arrow keys chose
};

} // namespace pactesur
