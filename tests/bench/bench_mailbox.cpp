// SPDX-License-Identifier: EUPL-1.2
// The mailbox at the scale of the Efus network (issue 15, acceptance 5): 250 replicas each
// publish one day's delta (about 20 records); the coordinator's round imports them all
// (budget 60 s), and a round with nothing new is one listing and no download (budget 2 s).
// Usage: bench_mailbox [--replicas N] [--records N] [--folder]  (default: Apache mod_dav on
// 127.0.0.1, started here; --folder: a plain folder)
#include "davserver.h"
#include "mailbox/foldertransport.h"
#include "mailbox/webdavtransport.h"
#include "mailboxnetwork.h"
#include "model/kinds.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace pactesur;
using namespace pactesur::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    auto option = [&](const char *name, int fallback) {
        const qsizetype at = arguments.indexOf(QLatin1String(name));
        return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
    };
    const int replicas = option("--replicas", 250);
    const int records = option("--records", 20);
    const bool folderTransport = arguments.contains(QStringLiteral("--folder"));

    QTemporaryDir folder;
    DavServer server;
    const QString box = folder.filePath(QStringLiteral("box"));
    MailboxNetwork::TransportFactory transport;
    std::function<WebDavTransport *()> counting;
    if (folderTransport) {
        QDir().mkpath(box);
        transport = [box] { return std::unique_ptr<Transport>(new FolderTransport(box)); };
    } else {
        QString error;
        if (!server.start(&error)) {
            std::fprintf(stderr, "bench_mailbox: cannot start Apache: %s\n", qPrintable(error));
            return 1;
        }
        const QUrl url(server.url());
        const QString user = server.user();
        const QString password = server.password();
        transport = [url, user, password] {
            return std::unique_ptr<Transport>(new WebDavTransport(url, user, password));
        };
    }

    const QStringList slugs = {QStringLiteral("vilnius"), QStringLiteral("riga"),
        QStringLiteral("liege"), QStringLiteral("nice"), QStringLiteral("bologna")};
    QStringList cities;
    for (int r = 0; r < replicas; ++r)
        cities << slugs.at(r % slugs.size());
    QElapsedTimer setup;
    setup.start();
    MailboxNetwork network(folder.path(), cities, transport);
    // Every city knows the coordinator's roster before the day starts.
    if (!network.sync(0).ok())
        return 1;
    QRandomGenerator random(250);
    for (int r = 1; r < network.size(); ++r) {
        for (int n = 0; n < records; ++n)
            network.randomEdit(r, random);
        const Result<SyncReport> published = network.sync(r);
        if (!published || published->sent != 1) {
            std::fprintf(stderr, "bench_mailbox: replica %d did not publish\n", r);
            return 1;
        }
    }
    std::printf("setup: %d replicas published %d records each in %.1f s (%s)\n", replicas,
        records, setup.elapsed() / 1000.0, folderTransport ? "folder" : "Apache mod_dav");

    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Transport> coordinatorTransport = transport();
    Result<SyncReport> round
        = MailboxSync::round(network.replica(0).db(), *coordinatorTransport, {});
    const double full = timer.elapsed() / 1000.0;
    if (!round || !round->finished()) {
        std::fprintf(stderr, "bench_mailbox: the coordinator's round failed\n");
        return 1;
    }
    std::printf("coordinator's round: imported %d packages (%d received, %d sent) in %.2f s "
                "(budget 60 s)\n",
        round->imported, round->received, round->sent, full);

    std::unique_ptr<Transport> quietTransport = transport();
    timer.restart();
    round = MailboxSync::round(network.replica(0).db(), *quietTransport, {});
    const double quiet = timer.elapsed() / 1000.0;
    const auto *dav = dynamic_cast<WebDavTransport *>(quietTransport.get());
    std::printf("round with nothing new: %.3f s, %d received, %d sent%s (budget 2 s, one "
                "listing, no download)\n",
        quiet, round ? round->received : -1, round ? round->sent : -1,
        dav ? qPrintable(QStringLiteral(", %1 request(s)").arg(dav->requestCount())) : "");
    return 0;
}
