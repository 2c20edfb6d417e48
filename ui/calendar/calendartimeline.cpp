// SPDX-License-Identifier: EUPL-1.2
// The calendar's project period timeline: bucketing, marker lanes, painting and tooltips.
#include "calendartimeline.h"

#include "activitycalendarview.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace pactesur {

namespace {

constexpr int kMaxMarkerLanes = 10;
constexpr int kMarkerHeight = 8;
constexpr int kMarkerPitch = 11;

} // namespace

CalendarTimeline::CalendarTimeline(ActivityCalendarView *view)
    : QWidget(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("calendarPeriodTimeline"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    AccessibleItems::installFactory();
}

void CalendarTimeline::mousePressEvent(QMouseEvent *event)
{
    const qsizetype marker = markerAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && marker >= 0)
        emit m_view->activityActivated(m_data.markers.at(marker).id);
    else
        QWidget::mousePressEvent(event);
}

void CalendarTimeline::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int bucket = bucketAt(event->position().toPoint());
    if (bucket < 0 || markerAt(event->position().toPoint()) >= 0)
        return QWidget::mouseDoubleClickEvent(event);
    m_view->setMode(ActivityCalendarView::Mode::Month);
    m_view->setSelectedDay(buckets().at(bucket).start);
}

QList<CalendarTimeline::Bucket> CalendarTimeline::buckets() const
{
    QList<Bucket> result;
    if (!m_data.from.isValid())
        return result;
    const int monthsPerBucket = quarterly() ? 3 : 1;
    QDate start(m_data.from.year(), m_data.from.month(), 1);
    if (quarterly())
        start = QDate(start.year(), (start.month() - 1) / 3 * 3 + 1, 1);
    for (; start <= m_data.to; start = start.addMonths(monthsPerBucket)) {
        Bucket bucket {std::max(start, m_data.from),
            std::min(start.addMonths(monthsPerBucket).addDays(-1), m_data.to), 0};
        for (int m = 0; m < monthsPerBucket; ++m)
            bucket.count += m_data.months.value(start.addMonths(m).toString(u"yyyy-MM"));
        result << bucket;
    }
    return result;
}

CalendarTimeline::Geometry CalendarTimeline::geometry() const
{
    const int lineHeight = fontMetrics().height();
    Geometry geo;
    const int legendHeight = paintKindLegend(
        nullptr, QRect(plotLeft(), 0, plotRight() - plotLeft(), 0), fontMetrics());
    geo.legend
        = QRect(plotLeft(), height() - legendHeight - 8, plotRight() - plotLeft(), legendHeight);
    geo.axis = QRect(plotLeft(), geo.legend.top() - 2 * lineHeight - 20, plotRight() - plotLeft(),
        2 * lineHeight + 8);
    geo.caption = QRect(plotLeft(), 8, plotRight() - plotLeft(), lineHeight + 4);
    const int markersHeight = m_laneCount > 0 ? m_laneCount * kMarkerPitch + 8 : 0;
    geo.markers
        = QRect(plotLeft(), geo.caption.bottom() + 4, plotRight() - plotLeft(), markersHeight);
    geo.bars = QRect(
        QPoint(plotLeft(), geo.markers.bottom() + 1), QPoint(plotRight(), geo.axis.top() - 1));
    return geo;
}

void CalendarTimeline::layoutMarkers()
{
    m_markerRects.clear();
    m_markerLanes.clear();
    m_laneCount = 0;
    if (!m_data.markersShown || m_data.markers.isEmpty())
        return;
    // Greedy lanes: each marker takes the first lane free at its start, so overlapping
    // activities stack instead of hiding each other; past the last lane they share it.
    QList<qreal> laneEnds;
    for (const CalendarItem &item : std::as_const(m_data.markers)) {
        const qreal x = xOf(item.start);
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) + 2 > x)
            ++lane;
        if (lane == laneEnds.size()) {
            if (laneEnds.size() < kMaxMarkerLanes)
                laneEnds << 0;
            else
                lane
                    = int(std::min_element(laneEnds.cbegin(), laneEnds.cend()) - laneEnds.cbegin());
        }
        laneEnds[lane] = std::max(x + 6, xOf(item.end.addDays(1)));
        m_markerLanes << lane;
    }
    m_laneCount = int(laneEnds.size());
    const Geometry geo = geometry();
    for (qsizetype i = 0; i < m_data.markers.size(); ++i) {
        const CalendarItem &item = m_data.markers.at(i);
        const int x0 = qRound(xOf(item.start));
        const int x1 = std::max(x0 + 6, qRound(xOf(item.end.addDays(1))) - 1);
        m_markerRects << QRect(
            QPoint(x0, geo.markers.top() + 4 + m_markerLanes.at(i) * kMarkerPitch),
            QPoint(x1,
                geo.markers.top() + 4 + m_markerLanes.at(i) * kMarkerPitch + kMarkerHeight - 1));
    }
}

void CalendarTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    painter.fillRect(rect(), pal.base());
    if (!m_data.from.isValid())
        return;
    const Geometry geo = geometry();
    const QFontMetrics metrics = fontMetrics();
    const QLocale locale;
    QColor gridColor = pal.color(QPalette::Mid);
    gridColor.setAlpha(90);

    // Bars per month or quarter, scaled to the busiest one.
    const QList<Bucket> all = buckets();
    const int most = std::max(1, maxBucketCount());
    const int barSpace = geo.bars.height() - metrics.height() - 6;
    painter.setPen(gridColor);
    painter.drawLine(geo.bars.left(), geo.bars.bottom() - barSpace, geo.bars.right(),
        geo.bars.bottom() - barSpace);
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(QRect(0, geo.bars.bottom() - barSpace - metrics.height() / 2, plotLeft() - 6,
                         metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, locale.toString(most));
    painter.drawText(
        QRect(0, geo.bars.bottom() - metrics.height() / 2, plotLeft() - 6, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, locale.toString(0));
    QColor barColor = pal.color(QPalette::Highlight);
    barColor.setAlpha(120);
    for (const Bucket &bucket : all) {
        const int x0 = qRound(xOf(bucket.start)) + 2;
        const int x1 = qRound(xOf(bucket.end.addDays(1))) - 2;
        const int h = bucket.count == 0 ? 0 : std::max(1, bucket.count * barSpace / most);
        const QRect bar(QPoint(x0, geo.bars.bottom() - h + 1), QPoint(x1, geo.bars.bottom()));
        painter.fillRect(bar, barColor);
        const QString count = locale.toString(bucket.count);
        if (bucket.count > 0 && metrics.horizontalAdvance(count) <= bar.width()) {
            painter.setPen(pal.color(QPalette::Text));
            painter.drawText(
                QRect(bar.left(), bar.top() - metrics.height() - 2, bar.width(), metrics.height()),
                Qt::AlignCenter, count);
        }
    }

    // The axis: a tick per month, month names where they fit, the year under January.
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(geo.axis.left(), geo.axis.top(), geo.axis.right(), geo.axis.top());
    int widest = 0;
    for (int m = 1; m <= 12; ++m)
        widest = std::max(
            widest, metrics.horizontalAdvance(locale.standaloneMonthName(m, QLocale::ShortFormat)));
    const qreal monthWidth = (plotRight() - plotLeft()) * 30.4
        / std::max<qint64>(1, m_data.from.daysTo(m_data.to) + 1);
    const int labelEvery = monthWidth >= widest + 6 ? 1 : (3 * monthWidth >= widest + 6 ? 3 : 12);
    for (QDate month(m_data.from.year(), m_data.from.month(), 1); month <= m_data.to;
         month = month.addMonths(1)) {
        const int x = qRound(xOf(std::max(month, m_data.from)));
        const bool first = month <= m_data.from;
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(x, geo.axis.top(), x, geo.axis.top() + (month.month() == 1 ? 8 : 4));
        painter.setPen(pal.color(QPalette::PlaceholderText));
        if ((month.month() - 1) % labelEvery == 0 || labelEvery == 1) {
            const int next = qRound(xOf(month.addMonths(labelEvery)));
            painter.drawText(
                QRect(x, geo.axis.top() + 4, std::max(next - x, widest), metrics.height()),
                (labelEvery == 1 ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignTop,
                locale.standaloneMonthName(month.month(), QLocale::ShortFormat));
        }
        if (month.month() == 1 || first) {
            painter.setPen(pal.color(QPalette::Text));
            painter.drawText(
                QRect(x + 2, geo.axis.top() + 6 + metrics.height(), 80, metrics.height()),
                Qt::AlignLeft | Qt::AlignTop, locale.toString(month, u"yyyy"));
        }
    }

    // Each activity as a marker in its lane.
    for (qsizetype i = 0; i < m_markerRects.size(); ++i) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(kindColor(m_data.markers.at(i).kind));
        painter.drawRoundedRect(m_markerRects.at(i), 2, 2);
    }

    // Today, when it falls in the period.
    const QDate today = QDate::currentDate();
    if (today >= m_data.from && today <= m_data.to) {
        const int x = qRound(xOf(today));
        const QColor todayColor = pal.color(QPalette::Text);
        painter.setPen(QPen(todayColor, 1.5));
        painter.drawLine(x, geo.caption.bottom(), x, geo.axis.top() + 8);
        const QString label = ActivityCalendarView::tr("Today");
        const int w = metrics.horizontalAdvance(label) + 8;
        const int left = std::clamp(x - w / 2, geo.caption.left(), geo.caption.right() - w);
        painter.setPen(todayColor);
        painter.drawText(
            QRect(left, geo.caption.top(), w, geo.caption.height()), Qt::AlignCenter, label);
    }
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(geo.caption, Qt::AlignLeft | Qt::AlignVCenter,
        ActivityCalendarView::tr("%Ln activities in the project period", "", m_data.total));
    if (!m_data.markersShown && m_data.total > 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(geo.caption, Qt::AlignRight | Qt::AlignVCenter,
            ActivityCalendarView::tr("Too many activities to draw one by one"));
    }
    if (!m_markerRects.isEmpty()) // the bars are all one colour
        paintKindLegend(&painter, geo.legend, metrics, pal.color(QPalette::PlaceholderText));
    if (hasFocus() && m_current >= 0) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(accessibleItemRect(m_current).adjusted(1, 1, -1, -1));
    }
}

bool CalendarTimeline::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    QString text;
    if (const qsizetype marker = markerAt(help->pos()); marker >= 0) {
        text = itemToolTip(m_data.markers.at(marker));
    } else if (const int bucket = bucketAt(help->pos()); bucket >= 0) {
        text = toolTipText(periodText(buckets().at(bucket)), {accessibleItemValue(bucket)});
    }
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), text, this);
    }
    return true;
}

QString CalendarTimeline::periodText(const Bucket &bucket) const
{
    return quarterly() ? ActivityCalendarView::tr("%1 – %2", "first day, last day")
                             .arg(dateText(bucket.start), dateText(bucket.end))
                       : monthTitle(bucket.start);
}

QString CalendarTimeline::accessibleItemValue(int item) const
{
    return ActivityCalendarView::tr("%Ln activities", "", buckets().at(item).count);
}

QRect CalendarTimeline::accessibleItemRect(int item) const
{
    const Bucket bucket = buckets().at(item);
    const QRect bars = geometry().bars;
    return QRect(QPoint(qRound(xOf(bucket.start)), bars.top()),
        QPoint(qRound(xOf(bucket.end.addDays(1))) - 1, bars.bottom()));
}

void CalendarTimeline::setCurrentAccessibleItem(int item)
{
    if (item < 0 || item >= accessibleItemCount())
        return;
    m_current = item;
    update();
    AccessibleItems::announceCurrent(this);
}

void CalendarTimeline::activateAccessibleItem(int item)
{
    // As a double click on the bar: the month grid, on the bar's first day.
    const QDate start = buckets().at(item).start;
    m_view->setMode(ActivityCalendarView::Mode::Month);
    m_view->setSelectedDay(start);
}

void CalendarTimeline::keyPressEvent(QKeyEvent *event)
{
    const int count = accessibleItemCount();
    const int step = isRightToLeft() ? -1 : 1;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (count > 0) {
            const int move = event->key() == Qt::Key_Left ? -step : step;
            setCurrentAccessibleItem(
                std::clamp(m_current < 0 ? 0 : m_current + move, 0, count - 1));
        }
        break;
    case Qt::Key_Home:
        setCurrentAccessibleItem(0);
        break;
    case Qt::Key_End:
        setCurrentAccessibleItem(count - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0 && m_current < count)
            activateAccessibleItem(m_current);
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

void CalendarTimeline::focusInEvent(QFocusEvent *event)
{
    // The focus shows as the current bar's frame: entered with Tab, today's month has it.
    if (m_current < 0 && accessibleItemCount() > 0) {
        const QList<Bucket> all = buckets();
        const QDate today = QDate::currentDate();
        m_current = 0;
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).start <= today && today <= all.at(i).end)
                m_current = i;
        }
    }
    update();
    QWidget::focusInEvent(event);
    AccessibleItems::announceCurrentAfterFocus(this);
}

} // namespace pactesur
