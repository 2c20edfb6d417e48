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
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void DashboardTile::setValue(const QString &value)
{
    m_value = value;
    updateAccessibility();
    updateGeometry();
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
    updateGeometry();
    update();
}

void DashboardTile::updateAccessibility()
{
    setAccessibleName(tr("%1: %2", "figure caption, value").arg(m_caption, m_value));
    setAccessibleDescription(m_note);
}

QSize DashboardTile::sizeHint() const
{
    return {170, heightForWidth(170)};
}

QSize DashboardTile::minimumSizeHint() const
{
    // The height of empty texts: the layout asks heightForWidth() for the real one.
    const QFontMetrics big(scaled(font(), 1.9, true));
    const QFontMetrics caption(scaled(font(), 1.0, true));
    const QFontMetrics note(scaled(font(), 0.9, false));
    // As wide as the longest word, which cannot wrap ("Δραστηριότητες"): the row of tiles
    // reflows rather than cut it (DashboardTileGrid).
    int longestWord = big.horizontalAdvance(m_value);
    for (const QString &word : m_caption.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        longestWord = std::max(longestWord, caption.horizontalAdvance(word));
    for (const QString &word : m_note.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        longestWord = std::max(longestWord, note.horizontalAdvance(word));
    return {std::max(120, longestWord + 2 + 24 + 2),
        2 + 16 + big.height() + 2 + 2 * caption.height() + 1 + 3 * note.height()};
}

int DashboardTile::heightForWidth(int width) const
{
    // The same boxes as paintEvent(): a frame, margins, the number, the caption, the note.
    const int textWidth = std::max(1, width - 2 - 24);
    const QFontMetrics big(scaled(font(), 1.9, true));
    const QFontMetrics caption(scaled(font(), 1.0, true));
    const QFontMetrics note(scaled(font(), 0.9, false));
    const auto wrappedHeight = [textWidth](const QFontMetrics &metrics, const QString &text) {
        return metrics
            .boundingRect(QRect(0, 0, textWidth, 100000),
                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text)
            .height();
    };
    const int needed = 2 + 16 + big.height() + 2 + wrappedHeight(caption, m_caption) + 1
        + wrappedHeight(note, m_note);
    // Room for a caption on two lines and a note on three at least, so the tiles of a row
    // keep one height while their figures load.
    return std::max(needed, minimumSizeHint().height());
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
    const QRectF captionBox(content.left(), y, content.width(), content.bottom() - y);
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
