// SPDX-License-Identifier: EUPL-1.2
// The project period as a bar drawn with QPainter: the time gone by, today's position and
// the milestones, each of which can be clicked (or chosen with the arrow keys and Enter).
#include "charttimeline.h"

#include "dashboardformat.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace pactesur {

namespace {

constexpr double kMargin = 14;
constexpr double kLevelHeight = 32; // a milestone label: title and date
constexpr int kMaxLevels = 2;
constexpr double kBarHeight = 12;
constexpr double kLabelWidth = 250;

QPainterPath diamond(const QRectF &box)
{
    QPainterPath path;
    path.moveTo(box.center().x(), box.top());
    path.lineTo(box.right(), box.center().y());
    path.lineTo(box.center().x(), box.bottom());
    path.lineTo(box.left(), box.center().y());
    path.closeSubpath();
    return path;
}

} // namespace

ChartTimeline::ChartTimeline(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    AccessibleItems::installFactory();
}

void ChartTimeline::setPeriod(const QDate &start, const QDate &end, const QDate &today)
{
    m_start = start;
    m_end = end;
    m_today = today;
    update();
}

void ChartTimeline::setMarks(const QList<TimelineMark> &marks)
{
    m_marks = marks;
    m_hovered = -1;
    m_current = std::min(m_current, int(m_marks.size()) - 1);
    placeLabels();
    update();
}

void ChartTimeline::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeLabels();
}

void ChartTimeline::placeLabels()
{
    const QFontMetricsF metrics(font());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetricsF smallMetrics(small);
    m_labels.clear();
    QList<double> levelRight(kMaxLevels, -1e9);
    int levels = 0;
    for (int i = 0; i < m_marks.size(); ++i) {
        const TimelineMark &mark = m_marks.at(i);
        const double x = xOf(mark.date);
        const QString title = metrics.elidedText(mark.title, Qt::ElideRight, kLabelWidth);
        const double labelWidth = std::max(metrics.horizontalAdvance(title),
            smallMetrics.horizontalAdvance(dashboardformat::mediumDate(mark.date)));
        const double left = std::clamp(x - labelWidth / 2, 0.0, width() - labelWidth);
        for (int level = 0; level < kMaxLevels; ++level) {
            if (left < levelRight[level] + 12)
                continue;
            levelRight[level] = left + labelWidth;
            levels = std::max(levels, level + 1);
            m_labels.append({i, level, QRectF(left, 0, labelWidth, kLevelHeight), title});
            break;
        }
    }
    if (levels != m_levels) {
        m_levels = levels;
        updateGeometry();
    }
}

QSize ChartTimeline::sizeHint() const
{
    const int line = fontMetrics().height();
    return {800, int(barTop() + kBarHeight + 3 * line + 16)};
}

QSize ChartTimeline::minimumSizeHint() const
{
    return {360, sizeHint().height()};
}

double ChartTimeline::barTop() const
{
    return m_levels * kLevelHeight + 8;
}

double ChartTimeline::xOf(const QDate &date) const
{
    const double left = kMargin;
    const double right = width() - kMargin;
    const qint64 days = std::max<qint64>(m_start.daysTo(m_end), 1);
    const double share = std::clamp(double(m_start.daysTo(date)) / double(days), 0.0, 1.0);
    return left + share * (right - left);
}

QRectF ChartTimeline::markRect(int index) const
{
    const double x = xOf(m_marks.at(index).date);
    const double y = barTop() + kBarHeight / 2;
    return {x - 7, y - 7, 14, 14};
}

void ChartTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!m_start.isValid() || !m_end.isValid() || m_end < m_start) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No project period recorded"));
        return;
    }
    const QRectF track(kMargin, barTop(), width() - 2 * kMargin, kBarHeight);
    painter.setPen(Qt::NoPen);
    // Colours from the palette only, so that the high-contrast one reaches the chart too.
    QColor trackColour = palette().color(QPalette::Mid);
    trackColour.setAlpha(110);
    painter.setBrush(trackColour);
    painter.drawRoundedRect(track, kBarHeight / 2, kBarHeight / 2);
    if (m_today.isValid() && m_today >= m_start) {
        QRectF elapsed = track;
        elapsed.setRight(xOf(m_today));
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawRoundedRect(elapsed, kBarHeight / 2, kBarHeight / 2);
    }
    drawAxis(painter);
    drawMarks(painter);
    drawToday(painter);
}

void ChartTimeline::drawAxis(QPainter &painter) const
{
    // A tick at each quarter, its month named; the year under the first tick and each January.
    const QFontMetricsF metrics(font());
    const QLocale locale;
    const double y = barTop() + kBarHeight;
    double lastRight = -1e9;
    QDate tick(m_start.year(), (m_start.month() - 1) / 3 * 3 + 1, 1);
    bool first = true;
    for (; tick <= m_end; tick = tick.addMonths(3)) {
        const QDate shown = tick < m_start ? m_start : tick;
        const double x = xOf(shown);
        painter.setPen(QPen(palette().color(QPalette::PlaceholderText), 1));
        painter.drawLine(QPointF(x, y + 2), QPointF(x, y + 6));
        const QString month = locale.standaloneMonthName(shown.month(), QLocale::ShortFormat);
        const double monthWidth = metrics.horizontalAdvance(month);
        const double left = std::clamp(x - monthWidth / 2, 0.0, width() - monthWidth);
        if (left < lastRight + 6)
            continue;
        painter.drawText(QPointF(left, y + 8 + metrics.ascent()), month);
        if (first || shown.month() == 1) {
            const QString year = QString::number(shown.year());
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(QPointF(std::clamp(x - metrics.horizontalAdvance(year) / 2, 0.0,
                                         width() - metrics.horizontalAdvance(year)),
                                 y + 8 + metrics.height() + metrics.ascent()),
                year);
        }
        lastRight = left + monthWidth;
        first = false;
    }
}

void ChartTimeline::drawToday(QPainter &painter) const
{
    if (!m_today.isValid())
        return;
    const QFontMetricsF metrics(font());
    const double x = xOf(m_today);
    const double top = barTop() - 6;
    const double bottom = barTop() + kBarHeight + 6;
    const QColor todayColour = palette().color(QPalette::Text);
    painter.setPen(QPen(todayColour, 2));
    painter.drawLine(QPointF(x, top), QPointF(x, bottom));
    QString text;
    if (m_today < m_start)
        text = tr("Today, %1: the project has not started yet")
                   .arg(dashboardformat::mediumDate(m_today));
    else if (m_today > m_end)
        text = tr("Today, %1: the project has ended").arg(dashboardformat::mediumDate(m_today));
    else
        text = tr("Today, %1").arg(dashboardformat::mediumDate(m_today));
    QFont bold = font();
    bold.setBold(true);
    const double textWidth = QFontMetricsF(bold).horizontalAdvance(text);
    const double left = std::clamp(x - textWidth / 2, 0.0, width() - textWidth);
    const double baseline = barTop() + kBarHeight + 10 + 2 * metrics.height() + metrics.ascent();
    painter.setFont(bold);
    painter.setPen(todayColour);
    painter.drawText(QPointF(left, baseline), text);
    painter.setFont(font());
}

void ChartTimeline::drawMarks(QPainter &painter) const
{
    const QFontMetricsF metrics(font());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetricsF smallMetrics(small);
    for (const Label &label : m_labels) {
        const TimelineMark &mark = m_marks.at(label.mark);
        const QRectF box = markRect(label.mark);
        const double top = barTop() - 8 - (label.level + 1) * kLevelHeight;
        const double left = label.box.left();
        painter.setPen(QPen(palette().color(QPalette::PlaceholderText), 1));
        painter.drawLine(QPointF(box.center().x(), top + kLevelHeight - 2),
            QPointF(box.center().x(), box.top()));
        painter.setPen(label.mark == m_hovered ? palette().color(QPalette::Highlight)
                                               : palette().color(QPalette::Text));
        painter.drawText(QPointF(left, top + metrics.ascent()), label.title);
        painter.setFont(small);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QPointF(left, top + metrics.height() + smallMetrics.ascent()),
            dashboardformat::mediumDate(mark.date));
        painter.setFont(font());
    }
    for (int i = 0; i < m_marks.size(); ++i) {
        const QRectF box = markRect(i);
        const bool focused = hasFocus() && i == m_current;
        const bool emphasised = i == m_hovered || focused;
        painter.setPen(QPen(palette().color(QPalette::Base), 1.5));
        painter.setBrush(
            emphasised ? palette().color(QPalette::Highlight) : palette().color(QPalette::Text));
        painter.drawPath(diamond(emphasised ? box.adjusted(-2, -2, 2, 2) : box));
        if (focused) {
            // The keyboard's place: a ring around the diamond, apart from hover's colour.
            painter.setPen(QPen(palette().color(QPalette::Text), 2, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(box.center(), 12, 12);
        }
    }
}

int ChartTimeline::markAt(const QPointF &pos) const
{
    for (int i = int(m_marks.size()) - 1; i >= 0; --i) {
        if (markRect(i).adjusted(-4, -4, 4, 4).contains(pos))
            return i;
    }
    return -1;
}

bool ChartTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int index = markAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), m_marks.at(index).toolTip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ChartTimeline::mouseMoveEvent(QMouseEvent *event)
{
    const int index = markAt(event->position());
    if (index != m_hovered) {
        m_hovered = index;
        setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void ChartTimeline::mouseReleaseEvent(QMouseEvent *event)
{
    const int index = markAt(event->position());
    if (event->button() == Qt::LeftButton && index >= 0) {
        m_current = index;
        emit markActivated(index);
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void ChartTimeline::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_marks.size());
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (count > 0) {
            const int step = event->key() == Qt::Key_Left ? count - 1 : 1;
            setCurrentAccessibleItem(m_current < 0 ? 0 : (m_current + step) % count);
            QToolTip::showText(mapToGlobal(markRect(m_current).center().toPoint()),
                m_marks.at(m_current).toolTip, this);
        }
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0 && m_current < count) {
            emit markActivated(m_current);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void ChartTimeline::focusInEvent(QFocusEvent *event)
{
    // The focus shows as the current milestone's ring: entered with Tab, the first has it.
    if (m_current < 0 && !m_marks.isEmpty())
        m_current = 0;
    update();
    QWidget::focusInEvent(event);
    AccessibleItems::announceCurrentAfterFocus(this);
}

void ChartTimeline::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

QString ChartTimeline::accessibleItemValue(int item) const
{
    return dashboardformat::mediumDate(m_marks.at(item).date);
}

void ChartTimeline::setCurrentAccessibleItem(int item)
{
    if (item < 0 || item >= m_marks.size())
        return;
    m_current = item;
    update();
    AccessibleItems::announceCurrent(this);
}

} // namespace pactesur
