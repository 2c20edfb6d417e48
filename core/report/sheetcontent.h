// SPDX-License-Identifier: EUPL-1.2
// What a report shows of one practice sheet, read once from the database and turned into
// display texts in the report's language: the facts, the filled sections in form order
// (still Markdown) and the attachments, with the bytes of the images the sections show.
// The renderers work from this value alone, without the database.
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace pactesur {

class Database;

struct SheetContent
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::SheetContent)
public:
    struct Fact
    {
        QString label;
        QString value;
    };
    struct Section
    {
        QString field; // "summary"
        QString heading; // "Summary", translated
        QString markdown;
    };
    struct Attachment
    {
        QString sha256;
        QString fileName;
        QString mime;
        qint64 size = 0;
    };

    QString id;
    QString title;
    QString language; // ISO 639-1, the language the sheet is written in
    // The language of the report's own words (labels, period, choices, dates): one of the
    // 14 interface languages; the interface's when empty.
    QString reportLanguage;
    QString sensitivity; // "public", "partners" or "restricted"
    QList<Fact> facts;
    QList<Section> sections;
    QList<Attachment> attachments;
    // Bytes of the sheet's own image attachments, by SHA-256 (what the sections may show).
    QHash<QString, QByteArray> images;
    QDate printedOn;

    // Reads the sheet `idOrPrefix`; a sheet that does not exist is Error::Rejected. The
    // report speaks `language`; when empty, the sheet's own language if the interface has
    // it (a French sheet prints as a French document), else the interface's.
    static Result<SheetContent> load(
        Database &db, const QString &idOrPrefix, const QString &language = QString());
};

} // namespace pactesur
