// SPDX-License-Identifier: EUPL-1.2
// File > Reports (issue 7): the dialog offers each report's own formats, writes the chosen
// one off the GUI thread with the seeded data in the chosen language, whatever the
// interface speaks, and leaves no file when cancelled.
#include "guitestsupport.h"
#include "report/reportjob.h"
#include "reports/reportsdialog.h"
#include "shell/mainwindow.h"
#include "store/database.h"
#include "util/translations.h"
#include "widgets/filedialogs.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pactesur;

namespace {

int countOf(const Database &db, const QString &sql)
{
    QSqlQuery query(db.sql());
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toInt();
}

QStringList formatsOf(const ReportsDialog &dialog)
{
    const auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("reportsFormat"));
    QStringList formats;
    for (int index = 0; index < combo->count(); ++index)
        formats << combo->itemData(index).toString();
    return formats;
}

QString resultText(const ReportsDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("reportsResult"))->text();
}

} // namespace

class TestReportsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Saves the dialog's current choice as `name` and waits for the worker to end.
    void saveAndWait(ReportsDialog &dialog, const QString &path)
    {
        FileDialogs::setNextFileName(path);
        dialog.findChild<QPushButton *>(QStringLiteral("reportsSave"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.state() == ReportsDialog::State::Done
                || dialog.state() == ReportsDialog::State::Failed,
            30000);
    }

private slots:
    void initTestCase()
    {
        test::prepareGuiTests();
        QVERIFY(m_dir.isValid());
    }

    void shouldOfferEachReportsOwnFormatsAndInputs()
    {
        // GIVEN the dialog on a seeded database
        test::TestSession session;
        ReportsDialog dialog(session.session());
        dialog.show();
        // THEN it offers Save and Cancel, not the buttons of later steps
        auto shown = [&dialog](const char *name) {
            return dialog.findChild<QPushButton *>(QLatin1String(name))->isVisible();
        };
        QVERIFY(shown("reportsSave") && shown("reportsCancel"));
        QVERIFY(!shown("reportsClose") && !shown("reportsShowFolder"));
        const auto *from = dialog.findChild<QDateEdit *>(QStringLiteral("reportsFrom"));
        const auto *language = dialog.findChild<QComboBox *>(QStringLiteral("reportsLanguage"));

        // THEN the activity report comes in three formats and asks for a period and a language
        dialog.selectReport(QStringLiteral("activity"));
        QCOMPARE(formatsOf(dialog), QStringList({"pdf", "html", "csv"}));
        QVERIFY(from->isVisible());
        QVERIFY(language->isVisible());
        QVERIFY(dialog.suggestedFileName().endsWith(QLatin1String("-en.pdf")));
        QCOMPARE(from->date(), ReportPeriod::ofProject(session.db()).from);

        // AND the booklet is a PDF in one of the 14 languages, the interface's by default
        dialog.selectReport(QStringLiteral("publication"));
        QCOMPARE(formatsOf(dialog), QStringList({"pdf"}));
        QVERIFY(!from->isVisible());
        QVERIFY(language->isVisible());
        QCOMPARE(language->count(), 14);
        QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
        QCOMPARE(dialog.suggestedFileName(), QStringLiteral("pactesur-publication-en.pdf"));

        dialog.selectReport(QStringLiteral("calendar"));
        QCOMPARE(formatsOf(dialog), QStringList({"ics"}));
        if (!qEnvironmentVariableIsEmpty("PACTESUR_TEST_SHOTS")) {
            dialog.selectReport(QStringLiteral("activity"));
            QDir().mkpath(QStringLiteral("/tmp/shots"));
            QCoreApplication::processEvents();
            dialog.grab().save(QStringLiteral("/tmp/shots/reports-dialog.png"));
        }
    }

    void shouldWriteTheCalendarWithEveryActivity()
    {
        // GIVEN the calendar chosen for the project's period
        test::TestSession session;
        ReportsDialog dialog(session.session());
        dialog.selectReport(QStringLiteral("calendar"));
        const QString path = m_dir.filePath(QStringLiteral("calendar.ics"));

        // WHEN it is saved
        saveAndWait(dialog, path);

        // THEN the file holds one event per live activity and the dialog says where it is
        QCOMPARE(dialog.state(), ReportsDialog::State::Done);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        const int activities = countOf(
            session.db(), QStringLiteral("SELECT count(*) FROM activity WHERE deleted = 0"));
        QVERIFY(activities > 0);
        QCOMPARE(int(ics.count("BEGIN:VEVENT")), activities);
        QVERIFY(resultText(dialog).contains(QDir::toNativeSeparators(path)));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("reportsShowFolder"))
                    ->isVisibleTo(&dialog));
    }

    void shouldWriteTheActivityCsvAddingTheExtension()
    {
        // GIVEN the activity report as CSV and a file name without extension
        test::TestSession session;
        ReportsDialog dialog(session.session());
        dialog.selectReport(QStringLiteral("activity"));
        dialog.selectFormat(QStringLiteral("csv"));
        QVERIFY(dialog.suggestedFileName().endsWith(QLatin1String(".csv")));

        // WHEN it is saved
        saveAndWait(dialog, m_dir.filePath(QStringLiteral("activities")));

        // THEN a CSV with a header line and one line per activity is written
        QCOMPARE(dialog.state(), ReportsDialog::State::Done);
        QCOMPARE(dialog.writtenPath(), m_dir.filePath(QStringLiteral("activities.csv")));
        QFile file(dialog.writtenPath());
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString header = QString::fromUtf8(file.readLine());
        QVERIFY2(header.contains(QLatin1String("Title")), qPrintable(header));
        const int activities = countOf(
            session.db(), QStringLiteral("SELECT count(*) FROM activity WHERE deleted = 0"));
        QVERIFY(QString::fromUtf8(file.readAll()).count(QLatin1Char('\n')) >= activities);
    }

    void shouldWriteTheReportInItsLanguageWhateverTheInterfaceSpeaks()
    {
        // GIVEN the interface in French and the activity report chosen in Greek, as CSV
        Translations::install(QStringLiteral("fr"));
        const auto english = qScopeGuard([] { Translations::install(QStringLiteral("en")); });
        test::TestSession session;
        ReportsDialog dialog(session.session());
        dialog.selectReport(QStringLiteral("activity"));
        dialog.selectFormat(QStringLiteral("csv"));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("reportsLanguage"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("fr"));
        language->setCurrentIndex(language->findData(QStringLiteral("el")));

        // WHEN it is saved (on the dialog's worker thread)
        saveAndWait(dialog, m_dir.filePath(QStringLiteral("activities-el.csv")));

        // THEN its header is Greek, with nothing of the interface's French
        QCOMPARE(dialog.state(), ReportsDialog::State::Done);
        QFile file(dialog.writtenPath());
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString header = QString::fromUtf8(file.readLine());
        QVERIFY2(header.contains(QStringLiteral("Τίτλος"))
                && header.contains(QStringLiteral("Αστυνομικοί")),
            qPrintable(header));
        QVERIFY2(!header.contains(QStringLiteral("Titre"))
                && !header.contains(QStringLiteral("Policiers")),
            qPrintable(header));
    }

    void shouldLeaveNoFileWhenTheBookletIsCancelled()
    {
        // GIVEN the booklet chosen
        test::TestSession session;
        ReportsDialog dialog(session.session());
        dialog.selectReport(QStringLiteral("publication"));
        const QString path = m_dir.filePath(QStringLiteral("booklet.pdf"));

        // WHEN Cancel is pressed at once, before the worker has opened its connection
        FileDialogs::setNextFileName(path);
        dialog.saveAs();
        QCOMPARE(dialog.state(), ReportsDialog::State::Writing);
        dialog.findChild<QPushButton *>(QStringLiteral("reportsCancel"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.state() == ReportsDialog::State::Failed, 30000);

        // THEN no file is there and the dialog says so
        QVERIFY(!QFile::exists(path));
        QCOMPARE(resultText(dialog), ReportJob::cancelledError().message);
    }

    void shouldOpenFromTheFileMenu()
    {
        test::TestSession session;
        MainWindow window(session.session());
        auto *action = window.findChild<QAction *>(QStringLiteral("actionReports"));
        QVERIFY(action);
        action->trigger();
        QTRY_VERIFY(window.findChild<ReportsDialog *>());
        window.findChild<ReportsDialog *>()->close();
    }
};

QTEST_MAIN(TestReportsDialog)
#include "tst_reportsdialog.moc"
