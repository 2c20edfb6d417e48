// SPDX-License-Identifier: EUPL-1.2
#include "reportstyle.h"

namespace pactesur::ReportStyle {

namespace {

const char kCommonCss[] = R"(
h1 { font-size: 20pt; color: #1f3a5f; margin-top: 0; margin-bottom: 8px; }
h2 { font-size: 14pt; color: #1f3a5f; margin-top: 18px; margin-bottom: 6px; }
h3 { font-size: 11pt; color: #1f3a5f; margin-top: 12px; margin-bottom: 4px; }
h4, h5, h6 { font-size: 10pt; color: #33404d; margin-top: 10px; margin-bottom: 4px; }
p { margin-top: 0; margin-bottom: 6px; }
.kicker { font-size: 8pt; color: #5f6770; font-weight: bold; margin-bottom: 2px;
  text-transform: uppercase; }
.lead { font-size: 10pt; color: #33404d; margin-bottom: 10px; }
.note { font-size: 8pt; color: #5f6770; }
.quiet { color: #5f6770; }
.figure { font-size: 18pt; font-weight: bold; color: #1f3a5f; }
.figure-label { font-size: 8pt; color: #5f6770; }
table.grid th { background-color: #eef2f6; color: #33404d; font-weight: bold; }
table.grid th, table.grid td { border-bottom: 1px solid #d5dbe1; vertical-align: top; }
td.number, th.number { text-align: right; }
tr.total td { font-weight: bold; background-color: #f6f8fa; }
.facts th { background-color: #eef2f6; color: #33404d; text-align: left; font-weight: bold; }
.facts th, .facts td { border: 1px solid #d5dbe1; vertical-align: top; }
.toc-theme { font-weight: bold; color: #1f3a5f; }
.toc-city { color: #5f6770; }
a { color: #1a5fb4; }
a.mark { color: #1f3a5f; text-decoration: none; }
pre { background-color: #f6f8fa; font-size: 9pt; }
blockquote { color: #444444; font-style: italic; }
)";

const char kPdfCss[] = R"(
table { border-collapse: collapse; margin-top: 4px; margin-bottom: 10px; }
th, td { padding: 4px; }
table.grid { font-size: 8.5pt; }
ul, ol { margin-top: 0; margin-bottom: 6px; }
code, pre { font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace; }
blockquote { margin-left: 16px; }
)";

const char kPageCss[] = R"(
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 11pt;
  line-height: 1.45; color: #1d232a; max-width: 60em; margin: 2em auto; padding: 0 1em; }
h1 { line-height: 1.2; }
h2 { border-bottom: 1px solid #d5dbe1; padding-bottom: .2em; }
.kicker { letter-spacing: .08em; text-transform: uppercase; }
table { border-collapse: collapse; margin: .5em 0 1.2em; }
table.grid { width: 100%; font-size: 10pt; }
th, td { padding: .35em .6em; text-align: left; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
table.figures td { padding: .2em 1.6em .2em 0; border: none; }
footer { color: #5f6770; font-size: 9pt; margin-top: 3em; border-top: 1px solid #d5dbe1;
  padding-top: .5em; }
@media print { body { margin: 0; max-width: none; } }
)";

} // namespace

QFont documentFont()
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
        QStringLiteral("Liberation Sans"), QStringLiteral("Arial")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10);
    return font;
}

QString pdfCss()
{
    return QString::fromLatin1(kCommonCss) + QString::fromLatin1(kPdfCss);
}

QString pageCss()
{
    return QString::fromLatin1(kCommonCss) + QString::fromLatin1(kPageCss);
}

QString htmlPage(
    const QString &language, const QString &title, const QString &body, const QString &footer)
{
    return QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
        "'none'; img-src data:; style-src 'unsafe-inline'\">\n"
        "<meta name=\"generator\" content=\"Pactesur\">\n<title>%2</title>\n"
        "<style>%3</style>\n</head>\n<body>\n<main>\n%4</main>\n"
        "<footer>%5</footer>\n</body>\n</html>\n")
        .arg(language.toHtmlEscaped(), title.toHtmlEscaped(), pageCss(), body,
            footer.toHtmlEscaped());
}

} // namespace pactesur::ReportStyle
