// SPDX-License-Identifier: EUPL-1.2
// The exchange commands of the CLI: export, import, resolve.
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "exchange/exporter.h"
#include "exchange/importer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace pactesur::cli {

int commandExport(Context &context)
{
    const QString synopsis
        = QStringLiteral("export --out FILE [--full | --for PEER] [--to SLUG|coordinator|all]");
    expectPositional(context, 0, synopsis);
    if (context.args.out.isEmpty() || context.args.full == !context.args.forPeer.isEmpty())
        throw UsageError {Cli::tr("Usage: pactesur-cli %1").arg(synopsis)};
    Exporter::Options options;
    options.peer = context.args.forPeer;
    options.to = context.args.to;
    Result<ExportSummary> summary = Exporter::exportTo(*context.db, context.args.out, options);
    if (!summary)
        return fail(summary.error());
    if (context.args.json) {
        QJsonObject counts;
        for (auto it = summary->counts.begin(); it != summary->counts.end(); ++it)
            counts.insert(it.key(), it.value());
        CliOutput::printJson(QJsonObject {{QStringLiteral("path"), summary->path},
            {QStringLiteral("kind"), summary->kind}, {QStringLiteral("records"), summary->total()},
            {QStringLiteral("counts"), counts}});
    } else {
        CliOutput::out() << Cli::tr("Wrote %n record(s) to %1.", nullptr, summary->total())
                                .arg(QDir::toNativeSeparators(summary->path))
                         << Qt::endl;
    }
    return 0;
}

int commandImport(Context &context)
{
    expectPositional(context, 1, QStringLiteral("import FILE [--dry-run] [--json]"));
    Importer::Options options;
    options.dryRun = context.args.dryRun;
    Result<ImportReport> report
        = Importer::run(*context.db, context.args.positional.at(0), options);
    if (!report)
        return fail(report.error());
    // Nothing but refusals: the package as a whole is rejected (exit 3, nothing changed).
    const bool allRefused = !report->rejected.isEmpty() && report->created + report->updated == 0;
    if (context.args.json) {
        QJsonArray rejected;
        for (const Rejection &rejection : report->rejected) {
            rejected.append(QJsonObject {{QStringLiteral("kind"), rejection.kind},
                {QStringLiteral("id"), rejection.id},
                {QStringLiteral("reason"), rejection.reason}});
        }
        CliOutput::printJson(QJsonObject {{QStringLiteral("new"), report->created},
            {QStringLiteral("updated"), report->updated},
            {QStringLiteral("unchanged"), report->unchanged},
            {QStringLiteral("conflicts"), report->conflicts},
            {QStringLiteral("rejected"), int(report->rejected.size())},
            {QStringLiteral("rejected_records"), rejected},
            {QStringLiteral("notices"), QJsonArray::fromStringList(report->notices)},
            {QStringLiteral("applied"), report->applied},
            {QStringLiteral("sender"), report->manifest.senderReplica}});
    } else {
        CliOutput::out() << Cli::tr(
            "New: %1, updated: %2, unchanged: %3, conflicts: %4, rejected: %5.")
                                .arg(report->created)
                                .arg(report->updated)
                                .arg(report->unchanged)
                                .arg(report->conflicts)
                                .arg(report->rejected.size())
                         << Qt::endl;
        for (const Rejection &rejection : report->rejected)
            CliOutput::out() << rejection.kind << '\t' << rejection.id << '\t' << rejection.reason
                             << Qt::endl;
        for (const QString &notice : report->notices)
            CliOutput::out() << notice << Qt::endl;
        if (context.args.dryRun)
            CliOutput::out() << Cli::tr("Dry run: nothing was changed.") << Qt::endl;
    }
    if (allRefused) {
        return fail(Error::rejected(Cli::tr("Every change in the package was refused: %1")
                                        .arg(report->rejected.first().reason)));
    }
    return 0;
}

int commandResolve(Context &context)
{
    const QString synopsis = QStringLiteral("resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)");
    expectPositional(context, 1, synopsis);
    if (context.args.keep.isEmpty() == !context.args.hasValue)
        throw UsageError {Cli::tr("Usage: pactesur-cli %1").arg(synopsis)};
    RecordStore store(*context.db);
    if (Status status = store.resolveConflict(
            context.args.positional.at(0), context.args.keep, context.args.value);
        !status)
        return fail(status.error());
    return 0;
}

} // namespace pactesur::cli
