// SPDX-License-Identifier: EUPL-1.2
// The reports of issue 7, through the CLI as a user runs them, read back with real parsers
// (reportreaders.h): the activity report (PDF, HTML, CSV), the participation table, the
// calendar, the booklet of public practices in two languages and the list of sheets.
#include "model/kinds.h"
#include "report/activityreport.h"
#include "report/csvwriter.h"
#include "report/icalendarwriter.h"
#include "reportfixture.h"
#include "reportreaders.h"
#include "store/recordstore.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace pactesur;
using namespace pactesur::test;

namespace {

const QString &kTitleA1 = ReportFixture::kTitleA1;
const QString &kDescriptionA1 = ReportFixture::kDescriptionA1;
const QString &kTitleA2 = ReportFixture::kTitleA2;

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_data;
    QTemporaryDir m_dir;
    QHash<QString, QString> m_ids; // our names for the records -> their ids

    QString path(const QString &name) const { return m_dir.filePath(name); }

    CliResult report(const QStringList &arguments)
    {
        return runCli(QStringList {QStringLiteral("--db"), m_data->path(), QStringLiteral("report")}
            + arguments);
    }

    QString write(const QString &kind, const QString &format, const QStringList &options = {})
    {
        const QString out = path(
            kind + QLatin1Char('-') + options.join(QLatin1Char('_')) + QLatin1Char('.') + format);
        const CliResult result = report(
            QStringList {kind, QStringLiteral("--format"), format, QStringLiteral("--out"), out}
            + options);
        if (result.exitCode != 0)
            qWarning() << result.err;
        return result.exitCode == 0 ? out : QString();
    }

    QByteArray bytes(const QString &file)
    {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        if (!hasTool(QStringLiteral("pdftotext")) || !hasTool(QStringLiteral("python3")))
            QSKIP("pdftotext (poppler-utils) and python3 read the reports back");
        // GIVEN the fixture's activities, participation, contact and sheets (the seed adds
        // three activities of its own)
        m_data = std::make_unique<TestDatabase>();
        ReportFixture fixture(m_data->db());
        fixture.build();
        m_ids = fixture.ids;
    }

    void shouldWriteTheParticipationTableWithoutPersonalData()
    {
        // WHEN the participation table is written for the project's period
        const QString csv = write(QStringLiteral("participation"), QStringLiteral("csv"));
        QVERIFY(!csv.isEmpty());
        QString error;
        const QList<QStringList> records = readCsv(csv, &error);
        // THEN a standard reader finds the header and one row per activity and city
        QVERIFY2(!records.isEmpty(), qPrintable(error));
        QCOMPARE(records.first(),
            QStringList({"Activity", "Date", "Kind", "City", "Participants", "Women", "Officers"}));
        QCOMPARE(records.size(), 1 + 5);
        QVERIFY(records.contains(
            QStringList({kTitleA1, "2024-03-12", "Workshop", "Riga", "10", "4", "6"})));
        QVERIFY(records.contains(
            QStringList({kTitleA1, "2024-03-12", "Workshop", "Nice", "3", "", ""})));
        QVERIFY(records.contains(QStringList(
            {kTitleA2, "2024-06-03", "Police staff exchange", "Vilnius", "8", "3", "8"})));
        // AND no personal data
        const QByteArray raw = bytes(csv);
        QVERIFY(!raw.contains("Personalait"));
        QVERIFY(!raw.contains("@"));
        // AND the file is RFC 4180 with a UTF-8 byte order mark
        QVERIFY(raw.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(raw.count("\r\n"), qsizetype(records.size()));
        QCOMPARE(raw.count('\n'), raw.count("\r\n"));
    }

    void shouldLimitTheTablesToTheChosenPeriod()
    {
        const QString june = write(QStringLiteral("participation"), QStringLiteral("csv"),
            {QStringLiteral("--from"), QStringLiteral("2024-05-01"), QStringLiteral("--to"),
                QStringLiteral("2024-12-31")});
        QCOMPARE(readCsv(june).size(), 1 + 2);
        // An activity that started before the period but ends in it belongs to it.
        const QString overlap = write(QStringLiteral("activity"), QStringLiteral("csv"),
            {QStringLiteral("--from"), QStringLiteral("2024-03-14"), QStringLiteral("--to"),
                QStringLiteral("2024-03-14")});
        const QList<QStringList> rows = readCsv(overlap);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(0), m_ids.value(QStringLiteral("a1")));
        // Without --from, the project's start; with it, earlier activities too.
        const QString all = write(QStringLiteral("activity"), QStringLiteral("csv"),
            {QStringLiteral("--from"), QStringLiteral("2022-01-01")});
        QCOMPARE(readCsv(all).size(), 1 + 3 + 4);
    }

    void shouldWriteTheActivitiesAsAFlatCsvThatRoundTrips()
    {
        const QString csv = write(QStringLiteral("activity"), QStringLiteral("csv"));
        const QList<QStringList> rows = readCsv(csv);
        // The seed's three activities and ours in the project's period
        QCOMPARE(rows.size(), 1 + 3 + 3);
        const QStringList header = rows.first();
        QCOMPARE(header.first(), QStringLiteral("ID"));
        QStringList a1;
        for (const QStringList &row : rows) {
            QCOMPARE(row.size(), header.size());
            if (row.first() == m_ids.value(QStringLiteral("a1")))
                a1 = row;
            QVERIFY(row.first() != m_ids.value(QStringLiteral("a4")));
        }
        auto column = [&](const QString &name) { return a1.value(header.indexOf(name)); };
        // A comma, quotes and a line break come back exactly as they were written
        QCOMPARE(column(QStringLiteral("Title")), kTitleA1);
        QCOMPARE(column(QStringLiteral("Description")), kDescriptionA1);
        QCOMPARE(column(QStringLiteral("Start")), QStringLiteral("2024-03-12"));
        QCOMPARE(column(QStringLiteral("End")), QStringLiteral("2024-03-14"));
        QCOMPARE(column(QStringLiteral("Theme")), QStringLiteral("Safe nightlife"));
        QCOMPARE(column(QStringLiteral("Cities")), QStringLiteral("3"));
        QCOMPARE(column(QStringLiteral("Participants")), QStringLiteral("18"));
        QCOMPARE(column(QStringLiteral("Women")), QStringLiteral("6"));
        QCOMPARE(column(QStringLiteral("Police officers")), QStringLiteral("9"));
    }

    void shouldCountActivityPerCityAndThemeInTheHtmlPage()
    {
        const QString html = write(QStringLiteral("activity"), QStringLiteral("html"));
        QString error;
        const QList<QList<QStringList>> tables = readHtmlTables(html, &error);
        QVERIFY2(!tables.isEmpty(), qPrintable(error));
        auto find = [&](const QString &first) {
            for (const QList<QStringList> &table : tables) {
                for (const QStringList &row : table) {
                    if (row.value(0) == first)
                        return row;
                }
            }
            return QStringList();
        };
        // City: hosted, took part in, participants, women, officers
        QCOMPARE(find(QStringLiteral("Riga")), QStringList({"Riga", "1", "2", "17", "5", "13"}));
        QCOMPARE(
            find(QStringLiteral("Vilnius")), QStringList({"Vilnius", "1", "2", "13", "5", "11"}));
        // Nice hosts two seeded activities and sent three people to ours
        QCOMPARE(find(QStringLiteral("Nice")), QStringList({"Nice", "2", "1", "3", "0", "0"}));
        // Theme: activities through their working group, participants, sheets, shared
        QCOMPARE(find(QStringLiteral("Safe nightlife")),
            QStringList({"Safe nightlife", "1", "18", "4", "3"}));
        QCOMPARE(find(QStringLiteral("Crisis management")),
            QStringList({"Crisis management", "1", "15", "1", "1"}));
        const QString page = QString::fromUtf8(bytes(html));
        QVERIFY(page.contains(QStringLiteral("Content-Security-Policy")));
        QVERIFY(page.contains(kTitleA1.toHtmlEscaped()));
    }

    void shouldPrintTheActivityReportAsPdf()
    {
        const QString pdf = write(QStringLiteral("activity"), QStringLiteral("pdf"));
        const QString text = pdfText(pdf);
        for (const QString &expected :
            {QStringLiteral("Activity report"), QStringLiteral("1 September 2023 – 31 August 2025"),
                QStringLiteral("Co-funded by the European Union"), QStringLiteral("Key figures"),
                QStringLiteral("Activity by city"), QStringLiteral("Activity by theme"), kTitleA1,
                QStringLiteral("Cancelled webinar")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(": ") + text));
        QVERIFY(!text.contains(QStringLiteral("Meeting before the project")));
        const int pages = pdfPages(pdf);
        QVERIFY(pages >= 2);
        QVERIFY(pdfText(pdf, pages).contains(QStringLiteral("Page %1 of %1").arg(pages)));
    }

    void shouldWriteOneCalendarEventPerActivity()
    {
        const QString ics = write(QStringLiteral("calendar"), QStringLiteral("ics"));
        QVERIFY(!ics.isEmpty());
        const QByteArray raw = bytes(ics);
        // Lines end with CRLF and hold at most 75 octets
        QCOMPARE(raw.count('\n'), raw.count("\r\n"));
        for (const QByteArray &line : raw.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData());
        QVERIFY(raw.contains("STATUS:CANCELLED"));

        // The events a calendar app must see: every activity of the project's period
        QJsonArray expected;
        const RecordStore store(m_data->db());
        for (const Record &activity : store.list(Kinds::get(QStringLiteral("activities")))) {
            const QDate start = QDate::fromString(activity.value("start").toString(), Qt::ISODate);
            QDate end = QDate::fromString(activity.value("end").toString(), Qt::ISODate);
            if (!end.isValid())
                end = start;
            if (end < QDate(2023, 9, 1) || start > QDate(2025, 8, 31))
                continue;
            QJsonObject event {{"uid", activity.id + QStringLiteral("@pactesur")},
                {"summary", activity.value("title").toString()}, {"start", iso(start)},
                {"end", iso(end.addDays(1))},
                {"status",
                    activity.value("status") == QStringLiteral("cancelled") ? "CANCELLED"
                                                                            : "CONFIRMED"}};
            if (activity.id == m_ids.value(QStringLiteral("a1"))) {
                event.insert("location", QStringLiteral("City Hall; Brīvības iela 49, Riga"));
                event.insert("description", kDescriptionA1);
            } else if (activity.id == m_ids.value(QStringLiteral("a2"))) {
                event.insert("location", QStringLiteral("Vilnius"));
                event.insert("description", QStringLiteral("Back\\slash; semi"));
            }
            expected.append(event);
        }
        QCOMPARE(expected.size(), 6);
        QString output;
        const int checked = checkIcs(ics, expected, &output);
        if (checked == 77)
            QSKIP(qPrintable(QStringLiteral("ical.js is not installed: ") + output));
        QVERIFY2(checked == 0, qPrintable(output));
    }

    void shouldFoldCalendarLinesWithoutCuttingCharacters()
    {
        const QString text = QString(40, QChar(0x00e9)) + QString(30, QChar(0x20ac));
        const QByteArray folded = ICalendarWriter::foldLine(QStringLiteral("SUMMARY:") + text);
        QByteArray unfolded;
        for (const QByteArray &line : folded.split('\n')) {
            if (line.isEmpty())
                continue;
            QVERIFY(line.endsWith('\r'));
            QVERIFY(line.size() - 1 <= 75);
            // Each line is whole UTF-8 on its own: nothing was cut inside a character.
            QCOMPARE(QString::fromUtf8(line).toUtf8(), line);
            unfolded += unfolded.isEmpty() ? line.chopped(1) : line.mid(1).chopped(1);
        }
        QCOMPARE(QString::fromUtf8(unfolded), QStringLiteral("SUMMARY:") + text);
        QCOMPARE(ICalendarWriter::escapeText(QStringLiteral("a,b;c\\d\r\ne\nf")),
            QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
    }

    void shouldQuoteCsvFieldsAsRfc4180Says()
    {
        QCOMPARE(CsvWriter::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(
            CsvWriter::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        // A formula from another replica's data is neutralised; a negative number is not.
        QCOMPARE(CsvWriter::field(QStringLiteral("=HYPERLINK(\"x\")")),
            QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("-12")), QStringLiteral("-12"));
    }

    void shouldListEverySheetInTheSheetsCsv()
    {
        const QList<QStringList> rows
            = readCsv(write(QStringLiteral("sheets"), QStringLiteral("csv")));
        QCOMPARE(rows.size(), 1 + 9);
        const QStringList header = rows.first();
        QStringList mediators;
        for (const QStringList &row : rows) {
            if (row.first() == m_ids.value(QStringLiteral("mediators")))
                mediators = row;
        }
        auto column = [&](const QString &name) { return mediators.value(header.indexOf(name)); };
        QCOMPARE(column(QStringLiteral("Title")), QStringLiteral("Street mediators at night"));
        QCOMPARE(
            column(QStringLiteral("Summary")), QStringLiteral("Line one, \"two\"\nLine three"));
        QCOMPARE(column(QStringLiteral("Status")), QStringLiteral("Validated"));
        QCOMPARE(column(QStringLiteral("Sensitivity")), QStringLiteral("Public"));
        QCOMPARE(column(QStringLiteral("Themes")), QStringLiteral("Safe nightlife"));
    }

    void shouldPublishOnlyValidatedPublicSheetsWithContents()
    {
        const QString pdf = write(QStringLiteral("publication"), QStringLiteral("pdf"),
            {QStringLiteral("--language"), QStringLiteral("en")});
        QVERIFY(!pdf.isEmpty());
        const QString text = pdfText(pdf);
        // THEN the cover, the contents and every validated or published public sheet
        QVERIFY2(pdfText(pdf, 1).contains(QStringLiteral("Practices for safer public spaces")),
            qPrintable(pdfText(pdf, 1)));
        QVERIFY(pdfText(pdf, 1).contains(QStringLiteral("PACTESUR 2")));
        const QString contents = pdfText(pdf, 2);
        QVERIFY2(
            contents.startsWith(QStringLiteral("PACTESUR 2 · Practices")), qPrintable(contents));
        QVERIFY(contents.contains(QStringLiteral("Contents")));
        const QStringList titles = {QStringLiteral("Street mediators at night"),
            QStringLiteral("Safe courtyards"), QStringLiteral("Turvaline ööelu Tallinnas")};
        // The contents give the page each sheet starts on, and it is there.
        QHash<QString, int> pages;
        const QRegularExpression entry(QStringLiteral("^\\s*(.+?)\\s+(\\d+)\\s*$"));
        for (const QString &line : pdfLines(pdf, 2)) {
            if (const QRegularExpressionMatch match = entry.match(line); match.hasMatch())
                pages.insert(match.captured(1), match.captured(2).toInt());
        }
        for (const QString &title : titles) {
            const QString city = title.contains(QStringLiteral("Tallinn"))
                ? QStringLiteral("Tallinn")
                : QStringLiteral("Vilnius");
            const int page = pages.value(title + QStringLiteral(" · ") + city);
            QVERIFY2(page > 2, qPrintable(title + QStringLiteral(": ") + contents));
            QVERIFY2(pdfText(pdf, page).contains(title),
                qPrintable(QStringLiteral("%1 on page %2? %3").arg(title).arg(page).arg(contents)));
            QVERIFY(pdfText(pdf, page).contains(QStringLiteral("Page %1 of").arg(page)));
        }
        // A theme starts on the page of its first sheet.
        QCOMPARE(pages.value(QStringLiteral("Safe nightlife")),
            pages.value(QStringLiteral("Street mediators at night · Vilnius")));
        QVERIFY(contents.contains(QStringLiteral("Safe nightlife")));
        QVERIFY(contents.contains(QStringLiteral("Crisis management")));
        // AND nothing restricted, partners-only, unfinished, or in another language
        for (const QString &absent : {QStringLiteral("SECRET"), QStringLiteral("PARTNERS-ONLY"),
                 QStringLiteral("DRAFT-PUBLIC"), QStringLiteral("Médiateurs"),
                 QStringLiteral("Saugūs kiemai")})
            QVERIFY2(!text.contains(absent), qPrintable(absent));
    }

    void shouldPrintTheActivityReportInTheChosenLanguage()
    {
        // WHEN the activity report is asked for in Lithuanian from the command line
        const QString pdf = write(QStringLiteral("activity"), QStringLiteral("pdf"),
            {QStringLiteral("--language"), QStringLiteral("lt")});
        const QString text = pdfText(pdf);
        // THEN its title, headings, period, kinds and page numbers are Lithuanian
        // (tst_reportlanguages checks every language for English left over)
        for (const QString &expected : {QStringLiteral("Veiklų ataskaita"),
                 QStringLiteral("2023 m. rugsėjo 1 d."), QStringLiteral("Bendrai finansuoja"),
                 QStringLiteral("Praktinis seminaras"), QStringLiteral("2 psl. iš")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(": ") + text));
        QVERIFY(!text.contains(QStringLiteral("Key figures")));
    }

    void shouldPublishInFrenchWithFallback()
    {
        const QString pdf = write(QStringLiteral("publication"), QStringLiteral("pdf"),
            {QStringLiteral("--language"), QStringLiteral("fr")});
        const QString text = pdfText(pdf);
        // The French translation where there is one, else English, else the original
        QVERIFY2(text.contains(QStringLiteral("Médiateurs de rue la nuit")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Safe courtyards")));
        QVERIFY(text.contains(QStringLiteral("Turvaline ööelu Tallinnas")));
        QVERIFY(!text.contains(QStringLiteral("Street mediators at night")));
        // Themes, section headings and dates in French
        QVERIFY(text.contains(QStringLiteral("Vie nocturne sûre")));
        QVERIFY(text.contains(QStringLiteral("1 janvier 2024")));
        for (const QString &absent : {QStringLiteral("SECRET"), QStringLiteral("PARTNERS-ONLY"),
                 QStringLiteral("DRAFT-PUBLIC")})
            QVERIFY2(!text.contains(absent), qPrintable(absent));
    }

    void shouldRefuseOptionsThatDoNotFit_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("bad date") << QStringList {"activity", "--from", "2024-13-01"};
        QTest::newRow("not ISO") << QStringList {"calendar", "--to", "12/05/2024"};
        QTest::newRow("reversed") << QStringList {
            "participation", "--from", "2025-01-01", "--to", "2024-01-01"};
        QTest::newRow("no period") << QStringList {"sheets", "--from", "2024-01-01"};
        QTest::newRow("language") << QStringList {"publication", "--language", "xx"};
        QTest::newRow("format") << QStringList {"calendar", "--format", "pdf"};
        QTest::newRow("unknown") << QStringList {"budget"};
    }

    void shouldRefuseOptionsThatDoNotFit()
    {
        QFETCH(QStringList, arguments);
        const QString out = path(QStringLiteral("refused.out"));
        if (!arguments.contains(QStringLiteral("--format")))
            arguments << QStringLiteral("--format") << QStringLiteral("csv");
        const CliResult result = report(arguments + QStringList {QStringLiteral("--out"), out});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
        QVERIFY(!QFile::exists(out));
    }

    void shouldReportProgressAndStopWhenCancelled()
    {
        // GIVEN the activity report run in the process, as the desktop runs it
        ActivityReport report(m_data->db(), ReportPeriod::ofProject(m_data->db()));
        QList<QPair<int, int>> steps;
        report.setProgress([&](int done, int total) { steps.append({done, total}); });
        const QString pdf = path(QStringLiteral("inprocess.pdf"));
        QVERIFY(report.write(QStringLiteral("pdf"), pdf));
        // THEN it tells how far it got, up to the end
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.last().first, steps.last().second);
        for (qsizetype i = 1; i < steps.size(); ++i)
            QVERIFY(steps.at(i).first >= steps.at(i - 1).first);
        QVERIFY(pdfText(pdf).contains(kTitleA1));
        // AND when cancelled it stops without writing anything
        std::atomic_bool cancel {true};
        report.setCancelFlag(&cancel);
        const QString cancelled = path(QStringLiteral("cancelled.csv"));
        const Status status = report.write(QStringLiteral("csv"), cancelled);
        QVERIFY(!status);
        QVERIFY(!QFile::exists(cancelled));
        QCOMPARE(report.write(QStringLiteral("ics"), cancelled).error().code, Error::Usage);
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
