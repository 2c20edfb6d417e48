// SPDX-License-Identifier: EUPL-1.2
#include "clicontext.h"

#include "cli/cli.h"
#include "cli/clioutput.h"

namespace pactesur::cli {

int fail(const Error &error)
{
    CliOutput::err() << QStringLiteral("pactesur-cli: ") << error.message << Qt::endl;
    return int(error.code);
}

int usageError(const QString &message)
{
    return fail({Error::Usage,
        message + QLatin1Char(' ') + Cli::tr("Run pactesur-cli --help for the commands.")});
}

Invocation parse(const QStringList &arguments)
{
    Invocation args;
    args.databasePath = Database::defaultPath();
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        auto next = [&]() -> QString {
            if (i + 1 >= arguments.size())
                throw UsageError {Cli::tr("The option %1 needs a value.").arg(argument)};
            return arguments.at(++i);
        };
        if (argument == QLatin1String("--db")) {
            args.databasePath = next();
        } else if (argument == QLatin1String("--json")) {
            args.json = true;
        } else if (argument == QLatin1String("--set")) {
            const QString assignment = next();
            const qsizetype equals = assignment.indexOf(QLatin1Char('='));
            if (equals <= 0)
                throw UsageError {Cli::tr("--set takes FIELD=VALUE, not “%1”.").arg(assignment)};
            args.sets.insert(assignment.left(equals), assignment.mid(equals + 1));
        } else if (argument == QLatin1String("--city")) {
            args.city = next();
        } else if (argument == QLatin1String("--coordinator")) {
            args.coordinator = true;
        } else if (argument == QLatin1String("--replica-id")) {
            args.replicaId = next();
        } else if (argument == QLatin1String("--scale")) {
            args.scale = next();
        } else if (argument == QLatin1String("--seed")) {
            args.seed = next();
        } else if (argument == QLatin1String("--out")) {
            args.out = next();
        } else if (argument == QLatin1String("--format")) {
            args.format = next();
        } else if (argument == QLatin1String("--from")) {
            args.from = next();
        } else if (argument == QLatin1String("--to")) {
            args.to = next();
        } else if (argument == QLatin1String("--language")) {
            args.language = next();
        } else if (argument == QLatin1String("--full")) {
            args.full = true;
        } else if (argument == QLatin1String("--for")) {
            args.forPeer = next();
        } else if (argument == QLatin1String("--dry-run")) {
            args.dryRun = true;
        } else if (argument == QLatin1String("--fingerprint")) {
            args.fingerprint = next();
        } else if (argument == QLatin1String("--user")) {
            args.user = next();
        } else if (argument == QLatin1String("--password-file")) {
            args.passwordFile = next();
        } else if (argument == QLatin1String("--keep")) {
            args.keep = next();
        } else if (argument == QLatin1String("--value")) {
            args.value = next();
            args.hasValue = true;
        } else if (argument.startsWith(QLatin1String("--")) && argument.size() > 2) {
            throw UsageError {Cli::tr("Unknown option %1.").arg(argument)};
        } else if (args.command.isEmpty()) {
            args.command = argument;
        } else {
            args.positional << argument;
        }
    }
    return args;
}

void expectPositional(const Context &context, int count, const QString &synopsis)
{
    if (context.args.positional.size() != count)
        throw UsageError {Cli::tr("Usage: pactesur-cli %1").arg(synopsis)};
}

const KindSpec &kindArgument(const Context &context)
{
    const QString name = context.args.positional.value(0);
    if (const KindSpec *kind = Kinds::find(name))
        return *kind;
    throw UsageError {Cli::tr("Unknown kind “%1”; the kinds are: %2.")
                          .arg(name, Kinds::names().join(QStringLiteral(", ")))};
}

} // namespace pactesur::cli
