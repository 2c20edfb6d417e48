// SPDX-License-Identifier: EUPL-1.2
// The import dialog at network scale (issue 6, acceptance 3): a full package of the
// generated network database imported into a fresh database through the real dialog.
// Measures when the preview appears (who sent what), when it is complete, the apply, and
// the largest gap between two turns of the event loop, from a timer ticking every 10 ms.
// Then the preview of a second full package that the database now mostly holds.
#include "exchange/exporter.h"
#include "exchange/importdialog.h"
#include "exchange/importer.h"
#include "seed/generator.h"
#include "seed/seeder.h"
#include "session/session.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "store/replica.h"
#include "testdatabase.h"
#include "trust/roster.h"
#include "util/translations.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace pactesur;

namespace {

void report(const char *what, double value, const char *unit, double budget)
{
    std::printf("%-48s %10.2f %-3s (budget %g %s) %s\n", what, value, unit, budget, unit,
        value <= budget ? "ok" : "OVER");
}

void note(const char *what, double value, const char *unit)
{
    std::printf("%-48s %10.2f %-3s\n", what, value, unit);
}

// Ticks every 10 ms and keeps the longest time between two ticks, per phase.
class LoopWatch
{
public:
    LoopWatch()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gap = qMax(m_gap, now - m_last);
            m_last = now;
            if (m_onTick)
                m_onTick();
        });
    }
    void start(std::function<void()> onTick = {})
    {
        m_onTick = std::move(onTick);
        m_clock.start();
        m_last = 0;
        m_gap = 0;
        m_timer.start();
    }
    double largestGapMs() const { return m_gap / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_gap = 0;
    std::function<void()> m_onTick;
};

// Sleeps in the event loop as the app does (the watch's timer wakes it every 10 ms); a
// loop that spun instead would take a core from the worker.
void waitFor(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Translations::install(QStringLiteral("en"));
    const QString networkPath = qEnvironmentVariable(
        "PACTESUR_BENCH_DB", QDir::tempPath() + QStringLiteral("/pactesur-bench-network.db"));
    const bool fresh = !QFile::exists(networkPath);
    QTemporaryDir dir;
    auto network = Database::open(networkPath);
    if (!network)
        return std::fprintf(stderr, "%s\n", qPrintable(network.error().message)), 1;
    if (fresh) {
        std::printf("generating the network-scale database in %s ...\n", qPrintable(networkPath));
        (void)Seeder::seed(*network.value());
        (void)Replica::initialise(*network.value(), QStringLiteral("coordinator"), QString());
        (void)Generator::generate(*network.value(), Generator::Scale::Network, 1);
    }
    (void)Roster::enrolSelf(*network.value());

    // The receiving side: fresh databases, as a liaison's first start makes them, whose
    // keys the coordinator enrolled (packages are sealed to their recipients, issue 14).
    auto freshDatabase = [&](const QString &name) {
        auto opened = Session::openSeeded(dir.filePath(name));
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            std::exit(1);
        }
        (void)Replica::initialise(
            *opened.value(), QStringLiteral("liaison"), QStringLiteral("riga"));
        test::enrol(*network.value(), *opened.value());
        return std::move(opened).value();
    };
    std::unique_ptr<Database> reference = freshDatabase(QStringLiteral("reference.db"));
    std::unique_ptr<Database> receiver = freshDatabase(QStringLiteral("fresh.db"));
    const QString package = dir.filePath(QStringLiteral("network.pactesur"));
    if (Result<ExportSummary> exported = Exporter::exportTo(*network.value(), package, {});
        !exported)
        return std::fprintf(stderr, "%s\n", qPrintable(exported.error().message)), 1;
    std::printf("full package: %.1f MB\n", QFile(package).size() / 1e6);

    // The same work by core alone, on this thread, as the yardstick of the dialog's cost.
    double coreDryRunMs = 0;
    double coreImportMs = 0;
    {
        QElapsedTimer timer;
        timer.start();
        Importer::Options dryRun;
        dryRun.dryRun = true;
        (void)Importer::run(*reference, package, dryRun);
        coreDryRunMs = timer.nsecsElapsed() / 1e6;
        timer.restart();
        (void)Importer::run(*reference, package, {});
        coreImportMs = timer.nsecsElapsed() / 1e6;
    }
    Session session(std::move(receiver));

    LoopWatch watch;
    QElapsedTimer clock;
    double headerMs = -1;
    clock.start();
    ImportDialog dialog(session, package);
    dialog.show();
    auto *title = dialog.findChild<QLabel *>(QStringLiteral("importTitle"));
    watch.start([&] {
        if (headerMs < 0 && title->text().startsWith(QLatin1String("Package from")))
            headerMs = clock.nsecsElapsed() / 1e6;
    });
    waitFor([&] { return dialog.state() != ImportDialog::State::Comparing; });
    const double previewMs = clock.nsecsElapsed() / 1e6;
    const double previewGap = watch.largestGapMs();
    if (dialog.state() != ImportDialog::State::Preview)
        return std::fprintf(stderr, "%s\n", qPrintable(dialog.message())), 1;

    note("preview header (sender, date, size)", headerMs, "ms");
    report("preview complete (counts, groups, fields)", previewMs, "ms", 2000);
    note("  (core dry run alone, same package)", coreDryRunMs, "ms");
    report("  largest event-loop gap while comparing", previewGap, "ms", 100);

    watch.start();
    clock.restart();
    dialog.apply();
    waitFor([&] { return dialog.state() != ImportDialog::State::Applying; });
    const double applyMs = clock.nsecsElapsed() / 1e6;
    if (dialog.state() != ImportDialog::State::Done)
        return std::fprintf(stderr, "%s\n", qPrintable(dialog.message())), 1;
    note("apply (backup, merge, save)", applyMs, "ms");
    note("  (core import alone, same package)", coreImportMs, "ms");
    report("  largest event-loop gap while applying", watch.largestGapMs(), "ms", 100);
    std::printf("  (%d new, %d unchanged)\n", dialog.report().created, dialog.report().unchanged);

    // A second full package that mostly repeats what is here: the coordinator changed one
    // record and sent everything it holds again.
    QString rigaId;
    {
        QSqlQuery riga(network.value()->sql());
        riga.exec(QStringLiteral("SELECT id FROM city WHERE slug = 'riga'"));
        rigaId = riga.next() ? riga.value(0).toString() : QString();
    }
    if (Status changed
        = RecordStore(*network.value())
              .update(Kinds::get(QStringLiteral("cities")), rigaId,
                  {{QStringLiteral("notes"),
                      QStringLiteral("Changed at %1")
                          .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))}});
        !changed)
        return std::fprintf(stderr, "%s\n", qPrintable(changed.error().message)), 1;
    const QString again = dir.filePath(QStringLiteral("again.pactesur"));
    if (Result<ExportSummary> exported = Exporter::exportTo(*network.value(), again, {}); !exported)
        return std::fprintf(stderr, "%s\n", qPrintable(exported.error().message)), 1;
    double secondCoreMs = 0;
    {
        QElapsedTimer timer;
        timer.start();
        Importer::Options dryRun;
        dryRun.dryRun = true;
        (void)Importer::run(session.database(), again, dryRun);
        secondCoreMs = timer.nsecsElapsed() / 1e6;
    }
    watch.start();
    clock.restart();
    ImportDialog second(session, again);
    second.show();
    waitFor([&] { return second.state() != ImportDialog::State::Comparing; });
    if (second.state() != ImportDialog::State::Preview)
        return std::fprintf(stderr, "%s\n", qPrintable(second.message())), 1;
    report("preview of a full package mostly held here", clock.nsecsElapsed() / 1e6, "ms", 2000);
    note("  (core dry run alone, same package)", secondCoreMs, "ms");
    report("  largest event-loop gap while comparing", watch.largestGapMs(), "ms", 100);
    std::printf(
        "  (%d updated, %d unchanged)\n", second.report().updated, second.report().unchanged);
    return 0;
}
