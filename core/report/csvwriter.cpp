// SPDX-License-Identifier: EUPL-1.2
#include "csvwriter.h"

namespace pactesur {

namespace {

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.at(0);
    if (first != QLatin1Char('=') && first != QLatin1Char('+') && first != QLatin1Char('-')
        && first != QLatin1Char('@') && first != QLatin1Char('\t') && first != QLatin1Char('\r'))
        return false;
    // A signed number is data, not a formula.
    bool number = false;
    text.toDouble(&number);
    return !number;
}

} // namespace

CsvWriter::CsvWriter()
    : m_data("\xEF\xBB\xBF")
{ }

QString CsvWriter::field(const QString &text)
{
    QString value = looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList written;
    written.reserve(fields.size());
    for (const QString &text : fields)
        written << field(text);
    m_data += written.join(QLatin1Char(',')).toUtf8();
    m_data += "\r\n";
    ++m_rows;
}

} // namespace pactesur
