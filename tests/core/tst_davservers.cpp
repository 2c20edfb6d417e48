// SPDX-License-Identifier: EUPL-1.2
// The mailbox tests' servers themselves: a real Apache mod_dav (DavServer) that speaks
// WebDAV with basic authentication and survives a SIGKILL with its files, and the fault
// proxy (FaultProxy) that answers, drops and cuts as its rules say.
#include "davserver.h"
#include "faultproxy.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace pactesur;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

} // namespace

class TestDavServers : public QObject
{
    Q_OBJECT

private:
    test::DavServer m_server;
    test::FaultProxy m_proxy;

    // One request, waited for in a local event loop. A manager of its own each time, so
    // that no connection kept alive from before a kill9() is reused.
    Answer send(const QByteArray &verb, const QString &url, const QByteArray &body = {},
        const QList<std::pair<QByteArray, QByteArray>> &headers = {}, bool authenticate = true)
    {
        QNetworkAccessManager manager;
        manager.setProxy(QNetworkProxy::NoProxy); // never an http_proxy of the environment
        QNetworkRequest request {QUrl(url)};
        request.setTransferTimeout(15000);
        if (authenticate)
            request.setRawHeader("Authorization",
                "Basic "
                    + (m_server.user() + QLatin1Char(':') + m_server.password())
                          .toUtf8()
                          .toBase64());
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = manager.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        Answer answer {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->readAll(), reply->error()};
        delete reply;
        return answer;
    }

    QByteArray failure() const { return m_server.errorLog().right(2000).toUtf8(); }

private slots:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral("/usr/sbin/apache2")))
            QSKIP("/usr/sbin/apache2 is missing (apt-get install apache2)");
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("python3 is missing");
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_proxy.start(m_server.url(), &error), qPrintable(error));
        QVERIFY(m_server.url().startsWith(QStringLiteral("http://127.0.0.1:")));
    }

    void shouldAskForTheBasicAuthentication()
    {
        QCOMPARE(send("MKCOL", m_server.url() + QStringLiteral("box/"), {}, {}, false).status, 401);
        QVERIFY2(send("MKCOL", m_server.url() + QStringLiteral("box/")).status == 201, failure());
    }

    void shouldStoreListAndRefuseToOverwrite()
    {
        const QString box = m_server.url() + QStringLiteral("box/");
        QCOMPARE(send("PUT", box + QStringLiteral("a.txt"), "first letter").status, 201);
        QCOMPARE(send("PUT", box + QStringLiteral("b.txt"), QByteArray(1000, 'b')).status, 201);
        const Answer listing = send("PROPFIND", box, {}, {{"Depth", "1"}});
        QCOMPARE(listing.status, 207);
        QVERIFY(listing.body.contains("/dav/box/a.txt</D:href>"));
        QVERIFY(listing.body.contains("/dav/box/b.txt</D:href>"));
        QCOMPARE(
            send("MOVE", box + QStringLiteral("a.txt"), {},
                {{"Destination", (box + QStringLiteral("b.txt")).toUtf8()}, {"Overwrite", "F"}})
                .status,
            412);
    }

    void shouldKeepTheFilesAcrossAKill9()
    {
        const qint64 before = m_server.pid();
        QVERIFY(before > 0);
        m_server.kill9();
        QVERIFY(!m_server.isRunning());
        QCOMPARE(send("GET", m_server.url() + QStringLiteral("box/a.txt")).error,
            QNetworkReply::ConnectionRefusedError);
        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        QVERIFY(m_server.pid() != before);
        const Answer read = send("GET", m_server.url() + QStringLiteral("box/a.txt"));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.body, QByteArray("first letter"));
    }

    void shouldServeWhatTheTestWritesIntoTheFolder()
    {
        QFile file(m_server.folder() + QStringLiteral("/box/planted.txt"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("planted");
        file.close();
        m_server.fixOwnership();
        QCOMPARE(send("GET", m_server.url() + QStringLiteral("box/planted.txt")).body,
            QByteArray("planted"));
        QCOMPARE(send("DELETE", m_server.url() + QStringLiteral("box/planted.txt")).status, 204);
        QVERIFY(!file.exists());
    }

    void shouldAnswerAStatusOnceThroughTheProxy()
    {
        m_proxy.clearLog();
        m_proxy.setRules({QJsonObject {{QStringLiteral("method"), QStringLiteral("PUT")},
            {QStringLiteral("path"), QStringLiteral("^/dav/box/c\\.txt$")},
            {QStringLiteral("action"), QStringLiteral("status")}, {QStringLiteral("status"), 423},
            {QStringLiteral("times"), 1}}});
        const QString c = m_proxy.url() + QStringLiteral("box/c.txt");
        QCOMPARE(send("PUT", c, "third").status, 423);
        QCOMPARE(send("PUT", c, "third").status, 201);
        QCOMPARE(
            send("GET", m_server.url() + QStringLiteral("box/c.txt")).body, QByteArray("third"));
        // MOVE names the proxy in its Destination; the proxy names Apache instead.
        QCOMPARE(send("MOVE", c, {},
                     {{"Destination", (m_proxy.url() + QStringLiteral("box/d.txt")).toUtf8()}})
                     .status,
            201);
        QVERIFY(QFile::exists(m_server.folder() + QStringLiteral("/box/d.txt")));
        QCOMPARE(m_proxy.requests(),
            QStringList(
                {QStringLiteral("PUT /dav/box/c.txt 423"), QStringLiteral("PUT /dav/box/c.txt 201"),
                    QStringLiteral("MOVE /dav/box/c.txt 201")}));
    }

    void shouldDropANameFromAListing()
    {
        m_proxy.setRules({QJsonObject {{QStringLiteral("method"), QStringLiteral("PROPFIND")},
            {QStringLiteral("action"), QStringLiteral("drop")},
            {QStringLiteral("name"), QStringLiteral("/a\\.txt$")}, {QStringLiteral("times"), 1}}});
        const QString box = m_proxy.url() + QStringLiteral("box/");
        const Answer dropped = send("PROPFIND", box, {}, {{"Depth", "1"}});
        QCOMPARE(dropped.status, 207);
        QVERIFY(!dropped.body.contains("/dav/box/a.txt<"));
        QVERIFY(dropped.body.contains("/dav/box/b.txt<"));
        QVERIFY(send("PROPFIND", box, {}, {{"Depth", "1"}}).body.contains("/dav/box/a.txt<"));
    }

    void shouldCutTransfers()
    {
        m_proxy.clearLog();
        m_proxy.setRules({QJsonObject {{QStringLiteral("method"), QStringLiteral("GET")},
                              {QStringLiteral("action"), QStringLiteral("cut")},
                              {QStringLiteral("after"), 10}, {QStringLiteral("times"), 1}},
            QJsonObject {{QStringLiteral("method"), QStringLiteral("PUT")},
                {QStringLiteral("action"), QStringLiteral("cut")}, {QStringLiteral("after"), 10},
                {QStringLiteral("times"), -1}}});
        const Answer cut = send("GET", m_proxy.url() + QStringLiteral("box/b.txt"));
        QVERIFY2(cut.error != QNetworkReply::NoError, cut.body.constData());
        QVERIFY(cut.body.size() < 1000);
        QCOMPARE(
            send("GET", m_proxy.url() + QStringLiteral("box/b.txt")).body, QByteArray(1000, 'b'));
        // Qt resends a request whose connection closed before any answer, so this PUT rule
        // holds forever: a rule for one cut would be spent on the first try.
        QVERIFY(
            send("PUT", m_proxy.url() + QStringLiteral("box/e.txt"), QByteArray(5000, 'e')).error
            != QNetworkReply::NoError);
        QVERIFY(!QFile::exists(m_server.folder() + QStringLiteral("/box/e.txt")));
        const QStringList requests = m_proxy.requests();
        QCOMPARE(requests.mid(0, 3),
            QStringList({QStringLiteral("GET /dav/box/b.txt 200"),
                QStringLiteral("GET /dav/box/b.txt 200"), QStringLiteral("PUT /dav/box/e.txt -")}));
        for (const QString &line : requests.mid(3))
            QCOMPARE(line, QStringLiteral("PUT /dav/box/e.txt -"));
        m_proxy.setRules({});
    }

    void cleanupTestCase()
    {
        m_proxy.stop();
        m_server.stop();
        QVERIFY(!m_server.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestDavServers)
#include "tst_davservers.moc"
