// SPDX-License-Identifier: EUPL-1.2
#include "reportcommands.h"

#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "report/activityreport.h"
#include "report/calendarreport.h"
#include "report/participationreport.h"
#include "report/publicationreport.h"
#include "report/reportlanguage.h"
#include "report/reportperiod.h"
#include "report/sheetcontent.h"
#include "report/sheetrenderer.h"
#include "report/sheetsreport.h"
#include "util/translations.h"

#include <QDir>
#include <QJsonObject>
#include <QRegularExpression>

#include <functional>

namespace pactesur {

using namespace cli;

namespace {

// What the command line asked for, checked.
struct ReportRequest
{
    QString id;
    QString format;
    QString path;
    ReportPeriod period;
    QString language;
};

// One kind of report: a name, whether it is about one record or covers a period, its
// formats and what writes it.
struct ReportKind
{
    const char *name;
    const char *summary; // for --help, translated when shown
    bool needsId;
    bool takesPeriod;
    bool takesLanguage; // --language: the language of every word the report writes
    QStringList formats;
    std::function<Status(Database &db, const ReportRequest &request)> write;
};

Status writeSheet(Database &db, const ReportRequest &request)
{
    Result<SheetContent> content = SheetContent::load(db, request.id, request.language);
    if (!content)
        return content.error();
    const SheetRenderer renderer(std::move(content).value());
    return request.format == QLatin1String("pdf") ? renderer.writePdf(request.path)
                                                  : renderer.writeHtml(request.path);
}

// A report class of issue 7, run in place.
template<typename Job, typename... Args>
Status writeJob(const ReportRequest &request, Database &db, Args &&...args)
{
    Job job(db, std::forward<Args>(args)...);
    return job.write(request.format, request.path);
}

const QList<ReportKind> &reportKinds()
{
    const QString pdf = QStringLiteral("pdf");
    const QString html = QStringLiteral("html");
    const QString csv = QStringLiteral("csv");
    // name, summary, needsId, takesPeriod, takesLanguage, formats, write
    static const QList<ReportKind> kinds = {
        {"sheet", QT_TRANSLATE_NOOP("pactesur::ReportCommands", "one practice sheet"), true, false,
            true, {pdf, html}, writeSheet},
        {"activity",
            QT_TRANSLATE_NOOP(
                "pactesur::ReportCommands", "activities of a period, per city and per theme"),
            false, true, true, {pdf, html, csv},
            [](Database &db, const ReportRequest &request) {
                return writeJob<ActivityReport>(request, db, request.period, request.language);
            }},
        {"participation",
            QT_TRANSLATE_NOOP("pactesur::ReportCommands",
                "participation per activity and city, without personal data"),
            false, true, true, {csv},
            [](Database &db, const ReportRequest &request) {
                return writeJob<ParticipationReport>(request, db, request.period, request.language);
            }},
        {"calendar",
            QT_TRANSLATE_NOOP(
                "pactesur::ReportCommands", "activities as an iCalendar file for calendar apps"),
            false, true, true, {QStringLiteral("ics")},
            [](Database &db, const ReportRequest &request) {
                return writeJob<CalendarReport>(request, db, request.period, request.language);
            }},
        {"publication",
            QT_TRANSLATE_NOOP("pactesur::ReportCommands",
                "booklet of the validated public practice sheets, by theme"),
            false, false, true, {pdf},
            [](Database &db, const ReportRequest &request) {
                return writeJob<PublicationReport>(request, db, request.language);
            }},
        {"sheets", QT_TRANSLATE_NOOP("pactesur::ReportCommands", "list of the practice sheets"),
            false, false, true, {csv},
            [](Database &db, const ReportRequest &request) {
                return writeJob<SheetsReport>(request, db, request.language);
            }},
    };
    return kinds;
}

QString synopsis(const ReportKind &kind)
{
    QString options;
    if (kind.takesPeriod)
        options += QStringLiteral(" [--from DATE] [--to DATE]");
    if (kind.takesLanguage)
        options += QStringLiteral(" [--language LL]");
    return QStringLiteral("report %1%2 --format %3 --out FILE%4")
        .arg(QString::fromLatin1(kind.name), kind.needsId ? QStringLiteral(" ID") : QString(),
            kind.formats.join(QLatin1Char('|')), options);
}

QDate dateOption(const QString &option, const QString &text)
{
    if (text.isEmpty())
        return {};
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || !pattern.match(text).hasMatch()) {
        throw UsageError {
            ReportCommands::tr("%1 takes a date as YYYY-MM-DD, not “%2”.").arg(option, text)};
    }
    return date;
}

// The checked request; throws UsageError for options that do not fit.
ReportRequest checkedRequest(const Context &context, const ReportKind &kind)
{
    const Invocation &args = context.args;
    ReportRequest request {args.positional.value(1), args.format, args.out, {}, args.language};
    const QString name = QString::fromLatin1(kind.name);
    if (!kind.takesPeriod && (!args.from.isEmpty() || !args.to.isEmpty())) {
        throw UsageError {
            ReportCommands::tr("The %1 report covers no period: leave out --from and --to.")
                .arg(name)};
    }
    const QDate from = dateOption(QStringLiteral("--from"), args.from);
    const QDate to = dateOption(QStringLiteral("--to"), args.to);
    if (from.isValid() && to.isValid() && to < from) {
        throw UsageError {ReportCommands::tr("The period ends (%1) before it starts (%2).")
                              .arg(args.to, args.from)};
    }
    if (kind.takesPeriod)
        request.period = ReportPeriod::resolve(*context.db, from, to);
    if (!args.language.isEmpty() && !ReportLanguage::isKnown(args.language)) {
        QStringList codes;
        for (const UiLanguage &language : Translations::languages())
            codes << language.code;
        throw UsageError {ReportCommands::tr("There is no language “%1”; the languages are: %2.")
                              .arg(args.language, codes.join(QStringLiteral(", ")))};
    }
    return request;
}

} // namespace

void ReportCommands::registerWithCli()
{
    QStringList names;
    for (const ReportKind &kind : reportKinds())
        names << QString::fromLatin1(kind.name);
    Cli::addCommand(
        {QStringLiteral("report"), false, &ReportCommands::help, &ReportCommands::run, names});
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
    const ReportRequest checked = checkedRequest(context, *kind);
    // The report carries its language; the CLI's own messages stay in the user's.
    const QString path = checked.path;
    if (Status status = kind->write(*context.db, checked); !status)
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
