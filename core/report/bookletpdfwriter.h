// SPDX-License-Identifier: EUPL-1.2
// Writes a long report as an A4 PDF: a cover drawn on the first page, then the document's
// pages between a running header (the document's title, and the chapter the page is in)
// and a footer with the page number. It also tells the document where its anchors fell,
// so that a table of contents can give page numbers: the document is built, laid out and
// built again until the numbers hold. Unlike PagedPdfWriter, every text it prints comes
// from the caller, so a booklet in French says "Page 3 sur 40" whatever the interface
// speaks.
#pragma once

#include "report/reportcover.h"
#include "util/result.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>

class QPagedPaintDevice;

namespace pactesur {

class SafeTextDocument;

class BookletPdfWriter
{
public:
    struct Decoration
    {
        QString title; // the PDF's title in its metadata
        QString headerLeft;
        QString footerLeft;
        // "Page %1 of %2" in the document's language.
        std::function<QString(int page, int count)> pageLabel;
        // Anchors that open a chapter, with the chapter's name for the running header.
        QHash<QString, QString> chapters;
        std::optional<ReportCover> cover;
        // The document prints the pages of its anchors (a table of contents): it is built
        // again until they hold. Otherwise one build and one layout are enough.
        bool printsPageNumbers = false;
        // Called after each page is drawn; false stops the writing (and fails it).
        std::function<bool(int page, int count)> pageDrawn;
    };
    // Page numbers (of the PDF, the cover being page 1) of the document's named anchors.
    using AnchorPages = QHash<QString, int>;
    // (Re)fills the document for the page numbers known so far (none at first).
    using Build = std::function<void(SafeTextDocument &document, const AnchorPages &pages)>;

    static Status write(const QString &path, const Decoration &decoration, const Build &build);
    // The same on a paged device already set up; false when the device fails.
    static bool paint(QPagedPaintDevice &device, const Decoration &decoration, const Build &build);
};

} // namespace pactesur
