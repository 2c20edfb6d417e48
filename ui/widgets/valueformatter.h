// SPDX-License-Identifier: EUPL-1.2
// Turns stored values into the text a list shows: city and theme names, choice labels,
// language codes, numbers in the user's locale.
#pragma once

#include "model/kinds.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QVariant>

namespace pactesur {

class Database;

class ValueFormatter
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::ValueFormatter)
public:
    // Reads the names of cities and themes (small tables) when `fields` show them.
    void load(const Database &database, const QList<const FieldSpec *> &fields);
    void clear();

    QString displayText(const FieldSpec &field, const QVariant &stored) const;
    // The theme's name in the interface language, else its English name.
    QString themeName(const QString &slug) const;
    QStringList themesMatching(const QString &text) const;

private:
    struct Theme
    {
        QString name;
        QJsonObject labels;
    };
    QHash<QString, QString> m_cityNames;
    QHash<QString, Theme> m_themes;
};

} // namespace pactesur
