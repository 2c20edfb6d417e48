// SPDX-License-Identifier: EUPL-1.2
// What the calendar's month grid and timeline share: an activity, kind colours, tooltips.
#pragma once

#include <QColor>
#include <QDate>
#include <QRect>
#include <QString>
#include <QStringList>

class QFontMetrics;
class QPainter;

namespace pactesur {

struct CalendarItem
{
    QString id;
    QString title;
    QString kind;
    QString hostCity;
    QString place;
    QDate start;
    QDate end;
};

const QStringList &activityKinds();
// A fixed, muted palette (Tableau 10) that reads on light and dark backgrounds alike.
QColor kindColor(const QString &kind);
// The locale's long date without the weekday.
QString dateText(const QDate &date);
QString monthTitle(const QDate &month);
// Data is escaped and the text marked as rich, so a title holding tags shows them as typed.
QString toolTipText(const QString &boldLine, const QStringList &lines);
QString itemToolTip(const CalendarItem &item);
QString untitled(const QString &title);
// Paints (when `painter` is set) each kind's colour and name, flowing over as many lines as
// `rect` is wide for; returns the height used.
int paintKindLegend(QPainter *painter, const QRect &rect, const QFontMetrics &metrics,
    const QColor &textColor = {});

} // namespace pactesur
