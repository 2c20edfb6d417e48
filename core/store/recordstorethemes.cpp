// SPDX-License-Identifier: EUPL-1.2
// Theme labels in a language, for screens and reports: a theme's stored labels by language,
// its English name where it has none.
#include "recordstore.h"

#include "store/database.h"
#include "util/translations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace pactesur {

namespace {

// A theme's label in `language` from its stored labels, else its English name.
QString themeLabelIn(const QString &name, const QString &labels, const QString &language)
{
    const QString translated
        = QJsonDocument::fromJson(labels.toUtf8()).object().value(language).toString();
    return translated.isEmpty() ? name : translated;
}

} // namespace

QString RecordStore::themeLabel(const QString &slug, const QString &language) const
{
    QSqlQuery query(m_db.sql());
    query.prepare(QStringLiteral("SELECT name, labels FROM theme WHERE slug = ?"));
    query.addBindValue(slug);
    if (!query.exec() || !query.next())
        return slug;
    return themeLabelIn(query.value(0).toString(), query.value(1).toString(),
        language.isEmpty() ? Translations::current() : language);
}

QHash<QString, QString> RecordStore::themeLabels(const Database &db, const QString &language)
{
    QHash<QString, QString> labels;
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT slug, name, labels FROM theme WHERE deleted = 0")))
        return labels;
    while (query.next()) {
        labels.insert(query.value(0).toString(),
            themeLabelIn(query.value(1).toString(), query.value(2).toString(), language));
    }
    return labels;
}

} // namespace pactesur
