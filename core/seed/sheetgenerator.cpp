// SPDX-License-Identifier: EUPL-1.2
// Internal to Generator: practice sheets that went through the review workflow. Each has
// the status history of its path (every step one SheetWorkflow allows the coordinator),
// the fields its status requires, the review notes of its last round of changes, and its
// field history as the writes of that path left it; translations of reviewed sheets name
// the source revision they were made from, and some sources changed since.
#include "seed/generatorsteps.h"

#include "sheets/sheettranslations.h"
#include "sheets/sheetworkflow.h"
#include "util/uuid.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>

namespace pactesur::generation {

namespace {

const QString kDraft = QStringLiteral("draft");
const QString kSubmitted = QStringLiteral("submitted");
const QString kChangesRequested = QStringLiteral("changes_requested");
const QString kValidated = QStringLiteral("validated");
const QString kPublished = QStringLiteral("published");

struct StatusShare
{
    const char *status;
    int weight; // percent
};

const StatusShare kOriginalStatuses[] = {{"draft", 20}, {"submitted", 15},
    {"changes_requested", 10}, {"validated", 25}, {"published", 30}};
const StatusShare kTranslationStatuses[]
    = {{"draft", 40}, {"submitted", 20}, {"validated", 15}, {"published", 25}};
// Translations of a validated or published sheet: none, one, two, three.
const int kTranslationsPerSource[] = {55, 30, 12, 3};
const int kSensitivities[] = {30, 55, 15}; // public, partners, restricted
const char *const kSensitivityNames[] = {"public", "partners", "restricted"};
const char *const kLanguages[]
    = {"en", "fr", "nl", "it", "es", "ca", "pt", "pl", "el", "hu", "sk", "lv", "lt", "et"};

struct TextField
{
    const char *name;
    int words;
};

// The translatable long texts, with their usual length.
const TextField kTexts[] = {{"summary", 40}, {"context", 60}, {"objectives", 30},
    {"target_groups", 15}, {"actions", 60}, {"partners", 15}, {"budget", 12}, {"results", 30},
    {"evaluation", 25}, {"transferability", 25}, {"lessons", 25}};

struct Step
{
    QString from; // empty for the first
    QString to;
    GeneratedWrite write; // of the history row
};

// A sheet and its history, written once its whole path is known.
struct PlannedSheet
{
    QString id = uuid::create();
    QString city;
    QVariantMap values;
    GeneratedWrite created;
    QHash<QString, GeneratedWrite> later; // fields a later write set last
    QList<Step> steps;
    int validatedDay = 0; // days ago it was first validated, 0 if never
    int lastDay = 0; // days ago of its latest write
};

template<size_t N>
QString pickStatus(Random &random, const StatusShare (&shares)[N])
{
    return QString::fromLatin1(random.byWeight(shares).status);
}

// The path from draft to `status`. A third of the reviewed sheets went through a round
// of changes; a few published ones were withdrawn to validated again.
QStringList pathTo(Random &random, const QString &status)
{
    QStringList path = {kDraft};
    if (status == kDraft)
        return path;
    path << kSubmitted;
    const bool round = status == kChangesRequested || random.percent(30);
    if (round)
        path << kChangesRequested;
    if (status == kChangesRequested)
        return path;
    if (round)
        path << kSubmitted;
    if (status == kSubmitted)
        return path;
    path << kValidated;
    if (status == kValidated) {
        if (random.percent(5))
            path << kPublished << kValidated;
        return path;
    }
    return path << kPublished;
}

QString reviewNotes(Random &random)
{
    const QStringList fields = {QStringLiteral("summary"), QStringLiteral("actions"),
        QStringLiteral("results"), QStringLiteral("transferability")};
    const QJsonObject notes
        = {{QStringLiteral("general"), random.words(12)}, {random.pick(fields), random.words(8)}};
    return QString::fromUtf8(QJsonDocument(notes).toJson(QJsonDocument::Compact));
}

// Moves `sheet` along `path` from `day` days ago, a few days a step: each step writes
// the status (with the review notes when changes are requested) and its history row; the
// city reworks the texts before submitting again.
void walk(Context &context, PlannedSheet &sheet, const QStringList &path, int day)
{
    Random &random = context.random;
    sheet.values.insert(QStringLiteral("status"), path.first());
    sheet.steps << Step {QString(), path.first(), context.rows.next(sheet.created.at)};
    for (int i = 1; i < path.size(); ++i) {
        const QString &from = path.at(i - 1);
        const QString &to = path.at(i);
        day -= random.between(2, 20);
        if (from == kChangesRequested && to == kSubmitted) {
            const GeneratedWrite rework = context.rows.next(context.daysAgo(day + 1));
            for (const char *field : {"summary", "actions"}) {
                sheet.values.insert(QString::fromLatin1(field), random.words(50));
                sheet.later.insert(QString::fromLatin1(field), rework);
            }
        }
        const QString at = context.daysAgo(day);
        const GeneratedWrite status = context.rows.next(at);
        sheet.later.insert(QStringLiteral("status"), status);
        sheet.values.insert(QStringLiteral("status"), to);
        if (to == kChangesRequested) {
            sheet.values.insert(QStringLiteral("review_notes"), reviewNotes(random));
            sheet.later.insert(QStringLiteral("review_notes"), status);
        }
        if (to == kValidated && sheet.validatedDay == 0)
            sheet.validatedDay = day;
        sheet.steps << Step {from, to, context.rows.next(at)};
    }
    sheet.lastDay = day;
}

// The long texts: all the required ones (and most others) for a sheet that goes to
// review, about half of them for one that stays a draft.
void fillTexts(Random &random, QVariantMap &values, bool complete, const QVariantMap &source = {})
{
    const QStringList required = SheetWorkflow::fieldsRequiredToSubmit();
    for (const TextField &text : kTexts) {
        const QString name = QString::fromLatin1(text.name);
        if (!source.isEmpty() && !source.contains(name))
            continue; // a translation translates what the source has
        const bool fill
            = complete ? required.contains(name) || random.percent(70) : random.percent(50);
        if (fill)
            values.insert(name, random.words(text.words));
    }
}

PlannedSheet newOriginal(Context &context, const City &city, bool complete, int day)
{
    Random &random = context.random;
    PlannedSheet sheet;
    sheet.city = city.id;
    sheet.created = context.rows.next(context.daysAgo(day));
    QVariantMap &values = sheet.values;
    values = {{QStringLiteral("title"), random.words(5)}, {QStringLiteral("city"), city.id},
        {QStringLiteral("language"), random.percent(75) ? city.language : QStringLiteral("en")},
        {QStringLiteral("sensitivity"),
            QString::fromLatin1(kSensitivityNames[random.weighted(kSensitivities)])}};
    if (complete || random.percent(50))
        values.insert(QStringLiteral("themes"),
            storedList(random.sample(themeSlugs(), random.between(1, 3))));
    if (complete || random.percent(50)) {
        const QDate start = QDate(2019, 1, 1).addDays(random.below(6 * 365));
        values.insert(QStringLiteral("period_start"), start.toString(Qt::ISODate));
        if (random.percent(60))
            values.insert(QStringLiteral("period_end"),
                start.addMonths(random.between(6, 36)).toString(Qt::ISODate));
        else
            values.insert(QStringLiteral("ongoing"), 1);
    }
    if (!context.groups.isEmpty() && random.percent(20))
        values.insert(QStringLiteral("groups"), storedList({random.pick(context.groups)}));
    const QStringList contacts = context.contactsByCity.value(city.id);
    if (complete && !contacts.isEmpty() && random.percent(30))
        values.insert(QStringLiteral("contact"), random.pick(contacts));
    if (complete && !context.attachments.isEmpty() && random.percent(12))
        values.insert(QStringLiteral("attachments"),
            storedList(random.sample(context.attachments, random.between(1, 2))));
    fillTexts(random, values, complete);
    return sheet;
}

// The revision of `source` as a translator made at that time saw it ("replica:counter"
// of each translatable field it has).
QString revisionOf(const Context &context, const PlannedSheet &source)
{
    QJsonObject revision;
    for (const QString &field : SheetTranslations::translatableFields()) {
        if (!source.values.contains(field))
            continue;
        const GeneratedWrite write = source.later.value(field, source.created);
        revision.insert(
            field, context.rows.replicaId() + QLatin1Char(':') + QString::number(write.counter));
    }
    return QString::fromUtf8(QJsonDocument(revision).toJson(QJsonDocument::Compact));
}

PlannedSheet newTranslation(
    Context &context, const PlannedSheet &source, const QString &language, int day)
{
    Random &random = context.random;
    const QString status = pickStatus(random, kTranslationStatuses);
    const QStringList path = pathTo(random, status);
    PlannedSheet sheet;
    sheet.city = source.city;
    sheet.created = context.rows.next(context.daysAgo(day));
    // What does not depend on the language is copied, as SheetTranslations does.
    for (const char *name : {"city", "themes", "groups", "sensitivity", "period_start",
             "period_end", "ongoing", "contact"}) {
        const QString field = QString::fromLatin1(name);
        if (source.values.contains(field))
            sheet.values.insert(field, source.values.value(field));
    }
    sheet.values.insert(QStringLiteral("title"), random.words(5));
    sheet.values.insert(QStringLiteral("language"), language);
    sheet.values.insert(QStringLiteral("translation_of"), source.id);
    sheet.values.insert(QStringLiteral("source_revision"), revisionOf(context, source));
    fillTexts(random, sheet.values, path.size() > 1, source.values);
    walk(context, sheet, path, day);
    return sheet;
}

Status write(Context &context, const PlannedSheet &sheet)
{
    const KindSpec &sheets = Kinds::get(QStringLiteral("sheets"));
    const KindSpec &history = Kinds::get(QStringLiteral("sheet_history"));
    if (Status status = context.rows.insert(
            sheets, sheet.id, sheet.city, sheet.values, sheet.created, sheet.later);
        !status)
        return status;
    ++context.counts.sheets;
    for (int i = 0; i < sheet.steps.size(); ++i) {
        const Step &step = sheet.steps.at(i);
        QVariantMap values = {{QStringLiteral("sheet"), sheet.id},
            {QStringLiteral("to_status"), step.to}, {QStringLiteral("sequence"), i + 1}};
        if (!step.from.isEmpty())
            values.insert(QStringLiteral("from_status"), step.from);
        // Written by the coordinator's replica, which owns what it writes here.
        if (Status status = context.rows.insert(
                history, uuid::create(), QStringLiteral("coordinator"), values, step.write);
            !status)
            return status;
        ++context.counts.sheetHistory;
    }
    return {};
}

} // namespace

Status addSheets(Context &context)
{
    Random &random = context.random;
    QStringList languages;
    for (const char *language : kLanguages)
        languages << QString::fromLatin1(language);
    while (context.counts.sheets < context.plan.sheets) {
        const City &city = context.cities.at(random.below(int(context.cities.size())));
        const QString status = pickStatus(random, kOriginalStatuses);
        const QStringList path = pathTo(random, status);
        // Histories end well before now, translations and later edits included.
        const int start = 300 + random.below(700);
        PlannedSheet source = newOriginal(context, city, path.size() > 1, start);
        walk(context, source, path, start);

        QList<PlannedSheet> translations;
        if (source.validatedDay > 0) {
            const int wanted = std::min(random.weighted(kTranslationsPerSource),
                context.plan.sheets - context.counts.sheets - 1);
            QStringList others = languages;
            others.removeAll(source.values.value(QStringLiteral("language")).toString());
            for (const QString &language : random.sample(others, wanted)) {
                translations << newTranslation(
                    context, source, language, source.validatedDay - random.between(1, 15));
            }
        }
        // A quarter of the translated sources were corrected afterwards: their
        // translations are outdated in the summary.
        if (!translations.isEmpty() && random.percent(25)) {
            int earliest = source.lastDay; // after every write so far
            for (const PlannedSheet &translation : std::as_const(translations))
                earliest = std::min(earliest, translation.lastDay);
            const int day = std::max(1, earliest - random.between(1, 10));
            source.values.insert(QStringLiteral("summary"), random.words(40));
            source.later.insert(QStringLiteral("summary"), context.rows.next(context.daysAgo(day)));
        }
        if (Status status = write(context, source); !status)
            return status;
        for (const PlannedSheet &translation : std::as_const(translations)) {
            if (Status status = write(context, translation); !status)
                return status;
        }
    }
    return {};
}

} // namespace pactesur::generation
