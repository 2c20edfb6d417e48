// SPDX-License-Identifier: EUPL-1.2
#include "icalendarwriter.h"

#include <QCoreApplication>

namespace pactesur {

namespace {

constexpr int kMaxOctets = 75;

QString dateValue(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString utcValue(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

bool isContinuationByte(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

} // namespace

ICalendarWriter::ICalendarWriter(const QString &name)
{
    addLine(QStringLiteral("BEGIN:VCALENDAR"));
    addLine(QStringLiteral("VERSION:2.0"));
    addLine(QStringLiteral("PRODID:-//Pactesur//Pactesur %1//EN")
                .arg(QCoreApplication::applicationVersion()));
    addLine(QStringLiteral("CALSCALE:GREGORIAN"));
    if (!name.isEmpty())
        addLine(QStringLiteral("X-WR-CALNAME:") + escapeText(name));
}

void ICalendarWriter::addEvent(const Event &event)
{
    const QDate end = event.end.isValid() && event.end >= event.start ? event.end : event.start;
    const QDateTime modified
        = event.modified.isValid() ? event.modified : QDateTime(event.start, QTime(0, 0), Qt::UTC);
    addLine(QStringLiteral("BEGIN:VEVENT"));
    addLine(QStringLiteral("UID:") + escapeText(event.uid));
    addLine(QStringLiteral("DTSTAMP:") + utcValue(modified));
    addLine(QStringLiteral("LAST-MODIFIED:") + utcValue(modified));
    addLine(QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(event.start));
    // All-day events end on the day after the last one (3.6.1): DTEND is exclusive.
    addLine(QStringLiteral("DTEND;VALUE=DATE:") + dateValue(end.addDays(1)));
    addLine(QStringLiteral("SUMMARY:") + escapeText(event.summary));
    if (!event.location.isEmpty())
        addLine(QStringLiteral("LOCATION:") + escapeText(event.location));
    if (!event.description.isEmpty())
        addLine(QStringLiteral("DESCRIPTION:") + escapeText(event.description));
    QStringList categories;
    for (const QString &category : event.categories) {
        if (!category.isEmpty())
            categories << escapeText(category);
    }
    if (!categories.isEmpty())
        addLine(QStringLiteral("CATEGORIES:") + categories.join(QLatin1Char(',')));
    addLine(
        event.cancelled ? QStringLiteral("STATUS:CANCELLED") : QStringLiteral("STATUS:CONFIRMED"));
    addLine(QStringLiteral("TRANSP:TRANSPARENT")); // a day of meetings does not block a diary
    addLine(QStringLiteral("END:VEVENT"));
    ++m_events;
}

QByteArray ICalendarWriter::finish() const
{
    return m_data + foldLine(QStringLiteral("END:VCALENDAR"));
}

QString ICalendarWriter::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            // CRLF, LF and CR are one line break each.
            if (c == QLatin1Char('\r') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1String("\\n");
        } else if (c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            out += QLatin1String("\\n");
        } else if (c.unicode() < 0x20 && c != QLatin1Char('\t')) {
            continue;
        } else if (c.unicode() == 0x7f) {
            continue;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray ICalendarWriter::foldLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / kMaxOctets * 3 + 2);
    qsizetype start = 0;
    int room = kMaxOctets; // a continuation line's leading space takes one octet
    while (bytes.size() - start > room) {
        qsizetype cut = start + room;
        while (cut > start && isContinuationByte(bytes.at(cut)))
            --cut; // back to the first byte of the sequence the limit falls in
        out += bytes.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        room = kMaxOctets - 1;
    }
    out += bytes.mid(start);
    out += "\r\n";
    return out;
}

void ICalendarWriter::addLine(const QString &line)
{
    m_data += foldLine(line);
}

} // namespace pactesur
