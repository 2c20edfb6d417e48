// SPDX-License-Identifier: EUPL-1.2
#include "reportcommands.h"

#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "report/sheetcontent.h"
#include "report/sheetrenderer.h"

#include <QDir>
#include <QJsonObject>

#include <functional>

namespace pactesur {

using namespace cli;

namespace {

// One kind of report. Issue 7 adds rows (activity, participation, calendar, publication,
// sheets): a name, whether it is about one record, its formats and what writes it.
struct ReportKind
{
    const char *name;
    const char *summary; // for --help, translated when shown
    bool needsId;
    QStringList formats;
    std::function<Status(
        Database &db, const QString &id, const QString &format, const QString &path)>
        write;
};

Status writeSheet(Database &db, const QString &id, const QString &format, const QString &path)
{
    Result<SheetContent> content = SheetContent::load(db, id);
    if (!content)
        return content.error();
    const SheetRenderer renderer(std::move(content).value());
    return format == QLatin1String("pdf") ? renderer.writePdf(path) : renderer.writeHtml(path);
}

const QList<ReportKind> &reportKinds()
{
    static const QList<ReportKind> kinds = {
        {"sheet", QT_TRANSLATE_NOOP("pactesur::ReportCommands", "one practice sheet"), true,
            {QStringLiteral("pdf"), QStringLiteral("html")}, writeSheet},
    };
    return kinds;
}

QString synopsis(const ReportKind &kind)
{
    return QStringLiteral("report %1%2 --format %3 --out FILE")
        .arg(QString::fromLatin1(kind.name), kind.needsId ? QStringLiteral(" ID") : QString(),
            kind.formats.join(QLatin1Char('|')));
}

} // namespace

void ReportCommands::registerWithCli()
{
    Cli::addCommand({QStringLiteral("report"), false, &ReportCommands::help, &ReportCommands::run});
}

QString ReportCommands::help()
{
    QStringList lines;
    for (const ReportKind &kind : reportKinds()) {
        lines << QStringLiteral("  %1   %2").arg(synopsis(kind), tr(kind.summary));
    }
    return lines.join(QLatin1Char('\n'));
}

int ReportCommands::run(Context &context)
{
    const QString name = context.args.positional.value(0);
    const ReportKind *kind = nullptr;
    QStringList names;
    for (const ReportKind &candidate : reportKinds()) {
        names << QString::fromLatin1(candidate.name);
        if (name == QLatin1String(candidate.name))
            kind = &candidate;
    }
    if (!kind) {
        throw UsageError {tr("Unknown report “%1”; the reports are: %2.")
                              .arg(name, names.join(QStringLiteral(", ")))};
    }
    expectPositional(context, kind->needsId ? 2 : 1, synopsis(*kind));
    if (context.args.out.isEmpty() || context.args.format.isEmpty())
        throw UsageError {Cli::tr("Usage: pactesur-cli %1").arg(synopsis(*kind))};
    if (!kind->formats.contains(context.args.format)) {
        throw UsageError {
            tr("The %1 report is written as %2, not “%3”.")
                .arg(name, kind->formats.join(QStringLiteral(", ")), context.args.format)};
    }
    const QString path = context.args.out;
    if (Status status
        = kind->write(*context.db, context.args.positional.value(1), context.args.format, path);
        !status)
        return fail(status.error());
    if (context.args.json) {
        CliOutput::printJson(QJsonObject {
            {QStringLiteral("path"), path}, {QStringLiteral("format"), context.args.format}});
    } else {
        CliOutput::out() << tr("Wrote the report to %1.").arg(QDir::toNativeSeparators(path))
                         << Qt::endl;
    }
    return 0;
}

} // namespace pactesur
