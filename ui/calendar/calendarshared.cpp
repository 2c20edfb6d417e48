// SPDX-License-Identifier: EUPL-1.2
// What the calendar's month grid and period timeline share: kind colours, dates and tooltips.
#include "calendarshared.h"

#include "util/localformat.h"

#include "activitycalendarview.h"
#include "model/kinds.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>

#include <iterator>
#include <utility>

namespace pactesur {

const QStringList &activityKinds()
{
    static const QStringList kinds
        = Kinds::get(QStringLiteral("activities")).field(QStringLiteral("kind"))->choices;
    return kinds;
}

QColor kindColor(const QString &kind)
{
    static const QColor colors[]
        = {QColor(0x4e79a7), QColor(0xf28e2b), QColor(0xe15759), QColor(0x76b7b2), QColor(0x59a14f),
            QColor(0xedc948), QColor(0xb07aa1), QColor(0xff9da7), QColor(0x9c755f)};
    const qsizetype index = activityKinds().indexOf(kind);
    if (index < 0 || index >= qsizetype(std::size(colors)))
        return QColor(0xbab0ac); // "other" and anything unknown
    return colors[index];
}

QString dateText(const QDate &date)
{
    return LocalFormat::longDate(date);
}

QString monthTitle(const QDate &month)
{
    return ActivityCalendarView::tr("%1 %2", "calendar title: month name, year")
        .arg(QLocale().standaloneMonthName(month.month()), QLocale().toString(month, u"yyyy"));
}

QString toolTipText(const QString &boldLine, const QStringList &lines)
{
    QStringList escaped {QStringLiteral("<b>%1</b>").arg(boldLine.toHtmlEscaped())};
    for (const QString &line : lines)
        escaped << line.toHtmlEscaped();
    return QStringLiteral("<qt>%1</qt>").arg(escaped.join(QStringLiteral("<br>")));
}

QString itemToolTip(const CalendarItem &item)
{
    const KindSpec &spec = Kinds::get(QStringLiteral("activities"));
    QStringList lines {Kinds::choiceLabel(item.kind),
        item.end == item.start ? dateText(item.start)
                               : ActivityCalendarView::tr("%1 – %2", "first day, last day")
                                     .arg(dateText(item.start), dateText(item.end))};
    for (const auto &[field, value] : {std::pair {QStringLiteral("host_city"), item.hostCity},
             std::pair {QStringLiteral("place"), item.place}}) {
        if (!value.isEmpty())
            lines << ActivityCalendarView::tr("%1: %2", "field label: value")
                         .arg(spec.field(field)->translatedLabel(), value);
    }
    return toolTipText(item.title, lines);
}

QString untitled(const QString &title)
{
    return title.isEmpty() ? ActivityCalendarView::tr("(untitled)") : title;
}

int paintKindLegend(
    QPainter *painter, const QRect &rect, const QFontMetrics &metrics, const QColor &textColor)
{
    const int lineHeight = metrics.height();
    const int chip = 10;
    int x = rect.left();
    int y = rect.top();
    for (const QString &kind : activityKinds()) {
        const QString label = Kinds::choiceLabel(kind);
        const int width = chip + 5 + metrics.horizontalAdvance(label) + 16;
        if (x > rect.left() && x + width > rect.right()) {
            x = rect.left();
            y += lineHeight + 4;
        }
        if (painter) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(kindColor(kind));
            painter->drawRoundedRect(QRect(x, y + (lineHeight - chip) / 2, chip, chip), 2, 2);
            painter->setPen(textColor);
            painter->drawText(
                QRect(x + chip + 5, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, label);
        }
        x += width;
    }
    return y + lineHeight - rect.top();
}

} // namespace pactesur
