// SPDX-License-Identifier: EUPL-1.2
// An iCalendar file (RFC 5545) of all-day events that any calendar app imports: one
// VCALENDAR of VEVENTs, TEXT values escaped, lines folded at 75 octets without cutting a
// UTF-8 sequence, CRLF line ends.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pactesur {

class ICalendarWriter
{
public:
    struct Event
    {
        QString uid; // globally unique: "<record id>@pactesur"
        QDate start;
        QDate end; // the last day, inclusive; written as DTEND on the day after
        QString summary;
        QString location;
        QString description;
        QStringList categories;
        bool cancelled = false;
        // When the record last changed: DTSTAMP and LAST-MODIFIED. Without METHOD, RFC 5545
        // (3.8.7.2) has DTSTAMP say when the information was last revised, and a stable value
        // lets a calendar that subscribes to the file see what really changed.
        QDateTime modified;
    };

    // `name` becomes X-WR-CALNAME, the name most apps give the imported calendar.
    explicit ICalendarWriter(const QString &name);

    void addEvent(const Event &event);
    int eventCount() const { return m_events; }
    // The whole file, END:VCALENDAR included.
    QByteArray finish() const;

    // TEXT escaping (3.3.11): backslash, semicolon, comma and line breaks; other control
    // characters are not allowed in TEXT and are dropped.
    static QString escapeText(const QString &text);
    // One content line folded (3.1): at most 75 octets per line, CRLF + space before each
    // continuation, never inside a UTF-8 sequence. The result ends with CRLF.
    static QByteArray foldLine(const QString &line);

private:
    void addLine(const QString &line);

    QByteArray m_data;
    int m_events = 0;
};

} // namespace pactesur
