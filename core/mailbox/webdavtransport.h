// SPDX-License-Identifier: EUPL-1.2
// A mailbox on a WebDAV server (Nextcloud, Apache mod_dav, SharePoint…), through
// QNetworkAccessManager: PROPFIND, MKCOL, PUT, MOVE, GET, DELETE, with TLS, basic
// authentication and the system's proxy. Requests are synchronous for the round (a local
// event loop on the calling thread) and retried with a growing delay on 423, 429, 5xx
// and cut connections; 507 is told as a full mailbox at once.
#pragma once

#include "mailbox/transport.h"

#include <QCoreApplication>
#include <QHash>
#include <QNetworkReply>
#include <QUrl>

#include <memory>

class QIODevice;
class QNetworkAccessManager;

namespace pactesur {

class WebDavTransport : public Transport
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::WebDavTransport)
public:
    WebDavTransport(const QUrl &root, const QString &user, const QString &password);
    ~WebDavTransport() override;

    QString address() const override;
    Result<QList<RemoteEntry>> list(const QString &folder, bool deep) override;
    Status makeFolder(const QString &folder) override;
    Status upload(const QString &localPath, const QString &remotePath) override;
    Result<Moved> move(const QString &from, const QString &to, bool overwrite) override;
    Status download(const QString &remotePath, const QString &localPath, qint64 maxBytes) override;
    Status remove(const QString &remotePath) override;

    // How many requests went out (retries included), for the tests' and benchmarks' counts.
    int requestCount() const { return m_requests; }

    struct Answer
    {
        int status = 0; // the HTTP status, 0 when none came
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorText;
        QByteArray body;
        qint64 retryAfterSeconds = -1;
    };

private:
    struct Request
    {
        Request(QByteArray verb, QString path, QHash<QByteArray, QByteArray> headers = {},
            QByteArray body = {})
            : verb(std::move(verb))
            , path(std::move(path))
            , headers(std::move(headers))
            , body(std::move(body))
        { }
        QByteArray verb;
        QString path;
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
        QString bodyFile; // sent instead of `body` when set
        QString sinkFile; // the answer's body goes there instead of Answer::body
        qint64 maxBytes = -1;
    };
    Answer send(const Request &request);
    Answer sendOnce(const Request &request);
    Error errorFor(const Answer &answer, const QString &path) const;
    QUrl urlFor(const QString &relative) const;
    Result<QList<RemoteEntry>> propfind(const QString &folder, const QByteArray &depth, int *status);

    QUrl m_root;
    QString m_user;
    QString m_password;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    bool m_depthInfinityRefused = false;
    int m_requests = 0;
    int m_backoffMs = 500;
};

} // namespace pactesur
