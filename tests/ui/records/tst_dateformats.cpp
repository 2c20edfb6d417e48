// SPDX-License-Identifier: EUPL-1.2
// English dates are British, never American (issue 18): the detail panels and a report in
// English hold no "9/1/23" and no AM/PM, and every screen uses the one formatter.
#include "guitestsupport.h"
#include "records/recorddetailpanel.h"
#include "session/session.h"
#include "testdatabase.h"
#include "util/localformat.h"
#include "util/translations.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pactesur;

namespace {

// A short US date (9/1/23, 12/6/26) or a 12-hour clock.
const QRegularExpression kAmerican(QStringLiteral("\\b\\d{1,2}/\\d{1,2}/\\d{2}\\b|\\b[AP]M\\b"));

QStringList shownTexts(const QWidget &root)
{
    QStringList texts;
    for (const QLabel *label : root.findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (const QLineEdit *edit : root.findChildren<QLineEdit *>())
        texts << edit->text();
    for (const QAbstractButton *button : root.findChildren<QAbstractButton *>())
        texts << button->text() << button->toolTip();
    return texts;
}

} // namespace

class TestDateFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::prepareGuiTests(); }
    void cleanupTestCase() { Translations::install(QStringLiteral("en")); }

    void shouldWriteEnglishDatesTheBritishWay()
    {
        Translations::install(QStringLiteral("en"));
        QCOMPARE(LocalFormat::date(QDate(2023, 9, 1)), QStringLiteral("01/09/2023"));
        const QString at = LocalFormat::dateTime(QDateTime(QDate(2026, 12, 6), QTime(17, 0)));
        QCOMPARE(at, QStringLiteral("06/12/2026 17:00"));
        QCOMPARE(LocalFormat::longDate(QDate(2023, 9, 1)), QStringLiteral("1 September 2023"));
        // Other languages keep their own conventions, always with a four-digit year.
        Translations::install(QStringLiteral("fr"));
        QCOMPARE(LocalFormat::date(QDate(2023, 9, 1)), QStringLiteral("01/09/2023"));
        Translations::install(QStringLiteral("lt"));
        QVERIFY(LocalFormat::date(QDate(2023, 9, 1)).contains(QStringLiteral("2023")));
        Translations::install(QStringLiteral("en"));
    }

    void shouldShowNoAmericanDateInTheEnglishActivityPanel()
    {
        // GIVEN an English interface and an activity from 1 September 2023 to 6 December 2026
        Translations::install(QStringLiteral("en"));
        test::TestDatabase fixture;
        fixture.close();
        std::unique_ptr<Session> session = test::openSession(fixture.path());
        const Result<QString> id = session->createRecord(Kinds::get(QStringLiteral("activities")),
            {{QStringLiteral("kind"), QStringLiteral("workshop")},
                {QStringLiteral("title"), QStringLiteral("Night-time economy")},
                {QStringLiteral("start"), QStringLiteral("2023-09-01")},
                {QStringLiteral("end"), QStringLiteral("2026-12-06")}});
        QVERIFY(id.ok());
        // WHEN its detail panel shows it
        RecordDetailPanel panel(Kinds::get(QStringLiteral("activities")));
        panel.setDatabase(&session->database());
        panel.setSession(session.get());
        panel.showRecord(id.value());
        panel.resize(380, 640);
        panel.show();
        // THEN the dates are British and no text looks American
        const QString all = shownTexts(panel).join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("01/09/2023")), qPrintable(all));
        QVERIFY2(!kAmerican.match(all).hasMatch(), qPrintable(kAmerican.match(all).captured()));
    }

    void shouldShowNoAmericanDateInAnEnglishReport()
    {
        // GIVEN a seeded database whose activities span the project
        test::TestDatabase fixture;
        fixture.close();
        QTemporaryDir out;
        const QString html = out.filePath(QStringLiteral("activities.html"));
        // WHEN the activity report is written in English
        const test::CliResult result
            = test::runCli({QStringLiteral("--db"), fixture.path(), QStringLiteral("report"),
                QStringLiteral("activity"), QStringLiteral("--format"), QStringLiteral("html"),
                QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--out"), html});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        // THEN no date in it reads the American way
        QVERIFY2(!kAmerican.match(text).hasMatch(), qPrintable(kAmerican.match(text).captured()));
    }
};

QTEST_MAIN(TestDateFormats)
#include "tst_dateformats.moc"
