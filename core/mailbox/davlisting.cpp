// SPDX-License-Identifier: EUPL-1.2
#include "davlisting.h"

#include <QUrl>
#include <QXmlStreamReader>

namespace pactesur::davlisting {

std::optional<QList<RemoteEntry>> parse(
    const QByteArray &body, const QString &rootPath, const QString &folder)
{
    QList<RemoteEntry> entries;
    QXmlStreamReader xml(body);
    RemoteEntry entry;
    QString href;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.namespaceUri() == QLatin1String("DAV:")) {
            const QStringView name = xml.name();
            if (name == QLatin1String("response")) {
                entry = RemoteEntry();
                href.clear();
            } else if (name == QLatin1String("href")) {
                href = QUrl::fromPercentEncoding(
                    QUrl(xml.readElementText()).path(QUrl::FullyEncoded).toUtf8());
            } else if (name == QLatin1String("collection")) {
                entry.isFolder = true;
            } else if (name == QLatin1String("getcontentlength")) {
                entry.size = xml.readElementText().toLongLong();
            } else if (name == QLatin1String("getetag")) {
                // Apache calls an ETag weak for a second after a write, then strong: the
                // same file either way.
                entry.etag = xml.readElementText();
                if (entry.etag.startsWith(QLatin1String("W/")))
                    entry.etag.remove(0, 2);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("response")) {
            if (!href.startsWith(rootPath))
                continue;
            entry.path = href.mid(rootPath.size());
            if (entry.isFolder && !entry.path.isEmpty() && !entry.path.endsWith(QLatin1Char('/')))
                entry.path += QLatin1Char('/');
            // A ".." (even percent-encoded) would name something outside the mailbox, to
            // download or delete: a server that lists one is not to be followed.
            const QStringList segments = entry.path.split(QLatin1Char('/'));
            if (segments.contains(QLatin1String("..")) || segments.contains(QLatin1String(".")))
                continue;
            if (entry.path != folder && !entry.path.isEmpty())
                entries.append(entry);
        }
    }
    if (xml.hasError())
        return std::nullopt;
    return entries;
}

} // namespace pactesur::davlisting
