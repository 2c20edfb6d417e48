// SPDX-License-Identifier: EUPL-1.2
#include "publicationreport.h"

#include "report/bookletpdfwriter.h"
#include "report/htmlfragmentwriter.h"
#include "report/reportstyle.h"
#include "report/safetextdocument.h"
#include "store/database.h"

#include <QUrl>

namespace pactesur {

namespace {

// The widest image of a section on A4 with 20 mm margins, in CSS pixels (170 mm).
constexpr int kImageWidth = 640;

const char kBookletCss[] = R"(
h1.chapter { font-size: 24pt; color: #1f3a5f; margin-bottom: 2px; }
h2.sheet { font-size: 17pt; color: #1f3a5f; margin-top: 0; margin-bottom: 8px; }
h3 { font-size: 11.5pt; margin-top: 14px; }
p.city { font-size: 8.5pt; font-weight: bold; color: #5f6770; margin-bottom: 2px;
  text-transform: uppercase; }
p.chapter-lead { font-size: 10pt; color: #5f6770; margin-bottom: 18px; }
p.fallback { font-size: 8.5pt; color: #9a5b00; }
table.toc td { border-bottom: 1px solid #e3e7eb; }
)";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString anchorOf(const PublicationContent::Sheet &sheet)
{
    return QStringLiteral("sheet-") + sheet.id;
}

QString chapterAnchor(int index)
{
    return QStringLiteral("theme-%1").arg(index + 1);
}

} // namespace

PublicationReport::PublicationReport(Database &db, const QString &language)
    : ReportJob(db)
    , m_language(language)
{ }

QStringList PublicationReport::formats() const
{
    return {QStringLiteral("pdf")};
}

QString PublicationReport::title() const
{
    return reportTr("Practices for safer public spaces");
}

Status PublicationReport::write(const QString &format, const QString &path)
{
    if (Status known = checkFormat(format); !known)
        return known;
    // Progress in thirds: reading the sheets, rendering their text, drawing the pages.
    Result<PublicationContent> content = PublicationContent::load(
        db(), m_language, [&](int done, int count) { return advance(done, 3 * qMax(1, count)); });
    if (!content)
        return content.error();
    m_content = std::move(content).value();
    const int third = qMax(1, m_content.sheetCount);
    const int total = 3 * third;

    // The sections' Markdown is rendered once; only the contents change between builds.
    int done = m_content.sheetCount;
    m_sectionsHtml.clear();
    for (const PublicationContent::Chapter &chapter : m_content.chapters) {
        for (const PublicationContent::Sheet &sheet : chapter.sheets) {
            m_sectionsHtml.insert(sheet.id, sheetHtml(sheet));
            if (!advance(++done, total))
                return cancelledError();
        }
    }

    BookletPdfWriter::Decoration decoration;
    decoration.title = title();
    decoration.headerLeft = reportTr("%1 · %2").arg(m_content.project, title());
    decoration.footerLeft = reportTr("Pactesur · booklet prepared on %1")
                                .arg(m_language.longDate(m_content.preparedOn));
    decoration.pageLabel = [this](int page, int count) {
        return reportTr("Page %1 of %2").arg(m_language.number(page), m_language.number(count));
    };
    decoration.chapters.insert(QStringLiteral("contents"), reportTr("Contents"));
    int themes = 0;
    for (int i = 0; i < m_content.chapters.size(); ++i) {
        decoration.chapters.insert(chapterAnchor(i), m_content.chapters.at(i).label);
        themes += !m_content.chapters.at(i).slug.isEmpty();
    }
    ReportCover cover = ReportCover::standard(m_language);
    cover.kicker = m_content.project;
    cover.title = title();
    cover.subtitle = reportTr("Practice sheets of the partner cities");
    cover.details = {{reportTr("Language"), m_language.nativeName()},
        {reportTr("Practice sheets"), m_language.number(m_content.sheetCount)},
        {reportTr("Themes"), m_language.number(themes)},
        {reportTr("Prepared on"), m_language.longDate(m_content.preparedOn)}};
    decoration.cover = cover;
    decoration.printsPageNumbers = true;
    decoration.pageDrawn = [&](int page, int count) {
        return advance(2 * third + third * page / qMax(1, count), total);
    };

    const Database &database = db();
    Status written = BookletPdfWriter::write(path, decoration,
        [&](SafeTextDocument &document, const BookletPdfWriter::AnchorPages &pages) {
            document.setAttachmentLoader(
                [&](const QString &sha) { return m_content.image(database, sha); });
            document.setDefaultFont(ReportStyle::documentFont());
            document.setDefaultStyleSheet(ReportStyle::pdfCss() + QString::fromLatin1(kBookletCss));
            document.setHtml(bodyHtml(pages));
        });
    if (!written && isCancelled())
        return cancelledError();
    if (written)
        advance(total, total);
    return written;
}

QString PublicationReport::bodyHtml(const QHash<QString, int> &pages) const
{
    QString html = contentsHtml(pages);
    for (int i = 0; i < m_content.chapters.size(); ++i) {
        const PublicationContent::Chapter &chapter = m_content.chapters.at(i);
        html += QStringLiteral("<h1 class=\"chapter\" style=\"page-break-before: always\">"
                               "<a class=\"mark\" name=\"%1\">%2</a></h1>\n")
                    .arg(chapterAnchor(i), escaped(chapter.label));
        html += QStringLiteral("<p class=\"chapter-lead\">%1</p>\n")
                    .arg(escaped(
                        reportTr("%n practice sheet(s)", nullptr, int(chapter.sheets.size()))));
        bool first = true;
        for (const PublicationContent::Sheet &sheet : chapter.sheets) {
            // Each sheet from the top of a page; the first follows its theme's heading.
            html += QStringLiteral("<p class=\"city\"%1>%2</p>\n")
                        .arg(first ? QString()
                                   : QStringLiteral(" style=\"page-break-before: always\""),
                            escaped(sheet.city));
            html += m_sectionsHtml.value(sheet.id);
            first = false;
        }
    }
    return html;
}

QString PublicationReport::contentsHtml(const QHash<QString, int> &pages) const
{
    auto page = [&](const QString &anchor) {
        const auto at = pages.constFind(anchor);
        return at == pages.constEnd() ? QString() : m_language.number(*at);
    };
    QString html = QStringLiteral("<h1><a class=\"mark\" name=\"contents\">%1</a></h1>\n")
                       .arg(escaped(reportTr("Contents")));
    // In English the fallback is the original alone: one sentence per case, not pieces.
    const QString intro = m_language.code() == QLatin1String("en")
        ? reportTr("This booklet gathers the practice sheets that the partner cities of %1 wrote "
                   "and the coordinator validated for publication. Each is given in English "
                   "where a translation is ready, otherwise in its original language.")
              .arg(m_content.project)
        : reportTr("This booklet gathers the practice sheets that the partner cities of %1 wrote "
                   "and the coordinator validated for publication. Each is given in %2 where a "
                   "translation is ready, otherwise in English or in its original language.")
              .arg(m_content.project, m_language.nativeName());
    html += QStringLiteral("<p class=\"lead\">%1</p>\n").arg(escaped(intro));
    if (m_content.chapters.isEmpty()) {
        return html
            + QStringLiteral("<p>%1</p>\n")
                  .arg(escaped(reportTr("No practice sheet is validated and public yet.")));
    }
    html += QStringLiteral("<table class=\"toc\" width=\"100%\" cellspacing=\"0\" "
                           "cellpadding=\"4\">\n");
    for (int i = 0; i < m_content.chapters.size(); ++i) {
        const PublicationContent::Chapter &chapter = m_content.chapters.at(i);
        html += QStringLiteral("<tr><td class=\"toc-theme\" width=\"90%\" style=\"padding-top: "
                               "10px\">%1</td><td class=\"toc-theme\" align=\"right\" "
                               "width=\"10%\" style=\"padding-top: 10px\">%2</td></tr>\n")
                    .arg(escaped(chapter.label), page(chapterAnchor(i)));
        for (const PublicationContent::Sheet &sheet : chapter.sheets) {
            html += QStringLiteral("<tr><td style=\"padding-left: 16px\">%1 "
                                   "<span class=\"toc-city\">· %2</span></td>"
                                   "<td align=\"right\">%3</td></tr>\n")
                        .arg(escaped(sheet.title), escaped(sheet.city), page(anchorOf(sheet)));
        }
    }
    return html + QLatin1String("</table>\n");
}

QString PublicationReport::sheetHtml(const PublicationContent::Sheet &sheet) const
{
    QString html = QStringLiteral("<h2 class=\"sheet\"><a class=\"mark\" name=\"%1\">%2</a></h2>\n")
                       .arg(anchorOf(sheet), escaped(sheet.title));
    if (sheet.language != m_language.code()) {
        html += QStringLiteral("<p class=\"fallback\">%1</p>\n")
                    .arg(escaped(reportTr("This practice is not yet available in %1; it is "
                                          "given in %2.")
                                     .arg(m_language.nativeName(),
                                         ReportLanguage::nativeName(sheet.language))));
    }
    html += factsHtml(sheet);
    const Database &database = db();
    for (const PublicationContent::Section &section : sheet.sections) {
        SafeTextDocument document;
        document.setAttachmentLoader([&](const QString &sha) {
            return sheet.images.contains(sha) ? m_content.image(database, sha) : QByteArray();
        });
        document.setSafeMarkdown(section.markdown);
        // Only the sheet's own images: a sheet naming another one's image gets its alt text.
        HtmlFragmentWriter writer(document, [&](const QString &name) {
            return sheet.images.contains(SafeTextDocument::attachmentSha(QUrl(name))) ? name
                                                                                      : QString();
        });
        writer.setHeadingOffset(3);
        writer.setMaxImageWidth(kImageWidth);
        html += QStringLiteral("<h3>%1</h3>\n").arg(escaped(section.heading)) + writer.write();
    }
    return html;
}

QString PublicationReport::factsHtml(const PublicationContent::Sheet &sheet) const
{
    QStringList languages;
    for (const QString &code : sheet.languages)
        languages << ReportLanguage::nativeName(code);
    const QList<QPair<QString, QString>> facts = {{m_language.fieldLabel("City"), sheet.city},
        {reportTr("Period"), sheet.period},
        {m_language.fieldLabel("Themes"), m_language.locale().createSeparatedList(sheet.themes)},
        {reportTr("Available in"), m_language.locale().createSeparatedList(languages)}};
    QString html = QStringLiteral(
        "<table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">\n");
    for (const auto &[label, value] : facts) {
        if (value.trimmed().isEmpty())
            continue;
        html += QStringLiteral("<tr><th width=\"26%\" align=\"left\">%1</th><td>%2</td></tr>\n")
                    .arg(escaped(label), escaped(value));
    }
    return html + QLatin1String("</table>\n");
}

} // namespace pactesur
