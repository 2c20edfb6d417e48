// SPDX-License-Identifier: EUPL-1.2
// The per-city numbers the dashboard shows, named once for the table, the map and the
// lists they open: what each is called, what it means and where its figure lives.
#include "dashboardindicators.h"

#include "dashboardformat.h"
#include "model/kinds.h"

namespace pactesur {

QList<CityIndicator> DashboardIndicators::forCities()
{
    const QString activities = tr("Activities");
    const QString officers = tr("Officers exchanged");
    const QString sheets = Kinds::get(QStringLiteral("sheets")).translatedPluralLabel();
    QList<CityIndicator> list;
    list.append({QStringLiteral("hosted"), tr("Activities hosted"), tr("Hosted"), activities,
        tr("Activities the city hosts or hosted; cancelled ones are not counted."),
        [](const QString &city) { return tr("Activities hosted by %1").arg(city); },
        [](const CityFigures &c) -> const Figure & { return c.hosted; }});
    list.append({QStringLiteral("attended"), tr("Activities attended"), tr("Attended"), activities,
        tr("Activities hosted by another city, or online, in which the city's participation "
           "is recorded."),
        [](const QString &city) { return tr("Activities attended by %1").arg(city); },
        [](const CityFigures &c) -> const Figure & { return c.attended; }});
    list.append({QStringLiteral("officers_sent"), tr("Officers sent"), tr("Sent"), officers,
        tr("Officers of the city recorded in police staff exchanges hosted by another city."),
        [](const QString &city) {
            return tr("Officers sent by %1 to police staff exchanges").arg(city);
        },
        [](const CityFigures &c) -> const Figure & { return c.officersSent; }});
    list.append(
        {QStringLiteral("officers_received"), tr("Officers received"), tr("Received"), officers,
            tr("Officers of other cities recorded in police staff exchanges that the city hosted."),
            [](const QString &city) {
                return tr("Officers received by %1 in police staff exchanges").arg(city);
            },
            [](const CityFigures &c) -> const Figure & { return c.officersReceived; }});
    CityIndicator allSheets {QStringLiteral("sheets"), sheets, sheets, {},
        tr("Practice sheets of the city, whatever their status; a translation is not counted "
           "as another sheet."),
        [](const QString &city) { return tr("Practice sheets of %1").arg(city); },
        [](const CityFigures &c) -> const Figure & { return c.sheetsTotal; }};
    allSheets.inTable = false;
    list.append(allSheets);
    const QStringList statuses = DashboardStats::sheetStatuses();
    for (int i = 0; i < statuses.size(); ++i) {
        const QString status = Kinds::choiceLabel(statuses.at(i));
        CityIndicator indicator {QStringLiteral("sheets_") + statuses.at(i),
            tr("Practice sheets: %1").arg(status), status, sheets,
            tr("Practice sheets of the city with the status “%1”; a translation is not counted "
               "as another sheet.")
                .arg(status),
            [status](
                const QString &city) { return tr("Practice sheets of %1: %2").arg(city, status); },
            [i](const CityFigures &c) -> const Figure & { return c.sheets.at(i); }};
        indicator.onMap = false;
        list.append(indicator);
    }
    list.append({QStringLiteral("groups"), tr("Working groups"), tr("Working groups"), {},
        tr("Working groups the city is a member of."),
        [](const QString &city) { return tr("Working groups of %1").arg(city); },
        [](const CityFigures &c) -> const Figure & { return c.groups; }});
    list.append(
        {QStringLiteral("contacts_due"), tr("Contacts to review"), tr("Contacts to review"), {},
            tr("Contacts of the city whose review date has passed: check that they are still "
               "needed and correct."),
            [](const QString &city) { return tr("Contacts of %1 due for review").arg(city); },
            [](const CityFigures &c) -> const Figure & { return c.contactsDue; }});
    return list;
}

QList<CityIndicator> DashboardIndicators::forMap()
{
    QList<CityIndicator> list = forCities();
    list.removeIf([](const CityIndicator &indicator) { return !indicator.onMap; });
    return list;
}

QString DashboardIndicators::cityToolTip(const CityFigures &city)
{
    QStringList lines;
    lines << tr("%1 (%2), %3", "city name, country code, role")
                 .arg(city.name, city.country, Kinds::choiceLabel(city.role));
    for (const CityIndicator &indicator : forMap())
        lines << valueText(indicator, city);
    if (city.lastActivity.isValid()) {
        lines << tr("Latest activity: %1, %2")
                     .arg(dashboardformat::mediumDate(city.lastActivity.date),
                         city.lastActivity.title);
    }
    lines << tr("Click to see the records behind the chosen number.");
    return lines.join(QLatin1Char('\n'));
}

QString DashboardIndicators::valueText(const CityIndicator &indicator, const CityFigures &city)
{
    return tr("%1: %2", "indicator, value")
        .arg(indicator.name, dashboardformat::number(indicator.figure(city).value));
}

} // namespace pactesur
