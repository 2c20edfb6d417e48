// SPDX-License-Identifier: EUPL-1.2
#include "mailboxsync.h"

#include "mailbox/foldertransport.h"
#include "mailbox/mailboxround.h"
#include "mailbox/webdavtransport.h"
#include "store/database.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QUrl>

namespace pactesur {

QJsonObject SyncReport::toJson() const
{
    return QJsonObject {{QStringLiteral("sent"), sent}, {QStringLiteral("received"), received},
        {QStringLiteral("imported"), imported}, {QStringLiteral("conflicts"), conflicts},
        {QStringLiteral("rejected"), rejected}, {QStringLiteral("removed"), removed},
        {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
        {QStringLiteral("refusals"), QJsonArray::fromStringList(refusals)},
        {QStringLiteral("waiting"), QJsonArray::fromStringList(waiting)}};
}

Result<SyncReport> MailboxSync::round(Database &db, Transport &transport, const Options &options)
{
    transport.setCancelFlag(options.cancel);
    return MailboxRound(db, transport, options).run();
}

Status MailboxSync::checkAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const Error invalid = Error {Error::Usage,
        tr("“%1” is not a mailbox address: give https://server/folder/ (for Nextcloud "
           "https://server/remote.php/dav/files/USER/folder/) or file:///path/to/folder.")
            .arg(text)};
    if (!url.isValid() || url.scheme().isEmpty())
        return invalid;
    if (url.scheme() == QLatin1String("file"))
        return url.toLocalFile().isEmpty() ? Status(invalid) : Status();
    if (url.scheme() == QLatin1String("https"))
        return url.host().isEmpty() ? Status(invalid) : Status();
    if (url.scheme() == QLatin1String("http")) {
        // A password and the packages' metadata would cross the network in clear.
        const QHostAddress host(url.host());
        if (url.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback()))
            return {};
        return Error {Error::Usage,
            tr("The mailbox at %1 would be reached without encryption: use https://, or http:// "
               "only for a server on this computer.")
                .arg(url.host())};
    }
    return invalid;
}

Result<std::unique_ptr<Transport>> MailboxSync::transportFor(
    const MailboxSettings &settings, const QString &password)
{
    if (!settings.isSet())
        return Error {Error::Usage,
            tr("No mailbox is set for this database: set one first (mailbox set URL, or "
               "Settings ▸ Mailbox).")};
    if (Status status = checkAddress(settings.url); !status)
        return status.error();
    const QUrl url(settings.url.trimmed());
    if (url.isLocalFile())
        return std::unique_ptr<Transport>(new FolderTransport(url.toLocalFile()));
    return std::unique_ptr<Transport>(new WebDavTransport(url, settings.user, password));
}

QString MailboxSync::spoolFolder(const Database &db)
{
    return QFileInfo(db.path()).absoluteFilePath() + QStringLiteral(".mailbox");
}

} // namespace pactesur
