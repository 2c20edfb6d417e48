// SPDX-License-Identifier: EUPL-1.2
// The look the activity report and the booklet share: colours, the document font, and
// the style sheets of the PDF (the CSS subset QTextDocument knows) and of the HTML page.
// The colours are those of the sheet report (SheetRenderer).
#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace pactesur {

namespace ReportStyle {

inline const QColor kAccent {0x1f, 0x3a, 0x5f}; // headings, the cover band
inline const QColor kAccentLight {0xc9, 0xd8, 0xea}; // text on the band
inline const QColor kText {0x1d, 0x23, 0x2a};
inline const QColor kQuiet {0x5f, 0x67, 0x70};
inline const QColor kRule {0xc8, 0xcd, 0xd3};

QFont documentFont();
// Rules for QTextDocument (the PDF).
QString pdfCss();
// Rules for a browser (the HTML page), the same look in CSS a browser knows.
QString pageCss();
// A standalone HTML5 page around `body`: styles inline, and a content security policy
// that lets the browser fetch nothing.
QString htmlPage(
    const QString &language, const QString &title, const QString &body, const QString &footer);

} // namespace ReportStyle

} // namespace pactesur
