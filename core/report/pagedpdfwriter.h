// SPDX-License-Identifier: EUPL-1.2
// Writes a QTextDocument as an A4 PDF (or prints it) with a header and a footer on every
// page. The document's own layout cuts it into pages (a line is never split between two),
// and each page's slice is drawn between the header and the footer, so that a sensitivity
// label appears on every page, not only the first.
#pragma once

#include "util/result.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QPdfWriter;
class QTextDocument;

namespace pactesur {

class PagedPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::PagedPdfWriter)
public:
    struct Decoration
    {
        QString title; // the PDF's title in its metadata
        QString headerLeft; // in grey, shortened to fit
        QString headerRight; // emphasised in headerRightColor: a sensitivity label
        QColor headerRightColor = Qt::black;
        QString footerLeft; // "Page %1 of %2" is always on the right
    };

    // An A4 page at 300 dpi without device margins (the header, footer and document keep
    // their own), with `title` and the creator in the PDF's metadata: every report's paper.
    static void setUpA4(QPdfWriter &writer, const QString &title);

    // Lays `document` out for A4 (its page size, margins and paint device change) and
    // writes it to `path` atomically.
    static Status write(QTextDocument &document, const QString &path, const Decoration &decoration);
    // The same on any paged device whose pages are already set up (a QPrinter in ui): the
    // page is the device's paint area, the margins ours. False when the device fails.
    static bool paint(
        QTextDocument &document, QPagedPaintDevice &device, const Decoration &decoration);
};

} // namespace pactesur
