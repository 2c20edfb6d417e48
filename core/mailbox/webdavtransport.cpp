// SPDX-License-Identifier: EUPL-1.2
#include "webdavtransport.h"

#include "mailbox/davlisting.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

namespace pactesur {

namespace {

constexpr int kAttempts = 5; // the first and four retries: 0.5 + 1 + 2 + 4 s by default
constexpr qint64 kMaxListingBytes = 64 * 1024 * 1024;
const QByteArray kPropfindBody = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"utf-8\"?><d:propfind xmlns:d=\"DAV:\"><d:prop>"
    "<d:resourcetype/><d:getcontentlength/><d:getetag/></d:prop></d:propfind>");

bool worthRetrying(const WebDavTransport::Answer &answer)
{
    switch (answer.status) {
    case 423: // locked: someone else's lock, for a while
    case 429: // too many requests
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        break;
    }
    if (answer.status >= 400)
        return false;
    switch (answer.error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

} // namespace

WebDavTransport::WebDavTransport(const QUrl &root, const QString &user, const QString &password)
    : m_root(root)
    , m_user(user)
    , m_password(password)
{
    if (!m_root.path().endsWith(QLatin1Char('/')))
        m_root.setPath(m_root.path() + QLatin1Char('/'));
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // The tests' fault server answers within milliseconds; people's servers get seconds.
    bool ok = false;
    const int backoff = qEnvironmentVariableIntValue("PACTESUR_MAILBOX_BACKOFF_MS", &ok);
    if (ok && backoff >= 0)
        m_backoffMs = backoff;
}

WebDavTransport::~WebDavTransport() = default;

QString WebDavTransport::address() const
{
    return m_root.toString(QUrl::RemoveUserInfo);
}

QUrl WebDavTransport::urlFor(const QString &relative) const
{
    QUrl url = m_root;
    url.setPath(m_root.path() + relative);
    return url;
}

WebDavTransport::Answer WebDavTransport::send(const Request &request)
{
    Answer answer;
    for (int attempt = 0; attempt < kAttempts && !cancelled(); ++attempt) {
        if (attempt > 0) {
            qint64 delay = qint64(m_backoffMs) << (attempt - 1);
            if (answer.retryAfterSeconds >= 0)
                delay = qMin<qint64>(answer.retryAfterSeconds, 10) * 1000;
            for (qint64 waited = 0; waited < delay && !cancelled(); waited += 50)
                QThread::msleep(50);
        }
        answer = sendOnce(request);
        if (!worthRetrying(answer))
            return answer;
    }
    return answer;
}

WebDavTransport::Answer WebDavTransport::sendOnce(const Request &request)
{
    if (!m_manager)
        m_manager = std::make_unique<QNetworkAccessManager>();
    ++m_requests;
    QNetworkRequest http(urlFor(request.path));
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    http.setTransferTimeout(60000);
    if (!m_user.isEmpty()) {
        http.setRawHeader("Authorization",
            "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64());
    }
    for (auto it = request.headers.begin(); it != request.headers.end(); ++it)
        http.setRawHeader(it.key(), it.value());

    Answer answer;
    QFile bodyFile(request.bodyFile);
    QFile sink(request.sinkFile);
    if (!request.bodyFile.isEmpty()) {
        if (!bodyFile.open(QIODevice::ReadOnly)) {
            answer.error = QNetworkReply::ContentNotFoundError;
            answer.errorText = tr("Cannot read %1.").arg(request.bodyFile);
            return answer;
        }
        http.setHeader(QNetworkRequest::ContentLengthHeader, bodyFile.size());
    } else if (!request.body.isEmpty()) {
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/xml"));
    }
    if (!request.sinkFile.isEmpty() && !sink.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        answer.error = QNetworkReply::ContentAccessDenied;
        answer.errorText = tr("Cannot write %1.").arg(request.sinkFile);
        return answer;
    }
    QNetworkReply *reply = request.bodyFile.isEmpty()
        ? m_manager->sendCustomRequest(http, request.verb, request.body)
        : m_manager->sendCustomRequest(http, request.verb, &bodyFile);
    qint64 received = 0;
    bool tooLarge = false;
    const qint64 limit = request.maxBytes >= 0 ? request.maxBytes : kMaxListingBytes;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        const QByteArray chunk = reply->readAll();
        received += chunk.size();
        if (received > limit) {
            tooLarge = true;
            reply->abort();
        } else if (sink.isOpen()) {
            sink.write(chunk);
        } else {
            answer.body += chunk;
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelCheck;
    QObject::connect(&cancelCheck, &QTimer::timeout, &loop, [&] {
        if (cancelled())
            reply->abort();
    });
    cancelCheck.start(100);
    if (!reply->isFinished())
        loop.exec();
    const QByteArray rest = reply->readAll();
    received += rest.size();
    if (sink.isOpen())
        sink.write(rest);
    else
        answer.body += rest;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (qEnvironmentVariableIsSet("PACTESUR_MAILBOX_TRACE"))
        qInfo("%s %s -> %d (%s)", request.verb.constData(), qPrintable(request.path), answer.status, qPrintable(reply->errorString()));
    answer.error = reply->error();
    answer.errorText = reply->errorString();
    bool ok = false;
    const qint64 retryAfter = reply->rawHeader("Retry-After").toLongLong(&ok);
    answer.retryAfterSeconds = ok ? retryAfter : -1;
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (answer.error == QNetworkReply::NoError && length.isValid()
        && request.verb == "GET" && length.toLongLong() != received) {
        // The connection closed before the body was whole: a cut download.
        answer.error = QNetworkReply::RemoteHostClosedError;
        answer.errorText = tr("the connection closed before the file was whole");
    }
    if (tooLarge) {
        answer.error = QNetworkReply::ContentOperationNotPermittedError;
        answer.errorText = tr("the file is larger than a package can be");
    }
    reply->deleteLater();
    if (sink.isOpen() && (!sink.flush() || answer.error != QNetworkReply::NoError))
        sink.remove();
    return answer;
}

Error WebDavTransport::errorFor(const Answer &answer, const QString &path) const
{
    const QString where = urlFor(path).toString(QUrl::RemoveUserInfo);
    if (cancelled())
        return Error::failure(tr("Sync cancelled."));
    switch (answer.status) {
    case 401:
        return Error::failure(
            tr("The mailbox at %1 refused the user name or password.").arg(address()));
    case 403:
        return Error::failure(tr("The mailbox does not allow this at %1 (403 Forbidden): check "
                                 "the folder's sharing rights.")
                                  .arg(where));
    case 404:
    case 409:
        return Error::failure(tr("There is no folder at %1 on the server: create it, or check "
                                 "the mailbox address.")
                                  .arg(address()));
    case 423:
        return Error::failure(tr("The mailbox is locked by another program on the server (423 "
                                 "Locked); the next sync will try again."));
    case 429:
        return Error::failure(tr("The server asks to slow down (429 Too Many Requests); the next "
                                 "sync will try again."));
    case 507:
        return Error::failure(tr("The mailbox is full: the server's storage quota is reached "
                                 "(507). Free space there, or ask its administrator for more."));
    case 0:
        break;
    default:
        if (answer.status >= 500) {
            return Error::failure(tr("The server had an error (%1) at %2; the next sync will try "
                                     "again.")
                                      .arg(answer.status)
                                      .arg(where));
        }
        return Error::failure(
            tr("The server answered %1 at %2.").arg(answer.status).arg(where));
    }
    if (answer.error == QNetworkReply::SslHandshakeFailedError) {
        return Error::failure(tr("The mailbox at %1 has a certificate this computer does not "
                                 "trust: %2.")
                                  .arg(address(), answer.errorText));
    }
    return Error::failure(
        tr("The mailbox at %1 cannot be reached: %2.").arg(address(), answer.errorText));
}

Result<QList<RemoteEntry>> WebDavTransport::propfind(
    const QString &folder, const QByteArray &depth, int *status)
{
    Request request {"PROPFIND", folder, {{"Depth", depth}}, kPropfindBody};
    const Answer answer = send(request);
    *status = answer.status;
    if (answer.status == 404)
        return QList<RemoteEntry>();
    if (answer.status != 207)
        return errorFor(answer, folder);
    const QString rootPath = QUrl::fromPercentEncoding(m_root.path(QUrl::FullyEncoded).toUtf8());
    std::optional<QList<RemoteEntry>> entries = davlisting::parse(answer.body, rootPath, folder);
    if (!entries)
        return Error::failure(tr("The server's listing of %1 could not be read.").arg(address()));
    return *entries;
}

Result<QList<RemoteEntry>> WebDavTransport::list(const QString &folder, bool deep)
{
    int status = 0;
    if (deep && !m_depthInfinityRefused) {
        Result<QList<RemoteEntry>> all = propfind(folder, "infinity", &status);
        if (all || (status != 403 && status != 400 && status != 501))
            return all;
        m_depthInfinityRefused = true; // many servers refuse it: one level at a time
    }
    Result<QList<RemoteEntry>> level = propfind(folder, "1", &status);
    if (!level || !deep)
        return level;
    QList<RemoteEntry> entries = level.value();
    for (const RemoteEntry &entry : level.value()) {
        if (!entry.isFolder)
            continue;
        Result<QList<RemoteEntry>> below = list(entry.path, true);
        if (!below)
            return below;
        entries += below.value();
    }
    return entries;
}

Status WebDavTransport::makeFolder(const QString &folder)
{
    QString path;
    for (const QString &part : folder.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        path += part + QLatin1Char('/');
        const Answer answer = send({"MKCOL", path});
        // 405: it exists already.
        if (answer.status != 201 && answer.status != 405 && answer.status != 200)
            return errorFor(answer, path);
    }
    return {};
}

Status WebDavTransport::upload(const QString &localPath, const QString &remotePath)
{
    Request request {"PUT", remotePath};
    request.bodyFile = localPath;
    const Answer answer = send(request);
    if (answer.status == 200 || answer.status == 201 || answer.status == 204)
        return {};
    return errorFor(answer, remotePath);
}

Result<Transport::Moved> WebDavTransport::move(const QString &from, const QString &to, bool overwrite)
{
    Request request {"MOVE", from};
    request.headers.insert("Destination", urlFor(to).toEncoded());
    request.headers.insert("Overwrite", overwrite ? "T" : "F");
    const Answer answer = send(request);
    if (answer.status == 201 || answer.status == 204)
        return Moved::Done;
    if (answer.status == 412 && !overwrite)
        return Moved::TargetExists;
    return errorFor(answer, from);
}

Status WebDavTransport::download(const QString &remotePath, const QString &localPath, qint64 maxBytes)
{
    Request request {"GET", remotePath};
    request.sinkFile = localPath;
    request.maxBytes = maxBytes;
    const Answer answer = send(request);
    if (answer.status == 200 && answer.error == QNetworkReply::NoError)
        return {};
    QFile::remove(localPath);
    if (answer.error == QNetworkReply::ContentOperationNotPermittedError)
        return Error::failure(
            tr("%1 in the mailbox is larger than a package can be.").arg(remotePath));
    return errorFor(answer, remotePath);
}

Status WebDavTransport::remove(const QString &remotePath)
{
    const Answer answer = send({"DELETE", remotePath});
    if (answer.status == 200 || answer.status == 204 || answer.status == 404)
        return {};
    return errorFor(answer, remotePath);
}

} // namespace pactesur
