// SPDX-License-Identifier: EUPL-1.2
#include "reportcover.h"

#include "report/reportlanguage.h"
#include "report/reportstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace pactesur {

namespace {

// The emblem's official colours (Reflex Blue and Yellow, as RGB).
const QColor kEmblemBlue(0x00, 0x33, 0x99);
const QColor kEmblemGold(0xff, 0xcc, 0x00);

QPainterPath star(const QPointF &centre, qreal outer)
{
    // A five-pointed star, one point up; the inner radius makes straight edges.
    const qreal inner
        = outer * std::sin(qDegreesToRadians(18.0)) / std::sin(qDegreesToRadians(126.0));
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const qreal radius = i % 2 == 0 ? outer : inner;
        const qreal angle = qDegreesToRadians(-90.0 + i * 36.0);
        const QPointF point = centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    path.closeSubpath();
    return path;
}

QFont sized(QFont font, qreal points, QFont::Weight weight = QFont::Normal)
{
    font.setPointSizeF(points);
    font.setWeight(weight);
    return font;
}

// Draws wrapped text from `top` and returns where the next line may start.
qreal drawWrapped(QPainter &painter, const QFont &font, const QColor &colour, const QRectF &box,
    qreal top, const QString &text)
{
    if (text.isEmpty())
        return top;
    painter.setFont(font);
    painter.setPen(colour);
    const QRectF area(box.left(), top, box.width(), box.bottom() - top);
    QRectF used;
    painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text, &used);
    return used.bottom();
}

} // namespace

ReportCover ReportCover::standard(const ReportLanguage &language)
{
    ReportCover cover;
    cover.locale = language.locale();
    // The acknowledgement and disclaimer the European Commission asks of the publications
    // of projects it funds (PACTESUR 2: 90 %).
    cover.funding = language.translate("pactesur::ReportCover", "Co-funded by the European Union");
    cover.disclaimer = language.translate("pactesur::ReportCover",
        "Views and opinions expressed are however those of the author(s) only and do not "
        "necessarily reflect those of the European Union or the European Commission. Neither "
        "the European Union nor the granting authority can be held responsible for them.");
    return cover;
}

void ReportCover::paintEmblem(QPainter &painter, const QRectF &rect)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect, kEmblemBlue);
    // The stars stand on a circle of a third of the height, each a ninth of it across.
    const QPointF centre = rect.center();
    const qreal circle = rect.height() / 3;
    painter.setPen(Qt::NoPen);
    painter.setBrush(kEmblemGold);
    for (int hour = 0; hour < 12; ++hour) {
        const qreal angle = qDegreesToRadians(hour * 30.0);
        const QPointF at = centre + QPointF(circle * std::sin(angle), -circle * std::cos(angle));
        painter.drawPath(star(at, rect.height() / 18));
    }
    painter.restore();
}

void ReportCover::paint(QPainter &painter, const QRectF &page, qreal mm, const QFont &font) const
{
    painter.save();
    const qreal side = 22 * mm;
    const QRectF band(page.left(), page.top(), page.width(), 118 * mm);
    painter.fillRect(band, ReportStyle::kAccent);
    painter.fillRect(QRectF(band.left(), band.bottom(), band.width(), 2.2 * mm), kEmblemGold);

    const QRectF text(side, band.top(), page.width() - 2 * side, band.height());
    qreal y = band.top() + 38 * mm;
    QFont kickerFont = sized(font, 11, QFont::Bold);
    kickerFont.setLetterSpacing(QFont::PercentageSpacing, 112);
    y = drawWrapped(
        painter, kickerFont, ReportStyle::kAccentLight, text, y, locale.toUpper(kicker));
    y = drawWrapped(painter, sized(font, 28, QFont::Bold), Qt::white, text, y + 4 * mm, title);
    drawWrapped(painter, sized(font, 13), ReportStyle::kAccentLight, text, y + 4 * mm, subtitle);

    // The facts, as a two-column list under the band.
    const QFont labelFont = sized(font, 9, QFont::Bold);
    const QFont valueFont = sized(font, 11);
    const qreal labelWidth = 48 * mm;
    y = band.bottom() + 22 * mm;
    for (const auto &[label, value] : details) {
        // A long label wraps short of its value rather than running into it.
        const QRectF labelBox(side, y, labelWidth - 4 * mm, 20 * mm);
        const QRectF valueBox(side + labelWidth, y, text.width() - labelWidth, 40 * mm);
        const qreal labelEnd = drawWrapped(
            painter, labelFont, ReportStyle::kQuiet, labelBox, y + 0.6 * mm, locale.toUpper(label));
        const qreal valueEnd
            = drawWrapped(painter, valueFont, ReportStyle::kText, valueBox, y, value);
        y = qMax(labelEnd, valueEnd) + 4 * mm;
    }

    // The foot: emblem, funding statement, disclaimer.
    const qreal emblemHeight = 14 * mm;
    const QRectF emblem(side, page.bottom() - 62 * mm, emblemHeight * 1.5, emblemHeight);
    paintEmblem(painter, emblem);
    const QFont fundingFont = sized(font, 11, QFont::Bold);
    painter.setFont(fundingFont);
    painter.setPen(ReportStyle::kText);
    const QRectF fundingBox(emblem.right() + 5 * mm, emblem.top(),
        page.width() - side - emblem.right() - 5 * mm, emblem.height());
    painter.drawText(fundingBox, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, funding);
    const QRectF foot(side, emblem.bottom() + 6 * mm, text.width(), 30 * mm);
    painter.setPen(QPen(ReportStyle::kRule, 0.3 * mm));
    painter.drawLine(
        QPointF(foot.left(), foot.top() - 2 * mm), QPointF(foot.right(), foot.top() - 2 * mm));
    drawWrapped(painter, sized(font, 7.5), ReportStyle::kQuiet, foot, foot.top(), disclaimer);
    painter.restore();
}

} // namespace pactesur
