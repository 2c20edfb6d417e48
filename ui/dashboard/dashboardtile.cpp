// SPDX-License-Identifier: EUPL-1.2
// One key figure of the dashboard as a button: the number, what it counts and a note; a
// click (or Space) opens the records behind it.
#include "dashboardtile.h"

#include <QPainter>

namespace pactesur {

namespace {

QFont scaled(QFont font, double factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

DashboardTile::DashboardTile(QWidget *parent)
    : QAbstractButton(parent)
{
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void DashboardTile::setValue(const QString &value)
{
    m_value = value;
    updateAccessibility();
    update();
}

void DashboardTile::setCaption(const QString &caption)
{
    m_caption = caption;
    updateAccessibility();
    updateGeometry();
    update();
}

void DashboardTile::setNote(const QString &note)
{
    m_note = note;
    setToolTip(note);
    updateAccessibility();
    update();
}

void DashboardTile::updateAccessibility()
{
    setAccessibleName(tr("%1: %2", "figure caption, value").arg(m_caption, m_value));
    setAccessibleDescription(m_note);
}

QSize DashboardTile::sizeHint() const
{
    const QFontMetrics big(scaled(font(), 1.9, true));
    const QFontMetrics metrics(font());
    // Room for a caption on two lines and a note on three.
    return {170, 20 + big.height() + 2 * metrics.height() + 3 * (metrics.height() - 1)};
}

QSize DashboardTile::minimumSizeHint() const
{
    return {120, sizeHint().height()};
}

void DashboardTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(1, 1, -1, -1);
    const bool emphasised = m_hovered || hasFocus() || isDown();
    painter.setPen(
        QPen(emphasised ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid),
            emphasised ? 2 : 1));
    painter.setBrush(
        isDown() ? palette().color(QPalette::AlternateBase) : palette().color(QPalette::Base));
    painter.drawRoundedRect(frame, 8, 8);
    if (hasFocus()) {
        // Apart from hover's frame: the keyboard's place must show without a mouse.
        painter.setPen(QPen(palette().color(QPalette::Text), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(frame.adjusted(4, 4, -4, -4), 5, 5);
    }

    const QRectF content = frame.adjusted(12, 8, -12, -8);
    const QFont bigFont = scaled(font(), 1.9, true);
    const QFontMetricsF big(bigFont);
    painter.setFont(bigFont);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(content.left(), content.top(), content.width(), big.height()),
        Qt::AlignLeft | Qt::AlignVCenter, m_value);

    const QFontMetricsF metrics(font());
    double y = content.top() + big.height() + 2;
    painter.setFont(scaled(font(), 1.0, true));
    painter.setPen(palette().color(QPalette::Text));
    const QRectF captionBox(content.left(), y, content.width(), 2 * metrics.height());
    QRectF used;
    painter.drawText(captionBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_caption, &used);
    y += std::max(used.height(), metrics.height()) + 1;
    painter.setFont(scaled(font(), 0.9, false));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRectF(content.left(), y, content.width(), content.bottom() - y),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_note);
}

void DashboardTile::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void DashboardTile::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

} // namespace pactesur
