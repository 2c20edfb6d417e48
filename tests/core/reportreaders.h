// SPDX-License-Identifier: EUPL-1.2
// The report tests read what they check with real, independent parsers: Python's csv
// module and html.parser, poppler's pdftotext, and ical.js through node. Each helper runs
// the tool and hands back plain Qt values; an empty or failed result says what went wrong
// in `error`.
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pactesur::test {

// Every record of a CSV file as Python's csv.reader returns it (UTF-8, BOM allowed).
QList<QStringList> readCsv(const QString &path, QString *error = nullptr);
// Every <table> of an HTML file: its rows, each a list of cell texts (<br> as a newline).
QList<QList<QStringList>> readHtmlTables(const QString &path, QString *error = nullptr);
// Text of a PDF (or of one page), ligatures undone and white space collapsed.
QString pdfText(const QString &pdf, int page = 0);
// The lines of one page as pdftotext -layout keeps them: a table row stays one line.
QStringList pdfLines(const QString &pdf, int page);
int pdfPages(const QString &pdf);
bool hasTool(const QString &name);

// Runs tests/scripts/check_ics.js on `ics` against `expected` (see the script). Returns
// the script's exit code: 0 match, 1 differences (in `output`), 77 ical.js missing.
int checkIcs(const QString &ics, const QJsonArray &expected, QString *output);

} // namespace pactesur::test
