// SPDX-License-Identifier: EUPL-1.2
// Reports speak one language (issue 18): the booklet of practices and the activity report,
// rendered in each of the 14 languages from the report fixture, hold none of the English
// texts of their own chrome (cover, headings, labels, notices, kind and field names), and
// the interface's language never leaks into a report written in another one. The tables
// (participation, practice sheets) and the calendar name their columns, choices and
// calendar in the report's language too.
//
// The texts looked for are not hand-picked: they are every message of the reports'
// translation contexts, as the .ts files hold them. A message the target language writes
// exactly as English ("%1 · %2", "Budget" in French) is legitimately the same and skipped.
#include "model/kinds.h"
#include "report/activityreport.h"
#include "report/calendarreport.h"
#include "report/participationreport.h"
#include "report/publicationreport.h"
#include "report/sheetcontent.h"
#include "report/sheetrenderer.h"
#include "report/sheetsreport.h"
#include "reportfixture.h"
#include "store/database.h"
#include "testdatabase.h"
#include "util/translations.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace pactesur;
using namespace pactesur::test;

namespace {

// The contexts of the texts a booklet or an activity report prints. Choice and Field give
// the kind, status and field names the reports borrow from the record catalogue.
const QStringList kReportContexts = {QStringLiteral("pactesur::ActivityReport"),
    QStringLiteral("pactesur::PublicationReport"), QStringLiteral("pactesur::PublicationContent"),
    QStringLiteral("pactesur::ReportCover"), QStringLiteral("pactesur::ReportPeriod"),
    QStringLiteral("pactesur::Choice"), QStringLiteral("pactesur::Field")};
// The tables', the calendar's and the single sheet's own texts, read from the catalogues
// beside the above.
const QStringList kTableContexts = {QStringLiteral("pactesur::ParticipationReport"),
    QStringLiteral("pactesur::SheetsReport"), QStringLiteral("pactesur::CalendarReport"),
    QStringLiteral("pactesur::SheetContent"), QStringLiteral("pactesur::SheetRenderer")};

// context + source -> the text (each plural form) in one language.
using Catalogue = QHash<QString, QStringList>;

Catalogue readCatalogue(const QString &code)
{
    QFile file(QStringLiteral(PACTESUR_SOURCE_DIR "/translations/pactesur_%1.ts").arg(code));
    Catalogue catalogue;
    if (!file.open(QIODevice::ReadOnly))
        return catalogue;
    QXmlStreamReader xml(&file);
    QString context;
    QString key; // source, then the disambiguation if any
    bool numerus = false;
    QStringList forms;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (kReportContexts.contains(context) || kTableContexts.contains(context))
                catalogue.insert(context + u'|' + key, forms);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            forms.clear();
        } else if (xml.name() == QLatin1String("source")) {
            key = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            key += u'|' + xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !numerus) {
            forms << xml.readElementText();
        } else if (xml.name() == QLatin1String("numerusform")) {
            forms << xml.readElementText();
        }
    }
    return catalogue;
}

// A text of `foreign` that a report in another language must not print. Short texts
// ("Themes", "Since %1") are looked for as whole lines, so that a word of a sheet's own
// English text is not taken for chrome; sentences anywhere, across line breaks.
struct Chrome
{
    QString text;
    QRegularExpression pattern;
    bool wholeLine = false;
};

QList<Chrome> chromeOf(const Catalogue &foreign, const Catalogue &shown)
{
    // The tables' texts are checked cell by cell (below), not looked for in the PDFs.
    const auto isReportText
        = [](const QString &key) { return kReportContexts.contains(key.section(u'|', 0, 0)); };
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d|n)"));
    // A foreign text that is also a text of the shown language is no leak: French writes
    // "Type" for "Kind" whatever the English "Type" becomes.
    QSet<QString> ownTexts;
    for (const QStringList &forms : shown)
        for (const QString &form : forms)
            ownTexts.insert(form.toCaseFolded());
    QList<Chrome> chrome;
    for (auto message = foreign.cbegin(); message != foreign.cend(); ++message) {
        if (!isReportText(message.key()) || message.value() == shown.value(message.key()))
            continue;
        for (const QString &text : message.value()) {
            if (ownTexts.contains(text.toCaseFolded()))
                continue;
            QString literal = text;
            literal.remove(placeholder);
            const QString plain = literal.simplified();
            // "%1 – %2" and the like say nothing of a language.
            if (plain.size() < 3)
                continue;
            auto body = [](const QString &pattern) {
                QStringList parts;
                for (const QString &part : pattern.split(placeholder))
                    parts << QRegularExpression::escape(part.simplified());
                return parts.join(QStringLiteral(".{1,80}?"));
            };
            const QRegularExpression::PatternOptions options = QRegularExpression::MultilineOption
                | QRegularExpression::UseUnicodePropertiesOption;
            // A short text is a label: as written, or in the capitals of the cover. Any other
            // case is a sheet's or an activity's own words wrapped onto a line of their own.
            if (plain.split(u' ').size() < 3) {
                chrome.append({text,
                    QRegularExpression(
                        QStringLiteral("^\\s*(?:%1|%2)\\s*$").arg(body(text), body(text.toUpper())),
                        options),
                    true});
            } else {
                chrome.append({text,
                    QRegularExpression(
                        body(text), options | QRegularExpression::CaseInsensitiveOption),
                    false});
            }
        }
    }
    return chrome;
}

// pdftotext's lines, ligatures unfolded ("ﬁ" -> "fi"), no-break spaces as spaces.
QString pdfLinesOf(QProcess &process)
{
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(process.readAllStandardOutput())
                       .normalized(QString::NormalizationForm_KC);
    text.replace(QChar(0x00a0), u' ').replace(QChar(0x202f), u' ');
    return text;
}

// What one PDF must say (its title, in its language) and must not.
struct Expectation
{
    QString title;
    QList<Chrome> forbidden;
};

QStringList leaks(const QString &lines, const QList<Chrome> &chrome)
{
    const QString flowing = lines.simplified();
    QStringList found;
    for (const Chrome &text : chrome) {
        const QRegularExpressionMatch match = text.pattern.match(text.wholeLine ? lines : flowing);
        if (match.hasMatch())
            found << QStringLiteral("“%1” (as “%2”)").arg(text.text, match.captured().trimmed());
    }
    return found;
}

// A CSV file as a spreadsheet reads it: rows split at CRLF, fields at commas, quotes kept
// together; the byte order mark dropped.
QList<QStringList> csvRows(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

// An iCalendar file's property values by name, lines unfolded and text unescaped.
QMultiHash<QString, QString> icsProperties(const QByteArray &data)
{
    const QString unfolded = QString::fromUtf8(data).replace(QStringLiteral("\r\n "), QString());
    QMultiHash<QString, QString> properties;
    for (const QString &line : unfolded.split(QStringLiteral("\r\n"))) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        QString value = line.mid(colon + 1);
        value.replace(QStringLiteral("\\,"), QStringLiteral(","))
            .replace(QStringLiteral("\\;"), QStringLiteral(";"))
            .replace(QStringLiteral("\\n"), QStringLiteral("\n"))
            .replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        properties.insert(line.left(colon).section(u';', 0, 0), value);
    }
    return properties;
}

} // namespace

class TestReportLanguages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_data;
    QTemporaryDir m_dir;
    QHash<QString, Catalogue> m_catalogues;

    QString text(const QString &code, const char *context, const char *source)
    {
        return m_catalogues[code]
            .value(QLatin1String(context) + u'|' + QString::fromUtf8(source))
            .value(0);
    }

    // The text in `code`, the English source when the catalogue leaves it untranslated.
    QString translated(const QString &code, const char *context, const char *source)
    {
        const QString text = this->text(code, context, source);
        return text.isEmpty() ? QString::fromUtf8(source) : text;
    }

    QString fieldLabel(const QString &code, const char *kind, const char *field)
    {
        const FieldSpec *spec = Kinds::get(QLatin1String(kind)).field(QLatin1String(field));
        return spec ? translated(code, "pactesur::Field", spec->label) : QString();
    }

    // Every label of a choice (kind, status, sensitivity) in `code`.
    QSet<QString> choiceLabels(const QString &code)
    {
        QSet<QString> labels;
        const Catalogue &catalogue = m_catalogues[code];
        for (auto message = catalogue.cbegin(); message != catalogue.cend(); ++message) {
            if (message.key().startsWith(QLatin1String("pactesur::Choice|"))) {
                const QString text = message.value().value(0);
                labels << (text.isEmpty() ? message.key().section(u'|', 1, 1) : text);
            }
        }
        return labels;
    }

    // Writes the booklet and the activity report in `language` while the interface speaks
    // `interface`, and says what each must (not) hold.
    QHash<QString, Expectation> render(
        const QString &interface, const QString &language, const QList<Chrome> &forbidden)
    {
        Translations::install(interface);
        const QString booklet
            = m_dir.filePath(QStringLiteral("booklet-%1-ui-%2.pdf").arg(language, interface));
        const QString activity
            = m_dir.filePath(QStringLiteral("activity-%1-ui-%2.pdf").arg(language, interface));
        PublicationReport publication(m_data->db(), language);
        ActivityReport activities(m_data->db(), ReportPeriod::ofProject(m_data->db()), language);
        if (!publication.write(QStringLiteral("pdf"), booklet)
            || !activities.write(QStringLiteral("pdf"), activity))
            return {};
        return {
            {booklet,
                {text(language, "pactesur::PublicationReport", "Practices for safer public spaces"),
                    forbidden}},
            {activity, {text(language, "pactesur::ActivityReport", "Activity report"), forbidden}}};
    }

    // Reads every PDF at once (pdftotext runs in parallel) and lists what leaked.
    QStringList check(const QHash<QString, Expectation> &expected)
    {
        std::vector<std::unique_ptr<QProcess>> readers;
        const QStringList pdfs = expected.keys();
        for (const QString &pdf : pdfs) {
            readers.push_back(std::make_unique<QProcess>());
            readers.back()->start(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        }
        QStringList problems;
        for (qsizetype i = 0; i < pdfs.size(); ++i) {
            const QString lines = pdfLinesOf(*readers.at(size_t(i)));
            const QString name = QFileInfo(pdfs.at(i)).fileName();
            if (lines.isEmpty()) {
                problems << name + QStringLiteral(": no text");
                continue;
            }
            const Expectation expectation = expected.value(pdfs.at(i));
            if (expectation.title.isEmpty() || !lines.simplified().contains(expectation.title))
                problems << name + QStringLiteral(": no title “%1”").arg(expectation.title);
            for (const QString &leak : leaks(lines, expectation.forbidden))
                problems << name + QStringLiteral(": ") + leak;
        }
        return problems;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) reads the reports back");
        // GIVEN the report fixture: activities with participation, and practice sheets in
        // several languages, so that the booklet shows fallbacks in every language
        m_data = std::make_unique<TestDatabase>();
        ReportFixture fixture(m_data->db());
        fixture.build();
        for (const UiLanguage &language : Translations::languages())
            m_catalogues.insert(language.code, readCatalogue(language.code));
        QVERIFY(m_catalogues.value(QStringLiteral("fr")).size() > 100);
    }

    void cleanupTestCase() { Translations::install(QStringLiteral("en")); }

    void shouldWriteNoEnglishChromeInAnyLanguage()
    {
        QElapsedTimer timer;
        timer.start();
        const Catalogue &english = m_catalogues[QStringLiteral("en")];
        // WHEN each report is written in each language, the interface in English
        QHash<QString, Expectation> expected;
        for (const UiLanguage &language : Translations::languages()) {
            if (language.code == QLatin1String("en"))
                continue;
            const QList<Chrome> chrome = chromeOf(english, m_catalogues[language.code]);
            QVERIFY2(chrome.size() > 100, qPrintable(language.code));
            const QHash<QString, Expectation> pdfs
                = render(QStringLiteral("en"), language.code, chrome);
            QCOMPARE(pdfs.size(), 2);
            expected.insert(pdfs);
        }
        // THEN each has its title in its language, and none holds an English text of the
        // reports that its language words otherwise
        const QStringList problems = check(expected);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        qInfo("13 languages x 2 reports rendered and read in %lld ms", timer.elapsed());
    }

    void shouldWriteTablesAndCalendarsInTheirLanguage()
    {
        // GIVEN the interface in English
        Translations::install(QStringLiteral("en"));
        const ReportPeriod period = ReportPeriod::ofProject(m_data->db());
        for (const UiLanguage &language : Translations::languages()) {
            if (language.code == QLatin1String("en"))
                continue;
            const QString code = language.code;
            const QSet<QString> choices = choiceLabels(code);
            // WHEN the participation table is written in another language
            ParticipationReport participation(m_data->db(), period, code);
            const Result<QByteArray> participationCsv = participation.toCsv();
            QVERIFY(participationCsv);
            const QList<QStringList> participationRows = csvRows(participationCsv.value());
            QVERIFY2(participationRows.size() > 2, qPrintable(code));
            // THEN its columns are named in that language, and each activity's kind too
            QCOMPARE(participationRows.first(),
                QStringList({fieldLabel(code, "participation", "activity"),
                    translated(code, "pactesur::ParticipationReport", "Date"),
                    fieldLabel(code, "activities", "kind"),
                    fieldLabel(code, "participation", "city"),
                    fieldLabel(code, "participation", "participants"),
                    fieldLabel(code, "participation", "women"),
                    fieldLabel(code, "participation", "officers")}));
            for (const QStringList &row : participationRows.mid(1))
                QVERIFY2(choices.contains(row.value(2)), qPrintable(code + u' ' + row.value(2)));

            // WHEN the list of practice sheets is written in it
            SheetsReport sheets(m_data->db(), code);
            const Result<QByteArray> sheetsCsv = sheets.toCsv();
            QVERIFY(sheetsCsv);
            const QList<QStringList> sheetRows = csvRows(sheetsCsv.value());
            QVERIFY2(sheetRows.size() > 2, qPrintable(code));
            // THEN so are its columns, statuses, sensitivities and yes or no
            QStringList header = {translated(code, "pactesur::SheetsReport", "ID")};
            for (const char *field :
                {"title", "city", "language", "translation_of", "status", "sensitivity", "themes",
                    "groups", "period_start", "period_end", "ongoing", "summary"})
                header << fieldLabel(code, "sheets", field);
            header << translated(code, "pactesur::SheetsReport", "Last changed");
            QCOMPARE(sheetRows.first(), header);
            const QStringList yesNo = {translated(code, "pactesur::SheetsReport", "Yes"),
                translated(code, "pactesur::SheetsReport", "No")};
            for (const QStringList &row : sheetRows.mid(1)) {
                QVERIFY2(choices.contains(row.value(5)) && choices.contains(row.value(6)),
                    qPrintable(code + u' ' + row.join(u',')));
                QVERIFY2(yesNo.contains(row.value(11)), qPrintable(code + u' ' + row.value(11)));
            }

            // WHEN the calendar is written in it
            CalendarReport calendar(m_data->db(), period, code);
            const Result<QByteArray> ics = calendar.toICalendar();
            QVERIFY(ics);
            const QMultiHash<QString, QString> properties = icsProperties(ics.value());
            // THEN the calendar's name and each event's category are in that language
            QCOMPARE(properties.value(QStringLiteral("X-WR-CALNAME")),
                translated(code, "pactesur::CalendarReport", "%1 activities")
                    .arg(ReportPeriod::projectName(m_data->db())));
            const QStringList categories = properties.values(QStringLiteral("CATEGORIES"));
            QVERIFY(!categories.isEmpty());
            for (const QString &category : categories)
                QVERIFY2(choices.contains(category), qPrintable(code + u' ' + category));
        }
    }

    void shouldWriteASheetInItsOwnLanguageOrTheOneAsked()
    {
        // GIVEN a French practice sheet with a period, and the interface in English
        Translations::install(QStringLiteral("en"));
        QSqlQuery query(m_data->db().sql());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT id FROM sheet WHERE language = 'fr' AND deleted = 0 AND period_start <> '' "
            "ORDER BY id LIMIT 1")));
        QVERIFY(query.next());
        const QString id = query.value(0).toString();
        // WHEN it is printed without a language THEN the whole document is French
        Result<SheetContent> own = SheetContent::load(m_data->db(), id);
        QVERIFY(own);
        QCOMPARE(own->reportLanguage, QStringLiteral("fr"));
        // AND in each language asked for, every word of its own is in that language
        for (const UiLanguage &language : Translations::languages()) {
            const QString code = language.code;
            Result<SheetContent> content = SheetContent::load(m_data->db(), id, code);
            QVERIFY(content);
            QCOMPARE(content->reportLanguage, code);
            QStringList labels;
            for (const SheetContent::Fact &fact : content->facts)
                labels << fact.label;
            QVERIFY2(labels.contains(fieldLabel(code, "sheets", "city"))
                    && labels.contains(translated(code, "pactesur::SheetContent", "Period"))
                    && labels.contains(fieldLabel(code, "sheets", "status")),
                qPrintable(code + u' ' + labels.join(u',')));
            const QSet<QString> choices = choiceLabels(code);
            for (const SheetContent::Fact &fact : content->facts) {
                if (fact.label == fieldLabel(code, "sheets", "status")
                    || fact.label == fieldLabel(code, "sheets", "sensitivity"))
                    QVERIFY2(choices.contains(fact.value), qPrintable(code + u' ' + fact.value));
            }
            QVERIFY(!content->sections.isEmpty());
            for (const SheetContent::Section &section : content->sections) {
                QCOMPARE(section.heading,
                    fieldLabel(code, "sheets", section.field.toLatin1().constData()));
            }
            const QString html = SheetRenderer(std::move(content).value()).toHtml();
            QVERIFY2(
                html.contains(
                    translated(code, "pactesur::SheetRenderer", "Practice sheet").toHtmlEscaped()),
                qPrintable(code));
            const QString printed = translated(
                code, "pactesur::SheetRenderer", "Pactesur · practice sheet printed on %1");
            QVERIFY2(
                html.contains(printed.left(printed.indexOf(QLatin1String("%1"))).toHtmlEscaped()),
                qPrintable(code));
        }
    }

    void shouldNotLeakTheInterfaceLanguage()
    {
        const Catalogue &english = m_catalogues[QStringLiteral("en")];
        const Catalogue &french = m_catalogues[QStringLiteral("fr")];
        const Catalogue &greek = m_catalogues[QStringLiteral("el")];
        QHash<QString, Expectation> expected;
        // WHEN the interface speaks French and the reports English, then Greek
        expected.insert(
            render(QStringLiteral("fr"), QStringLiteral("en"), chromeOf(french, english)));
        expected.insert(render(QStringLiteral("fr"), QStringLiteral("el"),
            chromeOf(french, greek) + chromeOf(english, greek)));
        // AND the interface speaks English and the reports French
        expected.insert(
            render(QStringLiteral("en"), QStringLiteral("fr"), chromeOf(english, french)));
        // AND both speak Greek (the report then reads the installed catalogue)
        expected.insert(
            render(QStringLiteral("el"), QStringLiteral("el"), chromeOf(english, greek)));
        QCOMPARE(expected.size(), 8);
        // THEN each report is in its own language and holds no text of another
        const QStringList problems = check(expected);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestReportLanguages)
#include "tst_reportlanguages.moc"
