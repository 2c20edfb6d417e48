// SPDX-License-Identifier: EUPL-1.2
// CSV as RFC 4180 defines it: records end with CRLF; a field holding a comma, a double
// quote, CR or LF is quoted and its quotes doubled; embedded line breaks stay inside the
// quotes. The text is UTF-8 and starts with a byte order mark: Excel, which most partner
// administrations open CSV files with, reads a file without one in the legacy code page
// and garbles "Liège" or "Gdańsk"; LibreOffice, Google Sheets and Python's "utf-8-sig"
// accept the mark.
#pragma once

#include <QByteArray>
#include <QStringList>

namespace pactesur {

class CsvWriter
{
public:
    CsvWriter();

    void addRow(const QStringList &fields);
    int rowCount() const { return m_rows; }
    const QByteArray &data() const { return m_data; }

    // One field as it is written. A text that a spreadsheet would run as a formula (it
    // starts with =, +, -, @ or a tab and is not a number) gets a leading apostrophe, as
    // OWASP advises: records come from other replicas and must not execute anything.
    static QString field(const QString &text);

private:
    QByteArray m_data;
    int m_rows = 0;
};

} // namespace pactesur
