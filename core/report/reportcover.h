// SPDX-License-Identifier: EUPL-1.2
// The cover of a report or booklet, drawn on the first PDF page: the project and the
// title on a band in the project's colour, the facts of the document, and at the foot the
// European emblem with the funding statement and the disclaimer that EU-funded
// publications carry. The texts are the caller's, already in the document's language.
#pragma once

#include <QFont>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>

class QPainter;
class QRectF;

namespace pactesur {

class ReportLanguage;

struct ReportCover
{
    QString kicker; // above the title: the project's name
    QString title;
    QString subtitle;
    QList<QPair<QString, QString>> details; // label, value
    QString funding; // beside the emblem: "Co-funded by the European Union"
    QString disclaimer;
    // The document's language, for the capitals of the kicker and labels: Greek capitals
    // drop their accents ("Γλώσσα" -> "ΓΛΩΣΣΑ"), which QString::toUpper() does not know.
    QLocale locale;

    // A cover with the funding statement and the disclaimer in `language`.
    static ReportCover standard(const ReportLanguage &language);
    // Draws the cover on a page of `page` (device units, `mm` units per millimetre).
    void paint(QPainter &painter, const QRectF &page, qreal mm, const QFont &font) const;
    // The European flag (3:2) in `rect`: twelve gold stars on blue.
    static void paintEmblem(QPainter &painter, const QRectF &rect);
};

} // namespace pactesur
