// SPDX-License-Identifier: EUPL-1.2
// The report of a practice sheet (issue 5): what the PDF and the HTML page show, the
// sensitivity on every page, the CLI's exit codes, and the allow-list of SafeTextDocument.
#include "model/kinds.h"
#include "report/htmlfragmentwriter.h"
#include "report/safetextdocument.h"
#include "reportreaders.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pactesur;
using test::pdfPages;
using test::pdfText;
using test::runCli;

namespace {

QByteArray pngBytes()
{
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestSheetReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString addSheet(const QMap<QString, QString> &fields)
    {
        QStringList arguments = {QStringLiteral("--db"), m_db, QStringLiteral("add"),
            QStringLiteral("sheets"), QStringLiteral("--set"), QStringLiteral("city=vilnius"),
            QStringLiteral("--set"), QStringLiteral("language=en")};
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            arguments << QStringLiteral("--set") << it.key() + QLatin1Char('=') + it.value();
        const test::CliResult added = runCli(arguments);
        if (added.exitCode != 0)
            qWarning() << added.err;
        return QString::fromUtf8(added.out).trimmed();
    }

    test::CliResult report(const QString &id, const QString &format, const QString &out)
    {
        return runCli(
            {QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("sheet"), id,
                QStringLiteral("--format"), format, QStringLiteral("--out"), out});
    }

    // The long-text sections of a sheet in form order, as the report titles them.
    static QList<const FieldSpec *> sections()
    {
        QList<const FieldSpec *> fields;
        for (const FieldSpec &field : Kinds::get(QStringLiteral("sheets")).fields) {
            if (field.type == FieldType::LongText && field.name != QLatin1String("review_notes"))
                fields << &field;
        }
        return fields;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is needed to read the PDF reports");
        m_db = path(QStringLiteral("coordinator.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("init"),
                            QStringLiteral("--coordinator")})
                     .exitCode,
            0);
    }

    void shouldPrintTheTitleAndEveryFilledSectionInFormOrder()
    {
        // GIVEN a sheet with every long-text section filled
        QMap<QString, QString> fields = {{QStringLiteral("title"), QStringLiteral("Safe nights")}};
        for (const FieldSpec *field : sections())
            fields.insert(field->name, QStringLiteral("The text of %1 is here.").arg(field->name));
        const QString id = addSheet(fields);
        QVERIFY(!id.isEmpty());
        // WHEN it is written as PDF
        const QString pdf = path(QStringLiteral("full.pdf"));
        const test::CliResult written = report(id, QStringLiteral("pdf"), pdf);
        QCOMPARE(written.exitCode, 0);
        // THEN the title, each heading and each text appear, in the order of the form
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Safe nights")), qPrintable(text));
        qsizetype previous = 0;
        for (const FieldSpec *field : sections()) {
            const QString heading = field->translatedLabel();
            const qsizetype at
                = text.indexOf(heading + QStringLiteral(" The text of ") + field->name);
            QVERIFY2(at > previous, qPrintable(field->name + QStringLiteral(": ") + text));
            previous = at;
        }
    }

    void shouldLeaveOutTheSectionsThatAreEmpty()
    {
        const QString id = addSheet({{QStringLiteral("title"), QStringLiteral("Short one")},
            {QStringLiteral("summary"), QStringLiteral("Only a summary.")}});
        const QString pdf = path(QStringLiteral("short.pdf"));
        QCOMPARE(report(id, QStringLiteral("pdf"), pdf).exitCode, 0);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Summary Only a summary.")));
        QVERIFY2(!text.contains(QStringLiteral("Objectives")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Lessons learned")));
        QVERIFY(!text.contains(QStringLiteral("Attachments")));
    }

    void shouldPrintTheSensitivityOnEveryPage_data()
    {
        QTest::addColumn<QString>("sensitivity");
        QTest::addColumn<QString>("label");
        QTest::newRow("restricted") << "restricted"
                                    << "Restricted — police only";
        QTest::newRow("partners") << "partners"
                                  << "Partners only";
        QTest::newRow("public") << "public" << QString();
    }

    void shouldPrintTheSensitivityOnEveryPage()
    {
        QFETCH(QString, sensitivity);
        QFETCH(QString, label);
        // GIVEN a sheet long enough for three pages or more
        QStringList paragraphs;
        for (int i = 1; i <= 70; ++i) {
            paragraphs << QStringLiteral("Paragraph %1 tells how the patrols met residents, "
                                         "venue staff and partners every week, and what came of "
                                         "it for the safety of the street at night.")
                              .arg(i);
        }
        const QString id = addSheet({{QStringLiteral("title"), QStringLiteral("Long sheet")},
            {QStringLiteral("sensitivity"), sensitivity},
            {QStringLiteral("actions"), paragraphs.join(QStringLiteral("\n\n"))}});
        const QString pdf = path(sensitivity + QStringLiteral(".pdf"));
        QCOMPARE(report(id, QStringLiteral("pdf"), pdf).exitCode, 0);
        const int pages = pdfPages(pdf);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        // THEN every page carries the label (or none, for a public sheet) and its number
        for (int page = 1; page <= pages; ++page) {
            const QString text = pdfText(pdf, page);
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                qPrintable(text));
            if (label.isEmpty()) {
                QVERIFY(!text.contains(QStringLiteral("Restricted")));
                QVERIFY(!text.contains(QStringLiteral("Partners only")));
            } else {
                QVERIFY2(text.contains(label), qPrintable(QStringLiteral("page %1").arg(page)));
            }
        }
        QVERIFY(pdfText(pdf).contains(QStringLiteral("Paragraph 70 tells")));
    }

    void shouldEscapeRawHtmlAndEmbedOnlyAttachmentImagesInTheHtmlPage()
    {
        // GIVEN a sheet whose text holds markup and an image attachment of its own
        const QString png = path(QStringLiteral("map.png"));
        QFile file(png);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(pngBytes()) > 0);
        file.close();
        const test::CliResult attached = runCli(
            {QStringLiteral("--db"), m_db, QStringLiteral("add"), QStringLiteral("attachments"),
                QStringLiteral("--set"), QStringLiteral("file=") + png});
        QCOMPARE(attached.exitCode, 0);
        const QString id = addSheet({{QStringLiteral("title"), QStringLiteral("Crime & <Safety>")},
            {QStringLiteral("attachments"), QString::fromUtf8(attached.out).trimmed()},
            {QStringLiteral("summary"),
                QStringLiteral("<script>alert(1)</script> <img src=\"file:///etc/hostname\"> "
                               "![map](attachment:%1) ![x](/dev/zero) "
                               "[passwd](file:///etc/passwd) [Efus](https://efus.eu)")
                    .arg(sha256(pngBytes()))}});
        // WHEN it is written as HTML
        const QString out = path(QStringLiteral("page.html"));
        QCOMPARE(report(id, QStringLiteral("html"), out).exitCode, 0);
        QFile page(out);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        // THEN the data shows as text, and the only sources are embedded images and web links
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        QVERIFY(html.contains(QStringLiteral("<h1>Crime &amp; &lt;Safety&gt;</h1>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("src=\"/")));
        QVERIFY(html.contains(QStringLiteral("<img src=\"data:image/png;base64,")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://efus.eu\">Efus</a>")));
        QVERIFY(html.contains(QStringLiteral("map.png")));
        const QRegularExpression tag(QStringLiteral("<[^>]*>"));
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const QString markup = it.next().captured();
            QVERIFY2(!markup.contains(QStringLiteral("file:")), qPrintable(markup));
            QVERIFY2(!markup.contains(QStringLiteral("/dev/zero")), qPrintable(markup));
        }
        // AND the PDF of the same sheet holds the image
        const QString pdf = path(QStringLiteral("image.pdf"));
        QCOMPARE(report(id, QStringLiteral("pdf"), pdf).exitCode, 0);
        QVERIFY(pdfText(pdf).contains(QStringLiteral("<script>alert(1)</script>")));
    }

    void shouldExitWithTheCodeOfTheMistake()
    {
        const QString id = addSheet({{QStringLiteral("title"), QStringLiteral("Codes")}});
        const QString out = path(QStringLiteral("codes.pdf"));
        QCOMPARE(report(QStringLiteral("00000000-0000-4000-8000-000000000000"),
                     QStringLiteral("pdf"), out)
                     .exitCode,
            3);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(report(id, QStringLiteral("docx"), out).exitCode, 2);
        QCOMPARE(
            report(id, QStringLiteral("pdf"), path(QStringLiteral("missing/dir/x.pdf"))).exitCode,
            1);
        QCOMPARE(
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("sheet"),
                       id, QStringLiteral("--format"), QStringLiteral("pdf")})
                .exitCode,
            2);
    }

    void shouldKeepOnlyAllowedImagesAndLinksInASafeTextDocument()
    {
        const QByteArray png = pngBytes();
        const QByteArray svg = "<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'/>";
        SafeTextDocument document;
        document.setAttachmentLoader([&](const QString &sha) {
            return sha == sha256(png) ? png : sha == sha256(svg) ? svg : QByteArray();
        });
        document.setSafeMarkdown(
            QStringLiteral("![ok](attachment:%1) ![vector](attachment:%2) "
                           "![unknown](attachment:%3) ![file](/etc/hostname) "
                           "[web](https://efus.eu) [local](file:///etc/passwd) "
                           "<b>raw</b>")
                .arg(sha256(png), sha256(svg), QString(64, QLatin1Char('0'))));
        const QString markdown = document.safeMarkdown();
        QVERIFY2(markdown.contains(QStringLiteral("(attachment:%1)").arg(sha256(png))),
            qPrintable(markdown));
        QVERIFY(!markdown.contains(QStringLiteral("/etc/")));
        QVERIFY(!markdown.contains(QStringLiteral("(attachment:%1)").arg(sha256(svg))));
        QVERIFY(markdown.contains(QStringLiteral("(https://efus.eu)")));
        const QString html
            = HtmlFragmentWriter(document, [](const QString &name) { return name; }).write();
        QVERIFY2(
            html.contains(QStringLiteral("<img src=\"attachment:%1\" alt=\"ok\"").arg(sha256(png))),
            qPrintable(html));
        QCOMPARE(html.count(QStringLiteral("<img")), 1);
        QVERIFY(html.contains(QStringLiteral("vector unknown file")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://efus.eu\">web</a> local")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;raw&lt;/b&gt;")));
        // Anything else asked of the document answers with nothing read from disk.
        const QImage refused = document
                                   .resource(QTextDocument::ImageResource,
                                       QUrl(QStringLiteral("file:///etc/hostname")))
                                   .value<QImage>();
        QCOMPARE(refused.size(), QSize(1, 1));
        QCOMPARE(document
                     .resource(QTextDocument::StyleSheetResource,
                         QUrl(QStringLiteral("file:///etc/hostname")))
                     .toByteArray(),
            QByteArray());
    }
};

QTEST_MAIN(TestSheetReport)
#include "tst_sheetreport.moc"
