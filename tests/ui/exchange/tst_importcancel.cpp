// SPDX-License-Identifier: EUPL-1.2
// Cancel while a package is being applied leaves the database
// as it was (same state digest, same ledger), whether it comes while the package is read or
// while its records are saved.
#include "exchange/exporter.h"
#include "exchange/importdialog.h"
#include "exchange/importjobs.h"
#include "guitestsupport.h"
#include "seed/generator.h"
#include "session/exchangeworker.h"
#include "session/session.h"
#include "store/checker.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <memory>

using namespace pactesur;

namespace {

int count(const Database &db, const QString &table)
{
    QSqlQuery query(db.sql());
    query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestImportCancel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_source;
    int m_packages = 0;

    // The big package, signed by the source and sealed to `receiver`, which enrols the
    // source's card and the source its card (issue 14).
    QString packageFor(Database &receiver)
    {
        test::enrol(m_source->db(), receiver);
        const QString package = m_dir.filePath(QStringLiteral("big-%1.pactesur").arg(++m_packages));
        Exporter::Options options;
        options.to = QStringLiteral("coordinator"); // the receiver is a coordinator's database
        if (!Exporter::exportTo(m_source->db(), package, options))
            qFatal("export failed");
        return package;
    }

private slots:
    void initTestCase()
    {
        test::prepareGuiTests();
        // GIVEN a database large enough that saving its package takes a while (some 18,000
        // records): the small generated scale, twenty times over.
        QElapsedTimer timer;
        timer.start();
        m_source = std::make_unique<test::TestDatabase>();
        for (quint32 seed = 1; seed <= 20; ++seed)
            QVERIFY(Generator::generate(m_source->db(), Generator::Scale::Small, seed));
        qInfo("database made in %lld ms", timer.elapsed());
    }

    void shouldLeaveTheDatabaseAsItWasWhenCancelled_data()
    {
        QTest::addColumn<int>("stage");
        QTest::newRow("while reading the package") << int(importjobs::Reading);
        QTest::newRow("while saving the records") << int(importjobs::Saving);
    }

    void shouldLeaveTheDatabaseAsItWasWhenCancelled()
    {
        QFETCH(int, stage);
        test::TestSession fixture;
        const QString package = packageFor(fixture.db());
        const Database &db = fixture.db();
        const QString digest = Checker::stateDigest(db);
        const int ledger = count(db, QStringLiteral("ledger"));
        const int activities = count(db, QStringLiteral("activity"));
        ImportDialog dialog(fixture.session(), package);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), ImportDialog::State::Preview, 60000);
        QVERIFY(dialog.report().created > 15000);

        // WHEN Apply is clicked, and Cancel as soon as the import reaches the stage. The
        // job's own thread says when: the GUI's 50 ms timer may never see the few
        // milliseconds between the first record read and the first one saved.
        auto *worker = dialog.findChild<ExchangeWorker *>();
        QVERIFY(worker);
        std::atomic<qint64> doneAtCancel = -1;
        std::atomic_int reportsAfterCancel = 0;
        connect(
            worker, &ExchangeWorker::progressSet, worker,
            [&](qint64 done, qint64, int reached) {
                if (doneAtCancel > 0)
                    ++reportsAfterCancel;
                else if (reached == stage && done > 0) {
                    doneAtCancel = done;
                    worker->cancel(); // the atomic flag Cancel sets
                }
            },
            Qt::DirectConnection);
        dialog.apply();
        QCOMPARE(dialog.state(), ImportDialog::State::Applying);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.state() != ImportDialog::State::Applying, 60000);

        // THEN the import stopped part-way and nothing of it stayed
        QVERIFY(doneAtCancel > 0);
        // at once: the statement saving a run of records is interrupted, not waited for
        // (a progress report comes every 4,000 SQLite steps; finishing the run took dozens)
        QVERIFY2(reportsAfterCancel <= 2, qPrintable(QString::number(reportsAfterCancel)));
        QCOMPARE(dialog.state(), ImportDialog::State::Cancelled);
        QCOMPARE(dialog.message(),
            QStringLiteral("The import was cancelled; your database is as it was."));
        QCOMPARE(Checker::stateDigest(db), digest);
        QCOMPARE(count(db, QStringLiteral("ledger")), ledger);
        QCOMPARE(count(db, QStringLiteral("activity")), activities);
        qInfo("cancelled at %lld of the progress", doneAtCancel.load());
    }
};

QTEST_MAIN(TestImportCancel)
#include "tst_importcancel.moc"
