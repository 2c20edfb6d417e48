// SPDX-License-Identifier: EUPL-1.2
#include "activitysummary.h"

#include "report/reportlanguage.h"
#include "store/database.h"

#include <QCollator>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace pactesur {

namespace {

QList<ActivitySummary::City> readCities(const Database &db)
{
    QList<ActivitySummary::City> cities;
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name FROM city WHERE deleted = 0")))
        return cities;
    while (query.next())
        cities.append({query.value(0).toString(), query.value(1).toString()});
    return cities;
}

QList<ActivitySummary::Theme> readThemes(const Database &db, const QString &language)
{
    QList<ActivitySummary::Theme> themes;
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT slug, name, labels FROM theme WHERE deleted = 0")))
        return themes;
    while (query.next()) {
        const QJsonObject labels
            = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        const QString label = labels.value(language).toString();
        themes.append(
            {query.value(0).toString(), label.isEmpty() ? query.value(1).toString() : label});
    }
    // Sheets per theme: originals only, so that a sheet in five languages counts once.
    QHash<QString, QPair<int, int>> sheets;
    if (query.exec(QStringLiteral(
            "SELECT j.value, count(*), sum(s.status IN ('validated', 'published')) "
            "FROM sheet AS s, json_each(CASE WHEN json_valid(s.themes) THEN s.themes "
            "ELSE '[]' END) AS j WHERE s.deleted = 0 AND s.translation_of IS NULL "
            "GROUP BY j.value"))) {
        while (query.next())
            sheets.insert(
                query.value(0).toString(), {query.value(1).toInt(), query.value(2).toInt()});
    }
    for (ActivitySummary::Theme &theme : themes) {
        theme.sheets = sheets.value(theme.slug).first;
        theme.sharedSheets = sheets.value(theme.slug).second;
    }
    return themes;
}

template<typename T, typename Key>
void sortByName(QList<T> &rows, const QLocale &locale, Key key)
{
    QCollator collator {locale};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(rows.begin(), rows.end(),
        [&](const T &a, const T &b) { return collator.compare(key(a), key(b)) < 0; });
}

} // namespace

ActivitySummary ActivitySummary::compute(
    const Database &db, const ActivityData &data, const ReportLanguage &language)
{
    ActivitySummary summary;
    const QLocale &locale = language.locale();
    summary.cities = readCities(db);
    sortByName(summary.cities, locale, [](const City &city) { return city.name; });
    summary.themes = readThemes(db, language.code());
    sortByName(summary.themes, locale, [](const Theme &theme) { return theme.label; });
    QHash<QString, qsizetype> cityAt;
    for (qsizetype i = 0; i < summary.cities.size(); ++i)
        cityAt.insert(summary.cities.at(i).id, i);
    QHash<QString, qsizetype> themeAt;
    for (qsizetype i = 0; i < summary.themes.size(); ++i)
        themeAt.insert(summary.themes.at(i).slug, i);
    Theme none {QString(), QString()};
    QHash<QString, Kind> kinds;
    QSet<QString> involved;

    for (const ActivityData::Activity &activity : data.activities) {
        ++summary.activities;
        summary.done += activity.status == QLatin1String("done");
        summary.planned += activity.status == QLatin1String("planned");
        summary.cancelled += activity.status == QLatin1String("cancelled");
        const qint64 participants = activity.participants().value_or(0);
        summary.participants += participants;
        if (const auto host = cityAt.constFind(activity.hostCityId); host != cityAt.constEnd()) {
            ++summary.cities[*host].hosted;
            involved.insert(activity.hostCityId);
        }
        for (const ActivityData::Participation &city : activity.participation) {
            summary.women += city.women.value_or(0);
            summary.officers += city.officers.value_or(0);
            involved.insert(city.cityId);
            const auto at = cityAt.constFind(city.cityId);
            if (at == cityAt.constEnd())
                continue;
            City &row = summary.cities[*at];
            ++row.attended;
            row.participants += city.participants;
            row.women += city.women.value_or(0);
            row.officers += city.officers.value_or(0);
        }
        const auto theme = themeAt.constFind(activity.theme);
        Theme &themeRow = theme == themeAt.constEnd() ? none : summary.themes[*theme];
        ++themeRow.activities;
        themeRow.participants += participants;
        Kind &kind = kinds[activity.kind];
        kind.kind = activity.kind;
        ++kind.activities;
        kind.participants += participants;
    }
    summary.citiesInvolved = int(involved.size());
    if (none.activities > 0)
        summary.themes << none;
    summary.kinds = kinds.values();
    sortByName(
        summary.kinds, locale, [&](const Kind &kind) { return language.choiceLabel(kind.kind); });
    std::stable_sort(summary.kinds.begin(), summary.kinds.end(),
        [](const Kind &a, const Kind &b) { return a.activities > b.activities; });
    return summary;
}

} // namespace pactesur
