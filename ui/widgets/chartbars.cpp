// SPDX-License-Identifier: EUPL-1.2
// A bar chart drawn with QPainter: columns (periods) or rows (categories), each bar made of
// stacked segments; a click or Enter on a bar reports which one, for its click-through.
#include "chartbars.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace pactesur {

namespace {

constexpr double kRowHeight = 24;
constexpr double kGap = 6;

QStringList lines(const QString &label)
{
    return label.split(QLatin1Char('\n'));
}

} // namespace

ChartBars::ChartBars(Orientation orientation, QWidget *parent)
    : QWidget(parent)
    , m_orientation(orientation)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_colours = {QColor(0x22, 0x5e, 0xa8)};
    AccessibleItems::installFactory();
}

void ChartBars::setSeries(const QStringList &names, const QList<QColor> &colours)
{
    m_series = names;
    m_colours = colours;
    updateGeometry();
    update();
}

void ChartBars::setBars(const QList<ChartBar> &bars)
{
    m_bars = bars;
    m_hovered = {};
    m_current = std::min(m_current, int(m_bars.size()) - 1);
    updateAccessibleDescription();
    updateGeometry();
    update();
}

void ChartBars::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateAccessibleDescription();
    update();
}

void ChartBars::updateAccessibleDescription()
{
    // What a screen reader says for the picture: each bar and its total.
    QStringList parts;
    for (int i = 0; i < m_bars.size(); ++i)
        parts << toolTip(i);
    setAccessibleDescription(parts.isEmpty() ? m_emptyText : parts.join(QStringLiteral("; ")));
}

QString ChartBars::toolTip(int bar) const
{
    const ChartBar &item = m_bars.at(bar);
    if (!item.toolTip.isEmpty())
        return item.toolTip;
    return tr("%1: %2", "bar label, value")
        .arg(QString(item.label).replace(QLatin1Char('\n'), QLatin1Char(' ')),
            QLocale().toString(total(bar)));
}

qint64 ChartBars::total(int bar) const
{
    qint64 sum = 0;
    for (const qint64 value : m_bars.at(bar).segments)
        sum += std::max<qint64>(0, value);
    return sum;
}

qint64 ChartBars::maximum() const
{
    qint64 result = 0;
    for (int i = 0; i < m_bars.size(); ++i)
        result = std::max(result, total(i));
    return result;
}

QSize ChartBars::sizeHint() const
{
    const int legend = m_series.size() > 1 ? fontMetrics().height() + 8 : 0;
    if (m_orientation == Orientation::Rows)
        return {420, int(std::max<qsizetype>(m_bars.size(), 3) * kRowHeight) + legend + 8};
    return {420, 200 + legend};
}

QSize ChartBars::minimumSizeHint() const
{
    // Rows stay readable: the page scrolls rather than squeeze them.
    const int legend = m_series.size() > 1 ? fontMetrics().height() + 8 : 0;
    if (m_orientation == Orientation::Rows)
        return {240,
            int(std::max<qsizetype>(m_bars.size(), 3) * (fontMetrics().height() + 3)) + legend + 8};
    return {240, 160 + legend};
}

ChartBars::Layout ChartBars::layout() const
{
    Layout result;
    const QFontMetricsF metrics(font());
    result.legendHeight = m_series.size() > 1 ? metrics.height() + 8 : 0;
    QRectF area = QRectF(rect()).adjusted(4, 4 + result.legendHeight, -4, -4);
    const double valueRoom = metrics.horizontalAdvance(QLocale().toString(maximum())) + 8;
    if (m_orientation == Orientation::Rows) {
        for (const ChartBar &bar : m_bars)
            result.labelWidth = std::max(result.labelWidth, metrics.horizontalAdvance(bar.label));
        result.labelWidth = std::min(result.labelWidth + 8, area.width() * 0.45);
        result.plot = area.adjusted(result.labelWidth, 0, -valueRoom, 0);
    } else {
        int labelLines = 1;
        for (const ChartBar &bar : m_bars)
            labelLines = std::max(labelLines, int(lines(bar.label).size()));
        result.plot
            = area.adjusted(0, metrics.height() + 2, 0, -(labelLines * metrics.height() + 4));
    }
    return result;
}

QRectF ChartBars::barRect(const Layout &layout, int bar) const
{
    const QRectF &plot = layout.plot;
    const double count = double(std::max<qsizetype>(m_bars.size(), 1));
    if (m_orientation == Orientation::Rows) {
        const double slot = std::min(kRowHeight, plot.height() / count);
        const double thickness = slot * 0.66;
        return {
            plot.left(), plot.top() + bar * slot + (slot - thickness) / 2, plot.width(), thickness};
    }
    const double slot = plot.width() / count;
    const double thickness = std::min(slot * 0.7, 56.0);
    return {
        plot.left() + bar * slot + (slot - thickness) / 2, plot.top(), thickness, plot.height()};
}

QRectF ChartBars::segmentRect(int bar, int segment) const
{
    if (bar < 0 || bar >= m_bars.size())
        return {};
    const Layout frame = layout();
    const QRectF slot = barRect(frame, bar);
    const qint64 top = std::max<qint64>(maximum(), 1);
    double start = 0;
    const QList<qint64> &segments = m_bars.at(bar).segments;
    for (int i = 0; i < segments.size(); ++i) {
        const double share = double(std::max<qint64>(0, segments.at(i))) / double(top);
        if (i == segment) {
            if (m_orientation == Orientation::Rows)
                return {slot.left() + start * slot.width(), slot.top(), share * slot.width(),
                    slot.height()};
            return {slot.left(), slot.bottom() - (start + share) * slot.height(), slot.width(),
                share * slot.height()};
        }
        start += share;
    }
    return {};
}

QColor ChartBars::seriesColour(int bar, int segment) const
{
    if (segment == 0 && m_bars.at(bar).colour.isValid())
        return m_bars.at(bar).colour;
    return m_colours.value(segment, m_colours.value(0, QColor(0x22, 0x5e, 0xa8)));
}

void ChartBars::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_bars.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(
            rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        if (hasFocus()) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
            painter.drawRect(QRectF(rect()).adjusted(2, 2, -2, -2));
        }
        return;
    }
    const Layout frame = layout();
    drawLegend(painter, frame);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    if (m_orientation == Orientation::Rows)
        painter.drawLine(frame.plot.topLeft(), frame.plot.bottomLeft());
    else
        painter.drawLine(frame.plot.bottomLeft(), frame.plot.bottomRight());
    for (int i = 0; i < m_bars.size(); ++i)
        drawBar(painter, frame, i);
}

void ChartBars::drawLegend(QPainter &painter, const Layout &frame) const
{
    if (frame.legendHeight <= 0)
        return;
    const QFontMetricsF metrics(font());
    double x = 4;
    for (int i = 0; i < m_series.size(); ++i) {
        const QRectF swatch(x, 6, 12, 12);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_colours.value(i));
        painter.drawRect(swatch);
        if (i > 0) {
            painter.setBrush(QBrush(palette().color(QPalette::Base), Qt::BDiagPattern));
            painter.drawRect(swatch);
        }
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPointF(x + 16, 6 + metrics.ascent() - 1), m_series.at(i));
        x += 16 + metrics.horizontalAdvance(m_series.at(i)) + 18;
    }
}

void ChartBars::drawBar(QPainter &painter, const Layout &frame, int bar) const
{
    const QFontMetricsF metrics(font());
    const ChartBar &item = m_bars.at(bar);
    const QRectF slot = barRect(frame, bar);
    for (int segment = 0; segment < item.segments.size(); ++segment) {
        const QRectF box = segmentRect(bar, segment);
        if (box.isEmpty())
            continue;
        QColor colour = seriesColour(bar, segment);
        if (m_hovered.bar == bar && m_hovered.segment == segment)
            colour = colour.darker(125);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRect(box);
        if (segment > 0) {
            painter.setBrush(QBrush(palette().color(QPalette::Base), Qt::BDiagPattern));
            painter.drawRect(box);
        }
    }
    const QString value = QLocale().toString(total(bar));
    painter.setPen(palette().color(QPalette::Text));
    if (m_orientation == Orientation::Rows) {
        const QString label = metrics.elidedText(item.label, Qt::ElideRight, frame.labelWidth - 8);
        painter.drawText(QRectF(0, slot.top() - 4, frame.labelWidth - 8, slot.height() + 8),
            Qt::AlignRight | Qt::AlignVCenter, label);
        const double end = segmentRect(bar, int(item.segments.size()) - 1).right();
        painter.drawText(
            QPointF(std::max(end, slot.left()) + 5, slot.center().y() + metrics.ascent() / 2 - 1),
            value);
    } else {
        const double top = slot.bottom()
            - slot.height() * double(total(bar)) / double(std::max<qint64>(maximum(), 1));
        painter.drawText(QRectF(slot.left() - 20, top - metrics.height() - 2, slot.width() + 40,
                             metrics.height()),
            Qt::AlignHCenter | Qt::AlignBottom, value);
        const double slotWidth = frame.plot.width() / double(m_bars.size());
        const QRectF labelBox(slot.center().x() - slotWidth / 2, frame.plot.bottom() + 3, slotWidth,
            rect().bottom() - frame.plot.bottom());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(labelBox, Qt::AlignHCenter | Qt::AlignTop, item.label);
    }
    if (hasFocus() && bar == m_current) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(slot.adjusted(-3, -3, 3, 3));
    }
}

ChartBars::Hit ChartBars::hitAt(const QPointF &pos) const
{
    const Layout frame = layout();
    for (int bar = 0; bar < m_bars.size(); ++bar) {
        const QRectF slot = barRect(frame, bar);
        // The whole row or column answers, not just the painted part of a short bar.
        const QRectF reach = m_orientation == Orientation::Rows
            ? QRectF(0, slot.top() - 3, width(), slot.height() + 6)
            : QRectF(slot.left() - 3, 0, slot.width() + 6, height());
        if (!reach.contains(pos))
            continue;
        for (int segment = 0; segment < m_bars.at(bar).segments.size(); ++segment) {
            if (segmentRect(bar, segment).adjusted(-1, -1, 1, 1).contains(pos))
                return {bar, segment};
        }
        return {bar, -1};
    }
    return {};
}

bool ChartBars::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const Hit hit = hitAt(help->pos());
        if (hit.bar >= 0)
            QToolTip::showText(help->globalPos(), toolTip(hit.bar), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ChartBars::mouseMoveEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->position());
    if (hit.bar != m_hovered.bar || hit.segment != m_hovered.segment) {
        m_hovered = hit;
        setCursor(hit.bar >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void ChartBars::mouseReleaseEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->position());
    if (event->button() == Qt::LeftButton && hit.bar >= 0) {
        m_current = hit.bar;
        emit barActivated(hit.bar, hit.segment);
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void ChartBars::leaveEvent(QEvent *event)
{
    m_hovered = {};
    update();
    QWidget::leaveEvent(event);
}

void ChartBars::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_bars.size());
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Right:
    case Qt::Key_Down:
        if (count > 0) {
            const bool back = event->key() == Qt::Key_Left || event->key() == Qt::Key_Up;
            setCurrentAccessibleItem(
                m_current < 0 ? 0 : (m_current + (back ? count - 1 : 1)) % count);
            const QRectF slot = barRect(layout(), m_current);
            QToolTip::showText(mapToGlobal(slot.center().toPoint()), toolTip(m_current), this);
        }
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0 && m_current < count) {
            emit barActivated(m_current, -1);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void ChartBars::focusInEvent(QFocusEvent *event)
{
    // The focus shows as the current bar's frame: a chart entered with Tab has one at once.
    if (m_current < 0 && !m_bars.isEmpty())
        m_current = 0;
    update();
    QWidget::focusInEvent(event);
    AccessibleItems::announceCurrentAfterFocus(this);
}

void ChartBars::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

QString ChartBars::accessibleItemName(int item) const
{
    return QString(m_bars.at(item).label).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString ChartBars::accessibleItemValue(int item) const
{
    const ChartBar &bar = m_bars.at(item);
    return bar.valueText.isEmpty() ? QLocale().toString(total(item)) : bar.valueText;
}

QRect ChartBars::accessibleItemRect(int item) const
{
    return barRect(layout(), item).toAlignedRect();
}

void ChartBars::setCurrentAccessibleItem(int item)
{
    if (item < 0 || item >= m_bars.size())
        return;
    m_current = item;
    update();
    AccessibleItems::announceCurrent(this);
}

} // namespace pactesur
