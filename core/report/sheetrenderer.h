// SPDX-License-Identifier: EUPL-1.2
// The report of one practice sheet: its title, a table of facts, one heading per filled
// section with the section's Markdown (through SafeTextDocument's rules) and the list of
// attachments, as a standalone HTML page or an A4 PDF. A sheet that is not public carries
// its sensitivity on every PDF page and at the top of the HTML page.
#pragma once

#include "report/pagedpdfwriter.h"
#include "report/reportlanguage.h"
#include "report/sheetcontent.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QPagedPaintDevice;

namespace pactesur {

class SafeTextDocument;

class SheetRenderer
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::SheetRenderer)
public:
    explicit SheetRenderer(SheetContent content);

    const SheetContent &content() const { return m_content; }
    QString title() const; // the sheet's, or a placeholder when it has none
    // "Restricted — police only", "Partners only"; empty for a public sheet.
    QString sensitivityLabel() const;
    // A standalone HTML5 page: styles inline, images embedded as data: URIs (re-encoded
    // from their pixels, so no metadata of the original files travels with them), and a
    // content security policy that forbids the browser to fetch anything else.
    QString toHtml() const;
    Status writeHtml(const QString &path) const;
    Status writePdf(const QString &path) const;
    // The PDF's pages on a device the caller set up (a QPrinter): same header and footer.
    bool print(QPagedPaintDevice &device) const;

private:
    enum class Target { HtmlPage, PdfDocument };
    void buildDocument(SafeTextDocument &document) const;
    PagedPdfWriter::Decoration decoration() const;
    QString bodyHtml(Target target) const;
    QString sectionHtml(const SheetContent::Section &section, Target target) const;
    QString attachmentsHtml() const;
    QString printedOn() const;
    // tr() in the report's language; lupdate reads it as tr() (report/reportlanguage.h).
    QString reportTr(const char *source) const
    {
        return m_language->translate("pactesur::SheetRenderer", source);
    }

    SheetContent m_content;
    // Shared, so that a renderer can be moved (a ReportLanguage cannot).
    std::shared_ptr<const ReportLanguage> m_language;
};

} // namespace pactesur
