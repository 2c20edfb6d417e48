// SPDX-License-Identifier: EUPL-1.2
#include "reportreaders.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace pactesur::test {

namespace {

const char kCsvScript[] = R"(import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.reader(f, strict=True))))
)";

const char kHtmlScript[] = R"(import json, sys
from html.parser import HTMLParser
class Tables(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tables, self.row, self.cell = [], None, None
    def handle_starttag(self, tag, attrs):
        if tag == 'table':
            self.tables.append([])
        elif tag == 'tr':
            self.row = []
        elif tag in ('td', 'th'):
            self.cell = ''
        elif tag == 'br' and self.cell is not None:
            self.cell += '\n'
    def handle_endtag(self, tag):
        if tag in ('td', 'th') and self.cell is not None:
            self.row.append(self.cell.strip())
            self.cell = None
        elif tag == 'tr' and self.row is not None:
            self.tables[-1].append(self.row)
            self.row = None
    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data
parser = Tables()
with open(sys.argv[1], encoding='utf-8') as f:
    parser.feed(f.read())
print(json.dumps(parser.tables))
)";

QJsonArray runPython(const char *script, const QString &path, QString *error)
{
    QProcess process;
    process.start(
        QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(script), path});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).array();
}

QStringList strings(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &value : array)
        list << value.toString();
    return list;
}

} // namespace

QList<QStringList> readCsv(const QString &path, QString *error)
{
    QList<QStringList> records;
    for (const QJsonValue &record : runPython(kCsvScript, path, error))
        records << strings(record.toArray());
    return records;
}

QList<QList<QStringList>> readHtmlTables(const QString &path, QString *error)
{
    QList<QList<QStringList>> tables;
    for (const QJsonValue &table : runPython(kHtmlScript, path, error)) {
        QList<QStringList> rows;
        for (const QJsonValue &row : table.toArray())
            rows << strings(row.toArray());
        tables << rows;
    }
    return tables;
}

QString pdfText(const QString &pdf, int page)
{
    QStringList arguments = {QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0) {
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    }
    arguments << pdf << QStringLiteral("-");
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

QStringList pdfLines(const QString &pdf, int page)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-layout"),
            QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
            QString::number(page), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .split(QLatin1Char('\n'));
}

int pdfPages(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdf});
    process.waitForFinished(30000);
    const QRegularExpression pages(
        QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    return pages.match(QString::fromUtf8(process.readAllStandardOutput())).captured(1).toInt();
}

bool hasTool(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

int checkIcs(const QString &ics, const QJsonArray &expected, QString *output)
{
    QTemporaryFile file;
    if (!file.open())
        return -1;
    file.write(QJsonDocument(expected).toJson());
    file.flush();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("node"),
        {QStringLiteral(PACTESUR_SOURCE_DIR "/tests/scripts/check_ics.js"),
            QStringLiteral(PACTESUR_NODE_PREFIX), ics, file.fileName()});
    if (!process.waitForFinished(60000))
        return -1;
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace pactesur::test
