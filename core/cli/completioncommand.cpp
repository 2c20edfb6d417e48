// SPDX-License-Identifier: EUPL-1.2
// `pactesur-cli completion WHAT`: the words a shell may complete, printed one a line, so
// that the bash completion script asks the program instead of keeping a copy that drifts.
// Hidden from --help: it is for the completion script, not for people.
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "model/kinds.h"
#include "util/translations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pactesur::cli {

namespace {

// The commands whose first argument is a kind of record.
const QStringList kKindCommands = {QStringLiteral("list"), QStringLiteral("show"),
    QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("rm")};

// The seeded cities' slugs: completion must not open (or create, or lock) a database.
QStringList seededCitySlugs()
{
    QFile file(QStringLiteral(":/pactesur/seed/cities.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList slugs;
    const QJsonArray cities = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &city : cities)
        slugs << city.toObject().value(QStringLiteral("slug")).toString();
    return slugs;
}

// Fields a person may give with --set: what core computes is not accepted from input.
QStringList settableFields(const QString &kindName)
{
    const KindSpec *kind = Kinds::find(kindName);
    if (!kind || !kind->writable)
        return {};
    if (kind->name == QLatin1String("attachments"))
        return {QStringLiteral("file"), QStringLiteral("file_name")};
    QStringList names;
    for (const FieldSpec &field : kind->fields) {
        if (!field.computed)
            names << field.name;
    }
    return names;
}

QStringList choices(const QString &kindName, const QString &fieldName)
{
    const KindSpec *kind = Kinds::find(kindName);
    const FieldSpec *field = kind ? kind->field(fieldName) : nullptr;
    if (!field)
        return {};
    if (field->type == FieldType::CityRef)
        return seededCitySlugs();
    if (field->type == FieldType::Boolean)
        return {QStringLiteral("true"), QStringLiteral("false")};
    return field->choices;
}

} // namespace

int commandCompletion(const QStringList &arguments, const CompletionWords &words)
{
    // arguments: "completion" WHAT [ARG...]
    const QString what = arguments.value(1);
    QStringList out;
    if (what == QLatin1String("commands"))
        out = words.commands;
    else if (what == QLatin1String("options"))
        out = words.options;
    else if (what == QLatin1String("kinds"))
        out = Kinds::names();
    else if (what == QLatin1String("languages")) {
        for (const UiLanguage &language : Translations::languages())
            out << language.code;
    } else if (what == QLatin1String("cities"))
        out = seededCitySlugs();
    else if (what == QLatin1String("fields"))
        out = settableFields(arguments.value(2));
    else if (what == QLatin1String("values"))
        out = choices(arguments.value(2), arguments.value(3));
    else if (what == QLatin1String("words")) {
        // The first argument after a command: a kind, a subcommand, a report.
        const QString command = arguments.value(2);
        out = kKindCommands.contains(command) ? Kinds::names() : words.firstArguments.value(command);
    } else {
        return usageError(Cli::tr("Usage: pactesur-cli %1")
                              .arg(QStringLiteral("completion commands|options|kinds|languages|cities|"
                                                  "fields KIND|values KIND FIELD|words COMMAND")));
    }
    for (const QString &word : std::as_const(out))
        CliOutput::out() << word << Qt::endl;
    return 0;
}

} // namespace pactesur::cli
