// SPDX-License-Identifier: EUPL-1.2
// The shape of the practice-sheet form: its sections in the order a liaison fills them in,
// the fields of each, and the hint that says what to write in every field.
#include "sheetformspec.h"

#include "model/kinds.h"

#include <QLocale>

namespace pactesur {

namespace {

QList<SheetSection> buildSections()
{
    auto list = [](std::initializer_list<const char *> names) {
        QStringList fields;
        for (const char *name : names)
            fields << QString::fromLatin1(name);
        return fields;
    };
    return {
        {QStringLiteral("identity"), QT_TRANSLATE_NOOP("pactesur::SheetFormSpec", "Identity"),
            QT_TRANSLATE_NOOP("pactesur::SheetFormSpec",
                "What the practice is called, whose it is, when it ran and who may read it."),
            list({"title", "city", "language", "themes", "groups", "period_start", "period_end",
                "ongoing", "sensitivity"})},
        {QStringLiteral("context"),
            QT_TRANSLATE_NOOP("pactesur::SheetFormSpec", "Context and objectives"),
            QT_TRANSLATE_NOOP("pactesur::SheetFormSpec",
                "Why the practice was needed and what it set out to achieve."),
            list({"summary", "context", "objectives", "target_groups"})},
        {QStringLiteral("actions"),
            QT_TRANSLATE_NOOP("pactesur::SheetFormSpec", "Actions and partners"),
            QT_TRANSLATE_NOOP(
                "pactesur::SheetFormSpec", "What was done, with whom, and what it cost."),
            list({"actions", "partners", "budget"})},
        {QStringLiteral("results"),
            QT_TRANSLATE_NOOP("pactesur::SheetFormSpec", "Results and evaluation"),
            QT_TRANSLATE_NOOP("pactesur::SheetFormSpec", "What changed, and how you know."),
            list({"results", "evaluation"})},
        {QStringLiteral("transfer"),
            QT_TRANSLATE_NOOP("pactesur::SheetFormSpec", "Transferability and lessons"),
            QT_TRANSLATE_NOOP("pactesur::SheetFormSpec",
                "What another city needs to know to do the same, failures included."),
            list({"transferability", "lessons"})},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("pactesur::SheetFormSpec", "Contact"),
            QT_TRANSLATE_NOOP(
                "pactesur::SheetFormSpec", "The person partners can ask about this practice."),
            list({"contact"})},
        {QStringLiteral("attachments"), QT_TRANSLATE_NOOP("pactesur::SheetFormSpec", "Attachments"),
            QT_TRANSLATE_NOOP("pactesur::SheetFormSpec",
                "Photos, reports and other files; images can also be shown inside a text."),
            list({"attachments"})},
    };
}

struct Hint
{
    const char *field;
    const char *text;
};

// Placeholders say what a good answer contains, so a first-time liaison knows where to
// start; they disappear as soon as something is typed.
const Hint kHints[] = {
    {"title",
        QT_TRANSLATE_NOOP("pactesur::SheetFormSpec",
            "A short name that says what the practice does, e.g. “Night-time mediation in the "
            "old town”")},
    {"summary",
        QT_TRANSLATE_NOOP("pactesur::SheetFormSpec",
            "Three or four sentences for a busy reader: what was done, where, for whom, and "
            "with what result.")},
    {"context",
        QT_TRANSLATE_NOOP("pactesur::SheetFormSpec",
            "The local situation that called for this practice: the problem, where and when it "
            "occurs, who is affected. Figures help.")},
    {"objectives",
        QT_TRANSLATE_NOOP("pactesur::SheetFormSpec",
            "What the practice set out to change. One objective per list item, measurable "
            "where possible.")},
    {"target_groups",
        QT_TRANSLATE_NOOP("pactesur::SheetFormSpec",
            "Who the practice is for and who it reaches: residents, young people, night-time "
            "economy staff, officers…")},
    {"actions",
        QT_TRANSLATE_NOOP("pactesur::SheetFormSpec",
            "What was done, step by step: activities, staff involved, timing, tools and "
            "methods.")},
    {"partners",
        QT_TRANSLATE_NOOP("pactesur::SheetFormSpec",
            "Who took part and what each contributed: police services, city departments, "
            "associations, businesses, residents.")},
    {"budget",
        QT_TRANSLATE_NOOP("pactesur::SheetFormSpec",
            "Approximate cost and who paid: city budget, national or EU funding, in-kind "
            "contributions.")},
    {"results",
        QT_TRANSLATE_NOOP("pactesur::SheetFormSpec",
            "What changed, with indicators: figures before and after, outputs, feedback from "
            "residents or partners.")},
    {"evaluation",
        QT_TRANSLATE_NOOP("pactesur::SheetFormSpec",
            "How the results were assessed, by whom, and what the evaluation concluded.")},
    {"transferability",
        QT_TRANSLATE_NOOP("pactesur::SheetFormSpec",
            "What another city would need to do the same: conditions for success, resources, "
            "what can be adapted.")},
    {"lessons",
        QT_TRANSLATE_NOOP("pactesur::SheetFormSpec",
            "What you would do differently, what surprised you, advice for a city starting "
            "out. Failures are welcome.")},
    {"themes",
        QT_TRANSLATE_NOOP(
            "pactesur::SheetFormSpec", "Tick the project themes the practice contributes to.")},
    {"groups",
        QT_TRANSLATE_NOOP(
            "pactesur::SheetFormSpec", "The working groups that should read this sheet.")},
    {"sensitivity",
        QT_TRANSLATE_NOOP("pactesur::SheetFormSpec",
            "Public sheets may appear in the project's publication; “Partners only” stays "
            "within the partnership; “Police restricted” is shared with police services only.")},
    {"contact",
        QT_TRANSLATE_NOOP("pactesur::SheetFormSpec",
            "Choose a contact of your city; add them under Contacts first if they are "
            "missing.")},
    {"language",
        QT_TRANSLATE_NOOP("pactesur::SheetFormSpec", "The language this sheet is written in.")},
};

} // namespace

const QList<SheetSection> &SheetFormSpec::sections()
{
    static const QList<SheetSection> sections = buildSections();
    return sections;
}

QString SheetFormSpec::title(const SheetSection &section)
{
    return tr(section.title);
}

QString SheetFormSpec::intro(const SheetSection &section)
{
    return tr(section.intro);
}

QString SheetFormSpec::sectionOf(const QString &field)
{
    for (const SheetSection &section : sections()) {
        if (section.fields.contains(field))
            return section.key;
    }
    return {};
}

QStringList SheetFormSpec::formFields()
{
    QStringList fields;
    for (const SheetSection &section : sections())
        fields << section.fields;
    return fields;
}

QString SheetFormSpec::hint(const QString &field)
{
    for (const Hint &hint : kHints) {
        if (field == QLatin1String(hint.field))
            return tr(hint.text);
    }
    return {};
}

bool SheetFormSpec::isRichText(const QString &field)
{
    return spec(field).type == FieldType::LongText;
}

const FieldSpec &SheetFormSpec::spec(const QString &field)
{
    const FieldSpec *spec = Kinds::get(QStringLiteral("sheets")).field(field);
    Q_ASSERT(spec);
    return *spec;
}

QString SheetFormSpec::label(const QString &field)
{
    return spec(field).translatedLabel();
}

QString SheetFormSpec::labelList(const QStringList &fields)
{
    return QLocale().createSeparatedList(labels(fields));
}

QStringList SheetFormSpec::labels(const QStringList &fields)
{
    QStringList labels;
    for (const QString &field : fields) {
        const FieldSpec *spec = Kinds::get(QStringLiteral("sheets")).field(field);
        labels << (spec ? spec->translatedLabel() : field);
    }
    return labels;
}

} // namespace pactesur
