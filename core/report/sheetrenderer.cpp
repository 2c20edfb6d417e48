// SPDX-License-Identifier: EUPL-1.2
#include "sheetrenderer.h"

#include "report/htmlfragmentwriter.h"
#include "report/pagedpdfwriter.h"
#include "report/reportfile.h"
#include "report/reportstyle.h"
#include "report/safetextdocument.h"

#include <QBuffer>
#include <QFont>
#include <QLocale>

namespace pactesur {

namespace {

// The widest image of a section on A4 with 20 mm margins, in CSS pixels (170 mm).
constexpr int kPdfImageWidth = 640;

const QColor kRestrictedColour(0xa4, 0x16, 0x1a);
const QColor kPartnersColour(0x9a, 0x5b, 0x00);

// What the page and the PDF share; the PDF gets the subset of CSS QTextDocument knows.
const char kCommonCss[] = R"(
h1 { font-size: 20pt; color: #1f3a5f; margin-top: 0; margin-bottom: 10px; }
h2 { font-size: 13pt; color: #1f3a5f; margin-top: 20px; margin-bottom: 6px; }
h3 { font-size: 11pt; color: #1f3a5f; margin-top: 12px; margin-bottom: 4px; }
h4, h5, h6 { font-size: 10pt; color: #33404d; margin-top: 10px; margin-bottom: 4px; }
p { margin-top: 0; margin-bottom: 6px; }
.kind { font-size: 8pt; color: #5f6770; text-transform: uppercase; margin-bottom: 2px; }
.sensitivity { font-weight: bold; }
.restricted { color: #a4161a; }
.partners { color: #9a5b00; }
.facts th { background-color: #eef2f6; color: #33404d; text-align: left; font-weight: bold; }
.facts th, .facts td { border: 1px solid #d5dbe1; vertical-align: top; }
.size { color: #5f6770; }
a { color: #1a5fb4; }
pre { background-color: #f6f8fa; font-size: 9pt; }
blockquote { color: #444444; font-style: italic; }
)";

const char kPageCss[] = R"(
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 11pt;
  line-height: 1.45; color: #1d232a; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { line-height: 1.2; }
h2 { border-bottom: 1px solid #d5dbe1; padding-bottom: .2em; }
.kind { letter-spacing: .08em; }
.sensitivity { display: inline-block; border: 1px solid; border-radius: 3px; padding: .15em .6em; }
table { border-collapse: collapse; margin: .5em 0 1em; }
.facts { width: 100%; }
.facts th { width: 30%; }
th, td { border: 1px solid #d5dbe1; padding: .35em .6em; }
img { max-width: 100%; height: auto; }
blockquote { border-left: 3px solid #d5dbe1; margin-left: 0; padding-left: 1em; }
pre { padding: .6em; overflow-x: auto; }
footer { color: #5f6770; font-size: 9pt; margin-top: 3em; border-top: 1px solid #d5dbe1;
  padding-top: .5em; }
@media print { body { margin: 0; max-width: none; } }
)";

const char kPdfCss[] = R"(
table { border-collapse: collapse; margin-top: 4px; margin-bottom: 8px; }
th, td { border: 1px solid #d5dbe1; padding: 4px; }
ul, ol { margin-top: 0; margin-bottom: 6px; }
code, pre { font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace; }
blockquote { margin-left: 16px; }
)";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The pixels of an image again as PNG (or JPEG for photographs), as a data: URI.
QString dataUri(const QByteArray &bytes)
{
    const QImage image = SafeTextDocument::decodeImage(bytes);
    if (image.isNull())
        return {};
    const bool photo = SafeTextDocument::rasterFormat(bytes) == "jpeg";
    QByteArray encoded;
    QBuffer buffer(&encoded);
    if (!buffer.open(QIODevice::WriteOnly)
        || !image.save(&buffer, photo ? "JPEG" : "PNG", photo ? 88 : -1))
        return {};
    return (photo ? QStringLiteral("data:image/jpeg;base64,")
                  : QStringLiteral("data:image/png;base64,"))
        + QString::fromLatin1(encoded.toBase64());
}

} // namespace

SheetRenderer::SheetRenderer(SheetContent content)
    : m_content(std::move(content))
    , m_language(std::make_shared<const ReportLanguage>(m_content.reportLanguage))
{ }

QString SheetRenderer::title() const
{
    return m_content.title.trimmed().isEmpty() ? reportTr("Untitled practice sheet")
                                               : m_content.title;
}

QString SheetRenderer::sensitivityLabel() const
{
    if (m_content.sensitivity == QLatin1String("public"))
        return {};
    // A value this version does not know prints as the strictest: no sheet loses its label.
    if (m_content.sensitivity == QLatin1String("partners"))
        return reportTr("Partners only");
    return reportTr("Restricted — police only");
}

QString SheetRenderer::toHtml() const
{
    const QString language
        = m_content.language.isEmpty() ? QStringLiteral("en") : m_content.language;
    return QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
        "'none'; img-src data:; style-src 'unsafe-inline'\">\n"
        "<meta name=\"generator\" content=\"Pactesur\">\n<title>%2</title>\n"
        "<style>%3%4</style>\n</head>\n<body>\n<main>\n%5</main>\n"
        "<footer>%6</footer>\n</body>\n</html>\n")
        .arg(escaped(language), escaped(title()), QString::fromLatin1(kCommonCss),
            QString::fromLatin1(kPageCss), bodyHtml(Target::HtmlPage), escaped(printedOn()));
}

Status SheetRenderer::writeHtml(const QString &path) const
{
    return ReportFile::write(path, toHtml().toUtf8());
}

Status SheetRenderer::writePdf(const QString &path) const
{
    SafeTextDocument document;
    buildDocument(document);
    return PagedPdfWriter::write(document, path, decoration());
}

bool SheetRenderer::print(QPagedPaintDevice &device) const
{
    SafeTextDocument document;
    buildDocument(document);
    return PagedPdfWriter::paint(document, device, decoration());
}

void SheetRenderer::buildDocument(SafeTextDocument &document) const
{
    document.setAttachmentLoader(
        [this](const QString &sha) { return m_content.images.value(sha); });
    document.setDefaultFont(ReportStyle::documentFont());
    document.setDefaultStyleSheet(QString::fromLatin1(kCommonCss) + QString::fromLatin1(kPdfCss));
    document.setHtml(bodyHtml(Target::PdfDocument));
}

PagedPdfWriter::Decoration SheetRenderer::decoration() const
{
    PagedPdfWriter::Decoration decoration;
    decoration.title = title();
    decoration.headerLeft = title();
    decoration.headerRight = sensitivityLabel();
    decoration.headerRightColor
        = m_content.sensitivity == QLatin1String("partners") ? kPartnersColour : kRestrictedColour;
    decoration.footerLeft = printedOn();
    return decoration;
}

QString SheetRenderer::bodyHtml(Target target) const
{
    const bool pdf = target == Target::PdfDocument;
    QString html = QStringLiteral("<p class=\"kind\">%1</p>\n<h1>%2</h1>\n")
                       .arg(escaped(reportTr("Practice sheet")), escaped(title()));
    if (const QString label = sensitivityLabel(); !label.isEmpty()) {
        const QString level = m_content.sensitivity == QLatin1String("partners")
            ? QStringLiteral("partners")
            : QStringLiteral("restricted");
        html += QStringLiteral("<p class=\"sensitivity %1\">%2</p>\n").arg(level, escaped(label));
    }
    // QTextDocument wants the table's geometry as attributes; a browser takes it from CSS.
    html += pdf ? QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\" "
                                 "cellpadding=\"5\">\n")
                : QStringLiteral("<table class=\"facts\">\n");
    for (const SheetContent::Fact &fact : m_content.facts) {
        html += QStringLiteral("<tr><th%1>%2</th><td>%3</td></tr>\n")
                    .arg(pdf ? QStringLiteral(" width=\"30%\"") : QString(), escaped(fact.label),
                        escaped(fact.value));
    }
    html += QLatin1String("</table>\n");
    for (const SheetContent::Section &section : m_content.sections) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(section.heading));
        html += sectionHtml(section, target);
    }
    html += attachmentsHtml();
    return html;
}

QString SheetRenderer::sectionHtml(const SheetContent::Section &section, Target target) const
{
    SafeTextDocument document;
    document.setAttachmentLoader(
        [this](const QString &sha) { return m_content.images.value(sha); });
    document.setSafeMarkdown(section.markdown);
    QHash<QString, QString> uris;
    HtmlFragmentWriter writer(document, [&](const QString &name) -> QString {
        if (target == Target::PdfDocument)
            return name; // resolved again by the PDF's own SafeTextDocument
        const QString sha = SafeTextDocument::attachmentSha(QUrl(name));
        if (!uris.contains(sha))
            uris.insert(sha, dataUri(m_content.images.value(sha)));
        return uris.value(sha);
    });
    writer.setHeadingOffset(2);
    if (target == Target::PdfDocument)
        writer.setMaxImageWidth(kPdfImageWidth);
    return writer.write();
}

QString SheetRenderer::attachmentsHtml() const
{
    if (m_content.attachments.isEmpty())
        return {};
    const QLocale &locale = m_language->locale();
    QString html = QStringLiteral("<h2>%1</h2>\n<ul class=\"attachments\">\n")
                       .arg(escaped(reportTr("Attachments")));
    for (const SheetContent::Attachment &attachment : m_content.attachments) {
        html += QStringLiteral("<li>%1 <span class=\"size\">(%2)</span></li>\n")
                    .arg(escaped(attachment.fileName),
                        escaped(locale.formattedDataSize(attachment.size)));
    }
    return html + QLatin1String("</ul>\n");
}

QString SheetRenderer::printedOn() const
{
    return reportTr("Pactesur · practice sheet printed on %1")
        .arg(m_language->longDate(m_content.printedOn));
}

} // namespace pactesur
