// SPDX-License-Identifier: EUPL-1.2
// Turns stored values into the text a list shows: city and theme names, choice labels,
// language codes, numbers in the user's locale.
#include "valueformatter.h"

#include "store/database.h"
#include "util/translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

namespace pactesur {

namespace {

// Lists are stored as JSON arrays; a hand-made comma list is read too rather than shown raw.
QStringList listItems(const QString &stored)
{
    const QJsonDocument document = QJsonDocument::fromJson(stored.toUtf8());
    if (!document.isArray())
        return stored.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList items;
    const QJsonArray array = document.array();
    for (const QJsonValue &value : array)
        items << value.toString();
    return items;
}

} // namespace

void ValueFormatter::load(const Database &database, const QList<const FieldSpec *> &fields)
{
    clear();
    bool needCities = false;
    bool needThemes = false;
    for (const FieldSpec *field : fields) {
        needCities = needCities || field->type == FieldType::CityRef;
        needThemes = needThemes || field->type == FieldType::ThemeList
            || field->type == FieldType::ThemeRef;
    }
    // Tombstoned rows are read too, so an old reference still shows a name.
    QSqlQuery query(database.sql());
    if (needCities && query.exec(QStringLiteral("SELECT id, name FROM city"))) {
        while (query.next())
            m_cityNames.insert(query.value(0).toString(), query.value(1).toString());
    }
    if (needThemes && query.exec(QStringLiteral("SELECT slug, name, labels FROM theme"))) {
        while (query.next()) {
            const QJsonObject labels
                = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
            m_themes.insert(query.value(0).toString(), {query.value(1).toString(), labels});
        }
    }
}

void ValueFormatter::clear()
{
    m_cityNames.clear();
    m_themes.clear();
}

QString ValueFormatter::displayText(const FieldSpec &field, const QVariant &stored) const
{
    if (stored.isNull())
        return {};
    const QString text = stored.toString();
    switch (field.type) {
    case FieldType::Choice:
        return Kinds::choiceLabel(text);
    case FieldType::CityRef:
        return m_cityNames.value(text, text);
    case FieldType::ThemeRef:
        return themeName(text);
    case FieldType::ThemeList: {
        QStringList names;
        const QStringList slugs = listItems(text);
        for (const QString &slug : slugs)
            names << themeName(slug);
        return names.join(QStringLiteral(", "));
    }
    case FieldType::Language:
        return text.toUpper();
    case FieldType::LanguageList:
        return listItems(text).join(QStringLiteral(", ")).toUpper();
    case FieldType::RefList:
        return tr("%n record(s)", nullptr, int(listItems(text).size()));
    case FieldType::Boolean:
        return stored.toBool() ? tr("Yes") : tr("No");
    case FieldType::Integer:
        return QLocale().toString(stored.toLongLong());
    case FieldType::Real:
        return QLocale().toString(stored.toDouble(), 'g', 8);
    default:
        return text;
    }
}

QString ValueFormatter::themeName(const QString &slug) const
{
    const auto it = m_themes.constFind(slug);
    if (it == m_themes.cend())
        return slug;
    const QString translated = it->labels.value(Translations::current()).toString();
    return translated.isEmpty() ? it->name : translated;
}

QStringList ValueFormatter::themesMatching(const QString &text) const
{
    QStringList slugs;
    for (auto it = m_themes.cbegin(); it != m_themes.cend(); ++it) {
        if (themeName(it.key()).contains(text, Qt::CaseInsensitive))
            slugs << it.key();
    }
    return slugs;
}

} // namespace pactesur
