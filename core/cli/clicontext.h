// SPDX-License-Identifier: EUPL-1.2
// What every CLI command receives: the parsed arguments and the open database, plus the
// helpers that turn mistakes into exit codes.
#pragma once

#include "store/database.h"
#include "store/recordstore.h"

#include <QHash>

#include <memory>

namespace pactesur::cli {

struct Invocation
{
    QString databasePath;
    bool json = false;
    QString command;
    QStringList positional;
    TextValues sets;
    QString city;
    bool coordinator = false;
    QString replicaId;
    QString scale;
    QString seed;
    QString out;
    QString format; // report --format
    QString from; // report --from: a period's first day (YYYY-MM-DD)
    QString to; // report --to: its last day
    QString language; // report --language: the document's language
    bool full = false;
    QString forPeer;
    bool dryRun = false;
    QString keep;
    QString value;
    bool hasValue = false;
    QString fingerprint; // keys trust --fingerprint
    QString user; // mailbox set --user
    QString passwordFile; // sync --password-file
};

// Thrown for usage mistakes: exit code 2.
class UsageError
{
public:
    QString message;
};

struct Context
{
    Invocation args;
    std::unique_ptr<FixedClock> fixedClock;
    std::unique_ptr<Database> db;
};

Invocation parse(const QStringList &arguments);
int fail(const Error &error);
int usageError(const QString &message);
void expectPositional(const Context &context, int count, const QString &synopsis);
const KindSpec &kindArgument(const Context &context);

int commandExport(Context &context);
int commandImport(Context &context);
int commandResolve(Context &context);
int commandKeys(Context &context);
int commandMailbox(Context &context);
int commandSync(Context &context);

// What `pactesur-cli completion` offers that only Cli knows: its commands, the options its
// help names, and the first argument of commands that take a word (keys show, report sheet).
struct CompletionWords
{
    QStringList commands;
    QStringList options;
    QHash<QString, QStringList> firstArguments;
};
int commandCompletion(const QStringList &arguments, const CompletionWords &words);

} // namespace pactesur::cli
