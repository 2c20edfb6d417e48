// SPDX-License-Identifier: EUPL-1.2
#include "cli.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "search/searcher.h"
#include "seed/generator.h"
#include "seed/seeder.h"
#include "store/checker.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "util/translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <functional>
#include <memory>

namespace pactesur {

using namespace cli;

namespace {

Status openDatabase(Context &context, bool writes)
{
    Database::Options options;
    if (const QByteArray now = qgetenv("PACTESUR_NOW"); !now.isEmpty()) {
        // Tests pin the clock so that timestamps, and so digests, are reproducible.
        context.fixedClock = std::make_unique<FixedClock>(
            QDateTime::fromString(QString::fromLatin1(now), Qt::ISODate));
        options.clock = context.fixedClock.get();
    }
    const bool firstStart = !QFileInfo::exists(context.args.databasePath);
    options.takeLock = writes || firstStart;
    Result<std::unique_ptr<Database>> db = Database::open(context.args.databasePath, options);
    if (!db)
        return db.error();
    context.db = std::move(db.value());
    if (options.takeLock) {
        if (Result<int> seeded = Seeder::seed(*context.db); !seeded)
            return seeded.error();
    }
    return {};
}

int commandInit(Context &context)
{
    expectPositional(context, 0, QStringLiteral("init [--coordinator | --city SLUG]"));
    if (context.args.coordinator == !context.args.city.isEmpty())
        throw UsageError {Cli::tr("init needs either --coordinator or --city SLUG.")};
    const QString role
        = context.args.coordinator ? QStringLiteral("coordinator") : QStringLiteral("liaison");
    Result<Identity> identity
        = Replica::initialise(*context.db, role, context.args.city, context.args.replicaId);
    if (!identity)
        return fail(identity.error());
    if (context.args.json) {
        CliOutput::printJson(QJsonObject {{QStringLiteral("database"), context.db->path()},
            {QStringLiteral("replica"), identity->replicaId},
            {QStringLiteral("role"), identity->role},
            {QStringLiteral("city"), identity->citySlug}});
    } else {
        CliOutput::out() << Cli::tr("The database %1 is ready; this replica acts as: %2.")
                                .arg(QDir::toNativeSeparators(context.db->path()),
                                    identity->describe())
                         << Qt::endl;
    }
    return 0;
}

int commandWhoami(Context &context)
{
    expectPositional(context, 0, QStringLiteral("whoami [--json]"));
    const Identity identity = Replica::load(*context.db);
    if (context.args.json) {
        CliOutput::printJson(QJsonObject {{QStringLiteral("database"), context.db->path()},
            {QStringLiteral("replica"),
                identity.isSet() ? QJsonValue(identity.replicaId) : QJsonValue()},
            {QStringLiteral("role"), identity.isSet() ? QJsonValue(identity.role) : QJsonValue()},
            {QStringLiteral("city"),
                identity.citySlug.isEmpty() ? QJsonValue() : QJsonValue(identity.citySlug)},
            {QStringLiteral("schema_version"), context.db->schemaVersion()}});
    } else {
        CliOutput::out()
            << identity.describe() << Qt::endl
            << Cli::tr("Database: %1").arg(QDir::toNativeSeparators(context.db->path()))
            << Qt::endl;
        if (identity.isSet())
            CliOutput::out() << Cli::tr("Replica: %1").arg(identity.replicaId) << Qt::endl;
    }
    return 0;
}

int commandList(Context &context)
{
    expectPositional(context, 1, QStringLiteral("list KIND [--json]"));
    const KindSpec &kind = kindArgument(context);
    const RecordStore store(*context.db);
    const QList<Record> records = store.list(kind);
    if (context.args.json) {
        QJsonArray array;
        for (const Record &record : records)
            array.append(CliOutput::toJson(kind, record));
        CliOutput::printJson(array);
    } else {
        for (const Record &record : records)
            CliOutput::out() << CliOutput::listLine(store, kind, record) << Qt::endl;
    }
    return 0;
}

int commandShow(Context &context)
{
    expectPositional(context, 2, QStringLiteral("show KIND ID [--json]"));
    const KindSpec &kind = kindArgument(context);
    const RecordStore store(*context.db);
    Result<QString> id = store.resolveId(kind, context.args.positional.at(1));
    if (!id)
        return fail(id.error());
    const Record record = *store.get(kind, id.value());
    if (context.args.json)
        CliOutput::printJson(CliOutput::toJson(kind, record));
    else
        CliOutput::out() << CliOutput::details(store, kind, record) << Qt::endl;
    return 0;
}

int commandAdd(Context &context)
{
    expectPositional(context, 1, QStringLiteral("add KIND --set FIELD=VALUE... [--json]"));
    const KindSpec &kind = kindArgument(context);
    RecordStore store(*context.db);
    Result<QString> id = Error::rejected(QString());
    if (kind.name == QLatin1String("attachments")) {
        // An attachment is a file: --set file=PATH [--set file_name=NAME].
        TextValues sets = context.args.sets;
        const QString path = sets.take(QStringLiteral("file"));
        const QString name = sets.take(QStringLiteral("file_name"));
        if (path.isEmpty() || !sets.isEmpty())
            throw UsageError {Cli::tr(
                "Usage: pactesur-cli add attachments --set file=PATH [--set file_name=NAME]")};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::rejected(Cli::tr("Cannot read the file %1.").arg(path)));
        if (file.size() > RecordStore::kMaxAttachmentBytes)
            return fail(store
                            .addAttachment(QFileInfo(path).fileName(),
                                QByteArray(RecordStore::kMaxAttachmentBytes + 1, 0))
                            .error());
        id = store.addAttachment(
            name.isEmpty() ? QFileInfo(path).fileName() : name, file.readAll());
    } else {
        if (context.args.sets.isEmpty())
            throw UsageError {Cli::tr("add needs at least one --set FIELD=VALUE.")};
        id = store.create(kind, context.args.sets);
    }
    if (!id)
        return fail(id.error());
    if (context.args.json)
        CliOutput::printJson(QJsonObject {{QStringLiteral("id"), id.value()}});
    else
        CliOutput::out() << id.value() << Qt::endl;
    return 0;
}

int commandEdit(Context &context)
{
    expectPositional(context, 2, QStringLiteral("edit KIND ID --set FIELD=VALUE..."));
    const KindSpec &kind = kindArgument(context);
    if (context.args.sets.isEmpty())
        throw UsageError {Cli::tr("edit needs at least one --set FIELD=VALUE.")};
    RecordStore store(*context.db);
    Result<QString> id = store.resolveId(kind, context.args.positional.at(1));
    if (!id)
        return fail(id.error());
    if (Status status = store.update(kind, id.value(), context.args.sets); !status)
        return fail(status.error());
    return 0;
}

int commandRemove(Context &context)
{
    expectPositional(context, 2, QStringLiteral("rm KIND ID"));
    const KindSpec &kind = kindArgument(context);
    RecordStore store(*context.db);
    Result<QString> id = store.resolveId(kind, context.args.positional.at(1));
    if (!id)
        return fail(id.error());
    if (Status status = store.remove(kind, id.value()); !status)
        return fail(status.error());
    return 0;
}

int commandSearch(Context &context)
{
    if (context.args.positional.isEmpty())
        throw UsageError {
            Cli::tr("Usage: pactesur-cli %1").arg(QStringLiteral("search TEXT [--json]"))};
    const QList<SearchHit> hits
        = Searcher(*context.db).search(context.args.positional.join(QLatin1Char(' ')));
    if (context.args.json) {
        QJsonArray array;
        for (const SearchHit &hit : hits) {
            array.append(QJsonObject {{QStringLiteral("kind"), hit.kind},
                {QStringLiteral("id"), hit.id}, {QStringLiteral("title"), hit.title}});
        }
        CliOutput::printJson(array);
    } else {
        for (const SearchHit &hit : hits)
            CliOutput::out() << hit.kind << '\t' << hit.id << '\t' << hit.title << Qt::endl;
    }
    return 0;
}

int commandCheck(Context &context)
{
    expectPositional(context, 0, QStringLiteral("check [--json]"));
    const CheckReport report = Checker::check(*context.db);
    if (context.args.json) {
        CliOutput::printJson(QJsonObject {{QStringLiteral("ok"), report.ok},
            {QStringLiteral("state_digest"), report.stateDigest},
            {QStringLiteral("schema_version"), context.db->schemaVersion()},
            {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)}});
    } else {
        for (const QString &problem : report.problems)
            CliOutput::out() << problem << Qt::endl;
        CliOutput::out() << (report.ok ? Cli::tr("The database is in good order.")
                                       : Cli::tr("The database has problems."))
                         << Qt::endl
                         << Cli::tr("State digest: %1").arg(report.stateDigest) << Qt::endl;
    }
    return report.ok ? 0 : 1;
}

int commandGenerate(Context &context)
{
    const QString usage = QStringLiteral("generate --scale small|network|network4 [--seed N]");
    expectPositional(context, 0, usage);
    const std::optional<Generator::Scale> scale = Generator::scaleFromName(context.args.scale);
    bool seedOk = true;
    const quint32 seed = context.args.seed.isEmpty() ? 1 : context.args.seed.toUInt(&seedOk);
    if (!scale || !seedOk)
        throw UsageError {Cli::tr("Usage: pactesur-cli %1").arg(usage)};
    Result<GeneratedCounts> counts = Generator::generate(*context.db, *scale, seed);
    if (!counts)
        return fail(counts.error());
    if (context.args.json) {
        CliOutput::printJson(QJsonObject {{QStringLiteral("cities"), counts->cities},
            {QStringLiteral("groups"), counts->groups},
            {QStringLiteral("memberships"), counts->memberships},
            {QStringLiteral("activities"), counts->activities},
            {QStringLiteral("participation"), counts->participation},
            {QStringLiteral("sheets"), counts->sheets},
            {QStringLiteral("sheet_history"), counts->sheetHistory},
            {QStringLiteral("attachments"), counts->attachments},
            {QStringLiteral("contacts"), counts->contacts}});
    } else {
        CliOutput::out() << Cli::tr("Generated %n record(s).", nullptr, counts->total())
                         << Qt::endl;
    }
    return 0;
}

struct Command
{
    const char *name;
    bool writes;
    std::function<int(Context &)> run;
};

const Command kCommands[] = {
    {"init", true, commandInit},
    {"whoami", false, commandWhoami},
    {"list", false, commandList},
    {"show", false, commandShow},
    {"add", true, commandAdd},
    {"edit", true, commandEdit},
    {"rm", true, commandRemove},
    {"search", false, commandSearch},
    {"check", false, commandCheck},
    {"generate", true, commandGenerate},
    {"export", true, commandExport},
    {"import", true, commandImport},
    {"resolve", true, commandResolve},
    {"keys", true, commandKeys},
    {"mailbox", true, commandMailbox},
    {"sync", true, commandSync},
};

QList<Cli::ExtraCommand> &addedCommands()
{
    static QList<Cli::ExtraCommand> commands;
    return commands;
}

} // namespace

void Cli::addCommand(ExtraCommand command)
{
    addedCommands().append(std::move(command));
}

QString Cli::usage()
{
    QString added;
    for (const ExtraCommand &command : addedCommands())
        added += QLatin1Char('\n') + command.help();
    if (!added.isEmpty())
        added.prepend(QStringLiteral("\n\n") + tr("Further commands:"));
    return tr("Usage: pactesur-cli [--db FILE] COMMAND [options]\n"
              "\n"
              "Commands:\n"
              "  init [--coordinator | --city SLUG]   create the database and choose the role\n"
              "  whoami [--json]                      show this replica's role\n"
              "  list KIND [--json]                   list the records of a kind\n"
              "  show KIND ID [--json]                show one record\n"
              "  add KIND --set FIELD=VALUE... [--json]\n"
              "  edit KIND ID --set FIELD=VALUE...\n"
              "  rm KIND ID\n"
              "  search TEXT [--json]\n"
              "  check [--json]                       integrity, schema and state digest\n"
              "  export --out FILE [--full | --for PEER] [--to SLUG|coordinator|all]\n"
              "                                       write a signed, sealed exchange package\n"
              "  import FILE [--dry-run] [--json]     merge a package (backup first)\n"
              "  resolve CONFLICT_ID (--keep VALUE_ID | --value TEXT)\n"
              "  keys show|list [--json]              this replica's fingerprint; the roster\n"
              "  keys export --out FILE               write this replica's identity card\n"
              "  keys trust CARD [--fingerprint FP]   enrol a card after comparing fingerprints\n"
              "  keys revoke REPLICA                  withdraw trust in a replica's keys\n"
              "  mailbox set URL [--user USER]        the WebDAV mailbox or folder to sync through\n"
              "  mailbox show [--json]                the mailbox and what it holds for us\n"
              "  sync [--password-file FILE] [--json] one round of automatic exchange\n"
              "                                       (or the password in PACTESUR_MAILBOX_PASSWORD)\n"
              "  generate --scale small|network|network4 [--seed N]\n"
              "                                       add synthetic records\n"
              "\n"
              "Kinds: %1\n"
              "The database is %2 unless --db or PACTESUR_DB says otherwise.\n"
              "Exit codes: 0 done, 1 failure (for sync: the mailbox could not be reached or the round\n"
              "did not finish), 2 usage error, 3 input rejected (nothing changed; for sync: packages\n"
              "refused).")
               .arg(Kinds::names().join(QStringLiteral(", ")),
                   QDir::toNativeSeparators(Database::defaultPath()))
        + added;
}

namespace {

// The words of shell completion come from the program itself: the commands it runs, the
// options its help names, so a new one is offered without touching the completion script.
int printCompletion(const QStringList &arguments)
{
    CompletionWords words;
    for (const Command &command : kCommands)
        words.commands << QString::fromLatin1(command.name);
    for (const Cli::ExtraCommand &command : addedCommands()) {
        words.commands << command.name;
        words.firstArguments.insert(command.name, command.firstArguments);
    }
    words.firstArguments.insert(QStringLiteral("keys"),
        {QStringLiteral("show"), QStringLiteral("list"), QStringLiteral("export"),
            QStringLiteral("trust"), QStringLiteral("revoke")});
    words.firstArguments.insert(
        QStringLiteral("mailbox"), {QStringLiteral("set"), QStringLiteral("show")});
    static const QRegularExpression option(QStringLiteral("--[a-z][a-z-]*[a-z]"));
    for (QRegularExpressionMatchIterator it = option.globalMatch(Cli::usage()); it.hasNext();)
        words.options << it.next().captured();
    words.options << QStringLiteral("--help") << QStringLiteral("--version");
    words.options.removeDuplicates();
    return commandCompletion(arguments, words);
}

} // namespace

int Cli::run(const QStringList &arguments)
{
    Translations::install(Translations::systemLanguage());
    if (arguments.value(0) == QLatin1String("completion"))
        return printCompletion(arguments);
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        CliOutput::out() << usage() << Qt::endl;
        return 0;
    }
    if (arguments.contains(QStringLiteral("--version"))) {
        CliOutput::out() << QStringLiteral("pactesur-cli ")
                         << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    try {
        Context context;
        context.args = parse(arguments);
        if (context.args.command.isEmpty())
            throw UsageError {tr("No command given.")};
        for (const Command &command : kCommands) {
            if (context.args.command != QLatin1String(command.name))
                continue;
            if (Status status = openDatabase(context, command.writes); !status)
                return fail(status.error());
            return command.run(context);
        }
        for (const ExtraCommand &command : addedCommands()) {
            if (context.args.command != command.name)
                continue;
            if (Status status = openDatabase(context, command.writes); !status)
                return fail(status.error());
            return command.run(context);
        }
        throw UsageError {tr("Unknown command “%1”.").arg(context.args.command)};
    } catch (const UsageError &error) {
        return usageError(error.message);
    }
}

} // namespace pactesur
