// SPDX-License-Identifier: EUPL-1.2
#include "reportfixture.h"

#include "model/kinds.h"

namespace pactesur::test {

QString ReportFixture::add(const QString &kind, const TextValues &values, const QString &name)
{
    RecordStore store(db);
    Result<QString> id = store.create(Kinds::get(kind), values);
    if (!id)
        qFatal("%s: %s", qPrintable(kind), qPrintable(id.error().message));
    if (!name.isEmpty())
        ids.insert(name, id.value());
    return id.value();
}

QString ReportFixture::addSheet(const QString &name, TextValues values)
{
    const TextValues complete = {{QStringLiteral("city"), QStringLiteral("vilnius")},
        {QStringLiteral("language"), QStringLiteral("en")},
        {QStringLiteral("themes"), QStringLiteral("safe_nightlife")},
        {QStringLiteral("period_start"), QStringLiteral("2024-01-01")},
        {QStringLiteral("summary"), QStringLiteral("What was done.")},
        {QStringLiteral("context"), QStringLiteral("Why.")},
        {QStringLiteral("objectives"), QStringLiteral("To be safer.")},
        {QStringLiteral("actions"), QStringLiteral("Patrols.")},
        {QStringLiteral("results"), QStringLiteral("Fewer incidents.")},
        {QStringLiteral("transferability"), QStringLiteral("Anywhere.")},
        {QStringLiteral("status"), QStringLiteral("validated")},
        {QStringLiteral("sensitivity"), QStringLiteral("public")}};
    for (auto it = complete.cbegin(); it != complete.cend(); ++it) {
        if (!values.contains(it.key()))
            values.insert(it.key(), it.value());
    }
    return add(QStringLiteral("sheets"), values, name);
}

void ReportFixture::build()
{
    // GIVEN working groups on two themes, activities in and out of the project's period
    // (the seed adds three of its own), participation, and a contact: personal data
    const QString night = add(QStringLiteral("groups"),
        {{QStringLiteral("name"), QStringLiteral("Night-time economy")},
            {QStringLiteral("theme"), QStringLiteral("safe_nightlife")}});
    const QString crisis = add(QStringLiteral("groups"),
        {{QStringLiteral("name"), QStringLiteral("Crisis")},
            {QStringLiteral("theme"), QStringLiteral("crisis_management")}});
    const QString a1 = add(QStringLiteral("activities"),
        {{QStringLiteral("kind"), QStringLiteral("workshop")}, {QStringLiteral("title"), kTitleA1},
            {QStringLiteral("start"), QStringLiteral("2024-03-12")},
            {QStringLiteral("end"), QStringLiteral("2024-03-14")},
            {QStringLiteral("host_city"), QStringLiteral("riga")},
            {QStringLiteral("place"), QStringLiteral("City Hall; Brīvības iela 49")},
            {QStringLiteral("group"), night}, {QStringLiteral("status"), QStringLiteral("done")},
            {QStringLiteral("description"), kDescriptionA1}},
        QStringLiteral("a1"));
    const QString a2 = add(QStringLiteral("activities"),
        {{QStringLiteral("kind"), QStringLiteral("police_staff_exchange")},
            {QStringLiteral("title"), kTitleA2},
            {QStringLiteral("start"), QStringLiteral("2024-06-03")},
            {QStringLiteral("end"), QStringLiteral("2024-06-07")},
            {QStringLiteral("host_city"), QStringLiteral("vilnius")},
            {QStringLiteral("group"), crisis},
            {QStringLiteral("description"), QStringLiteral("Back\\slash; semi")}},
        QStringLiteral("a2"));
    add(QStringLiteral("activities"),
        {{QStringLiteral("kind"), QStringLiteral("webinar")},
            {QStringLiteral("title"), QStringLiteral("Cancelled webinar")},
            {QStringLiteral("start"), QStringLiteral("2025-01-20")},
            {QStringLiteral("status"), QStringLiteral("cancelled")}},
        QStringLiteral("a3"));
    add(QStringLiteral("activities"),
        {{QStringLiteral("kind"), QStringLiteral("meeting")},
            {QStringLiteral("title"), QStringLiteral("Meeting before the project")},
            {QStringLiteral("start"), QStringLiteral("2022-05-01")}},
        QStringLiteral("a4"));
    const QList<QStringList> participation = {{a1, QStringLiteral("riga"), "10", "4", "6"},
        {a1, QStringLiteral("vilnius"), "5", "2", "3"}, {a1, QStringLiteral("nice"), "3", "", ""},
        {a2, QStringLiteral("vilnius"), "8", "3", "8"},
        {a2, QStringLiteral("riga"), "7", "1", "7"}};
    for (const QStringList &row : participation) {
        TextValues values = {{QStringLiteral("activity"), row.at(0)},
            {QStringLiteral("city"), row.at(1)}, {QStringLiteral("participants"), row.at(2)}};
        if (!row.at(3).isEmpty()) {
            values.insert(QStringLiteral("women"), row.at(3));
            values.insert(QStringLiteral("officers"), row.at(4));
        }
        add(QStringLiteral("participation"), values);
    }
    add(QStringLiteral("contacts"),
        {{QStringLiteral("name"), QStringLiteral("Ona Personalaitė")},
            {QStringLiteral("email"), QStringLiteral("ona.personal@vilnius.example")},
            {QStringLiteral("city"), QStringLiteral("vilnius")}});

    // AND practice sheets of every status, sensitivity and language
    const QString mediators = addSheet(QStringLiteral("mediators"),
        {{QStringLiteral("title"), QStringLiteral("Street mediators at night")},
            {QStringLiteral("summary"), QStringLiteral("Line one, \"two\"\nLine three")}});
    addSheet(QStringLiteral("mediators-fr"),
        {{QStringLiteral("title"), QStringLiteral("Médiateurs de rue la nuit")},
            {QStringLiteral("language"), QStringLiteral("fr")},
            {QStringLiteral("translation_of"), mediators}});
    const QString courtyards = addSheet(QStringLiteral("courtyards"),
        {{QStringLiteral("title"), QStringLiteral("Saugūs kiemai")},
            {QStringLiteral("language"), QStringLiteral("lt")},
            {QStringLiteral("themes"), QStringLiteral("crisis_management")},
            {QStringLiteral("status"), QStringLiteral("published")}});
    addSheet(QStringLiteral("courtyards-en"),
        {{QStringLiteral("title"), QStringLiteral("Safe courtyards")},
            {QStringLiteral("translation_of"), courtyards},
            {QStringLiteral("themes"), QStringLiteral("crisis_management")}});
    addSheet(QStringLiteral("tallinn"),
        {{QStringLiteral("title"), QStringLiteral("Turvaline ööelu Tallinnas")},
            {QStringLiteral("city"), QStringLiteral("tallinn")},
            {QStringLiteral("language"), QStringLiteral("et")},
            {QStringLiteral("themes"), QStringLiteral("tourism_security")}});
    const QString secret = addSheet(QStringLiteral("restricted"),
        {{QStringLiteral("title"), QStringLiteral("SECRET-RESTRICTED undercover rota")},
            {QStringLiteral("sensitivity"), QStringLiteral("restricted")}});
    // A translation marked public does not make its restricted original public.
    addSheet(QStringLiteral("restricted-fr"),
        {{QStringLiteral("title"), QStringLiteral("SECRET-TRANSLATED rota")},
            {QStringLiteral("language"), QStringLiteral("fr")},
            {QStringLiteral("translation_of"), secret}});
    addSheet(QStringLiteral("partners"),
        {{QStringLiteral("title"), QStringLiteral("PARTNERS-ONLY joint handbook")},
            {QStringLiteral("sensitivity"), QStringLiteral("partners")}});
    addSheet(QStringLiteral("draft"),
        {{QStringLiteral("title"), QStringLiteral("DRAFT-PUBLIC unfinished idea")},
            {QStringLiteral("status"), QStringLiteral("draft")}});
}

} // namespace pactesur::test
