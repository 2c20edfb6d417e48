// SPDX-License-Identifier: EUPL-1.2
// The mailbox commands of the CLI (issue 15): mailbox set|show, sync.
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "mailbox/mailboxsync.h"
#include "store/replica.h"
#include "trust/roster.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace pactesur::cli {

namespace {

// The password never comes from the command line (other users see it in ps): from the
// environment, or the first line of a file.
Result<QString> password(const Context &context)
{
    if (!context.args.passwordFile.isEmpty()) {
        QFile file(context.args.passwordFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error::failure(Cli::tr("Cannot read the password file %1.")
                                      .arg(context.args.passwordFile));
        return QString::fromUtf8(file.readLine(4096)).trimmed();
    }
    return qEnvironmentVariable("PACTESUR_MAILBOX_PASSWORD");
}

int mailboxShow(Context &context)
{
    const MailboxSettings settings = MailboxSettings::load(*context.db);
    const MailboxState state = MailboxState::load(*context.db);
    if (context.args.json) {
        QJsonObject imported;
        for (auto it = state.imported.begin(); it != state.imported.end(); ++it)
            imported.insert(it.key(), it.value());
        CliOutput::printJson(QJsonObject {{QStringLiteral("url"), settings.url},
            {QStringLiteral("user"), settings.user},
            {QStringLiteral("next_sequence"), state.nextSequence},
            {QStringLiteral("waiting_for_acks"), int(state.outgoing.size())},
            {QStringLiteral("imported"), imported},
            {QStringLiteral("last_round"), state.lastRound}});
        return 0;
    }
    if (!settings.isSet()) {
        CliOutput::out() << Cli::tr("No mailbox is set. Set one with: pactesur-cli mailbox set URL "
                                    "[--user USER]")
                         << Qt::endl;
        return 0;
    }
    CliOutput::out() << Cli::tr("Mailbox: %1").arg(settings.url) << Qt::endl;
    if (!settings.user.isEmpty())
        CliOutput::out() << Cli::tr("User: %1").arg(settings.user) << Qt::endl;
    CliOutput::out() << Cli::tr("Packages published: %1; still waiting for every recipient: %2")
                            .arg(state.nextSequence - 1)
                            .arg(state.outgoing.size())
                     << Qt::endl;
    const QString at = state.lastRound.value(QStringLiteral("at")).toString();
    CliOutput::out() << (at.isEmpty() ? Cli::tr("Never synced.")
                                      : Cli::tr("Last sync: %1").arg(at))
                     << Qt::endl;
    return 0;
}

} // namespace

int commandMailbox(Context &context)
{
    const QString synopsis = QStringLiteral("mailbox set URL [--user USER] | mailbox show [--json]");
    const QString action = context.args.positional.value(0);
    if (action == QLatin1String("show") && context.args.positional.size() == 1)
        return mailboxShow(context);
    if (action != QLatin1String("set") || context.args.positional.size() != 2)
        throw UsageError {Cli::tr("Usage: pactesur-cli %1").arg(synopsis)};
    MailboxSettings settings;
    settings.url = context.args.positional.at(1).trimmed();
    settings.user = context.args.user;
    if (Status status = MailboxSync::checkAddress(settings.url); !status)
        return fail(status.error());
    if (Status status = settings.save(*context.db); !status)
        return fail(status.error());
    CliOutput::out() << Cli::tr("Mailbox set: %1").arg(settings.url) << Qt::endl;
    return 0;
}

int commandSync(Context &context)
{
    expectPositional(context, 0, QStringLiteral("sync [--password-file FILE] [--json]"));
    const Result<QString> secret = password(context);
    if (!secret)
        return fail(secret.error());
    Result<std::unique_ptr<Transport>> transport
        = MailboxSync::transportFor(MailboxSettings::load(*context.db), secret.value());
    if (!transport)
        return fail(transport.error());
    const Result<SyncReport> report
        = MailboxSync::round(*context.db, *transport.value(), MailboxSync::Options {});
    if (!report)
        return fail(report.error());
    if (context.args.json) {
        CliOutput::printJson(report->toJson());
    } else {
        CliOutput::out() << Cli::tr("Sent %1, received %2, imported %3 package(s); %4 new "
                                    "conflict(s); %5 refused.")
                                .arg(report->sent)
                                .arg(report->received)
                                .arg(report->imported)
                                .arg(report->conflicts)
                                .arg(report->rejected)
                         << Qt::endl;
        for (const QString &line : report->refusals + report->waiting)
            CliOutput::out() << line << Qt::endl;
        for (const QString &error : report->errors)
            CliOutput::err() << error << Qt::endl;
    }
    if (!report->finished())
        return 1;
    return report->rejected > 0 ? 3 : 0;
}

} // namespace pactesur::cli
