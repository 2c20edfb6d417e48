// SPDX-License-Identifier: EUPL-1.2
// The data the report tests read: working groups on two themes, activities in and out of
// the project's period with participation per city, a contact (personal data that must
// stay out), and practice sheets of every status, sensitivity and language, translations
// included. Titles that must never be published carry a distinctive word (SECRET,
// PARTNERS-ONLY, DRAFT-PUBLIC).
#pragma once

#include "store/recordstore.h"

#include <QHash>
#include <QString>

namespace pactesur::test {

struct ReportFixture
{
    // A comma and quotes in the title, a comma, quotes and a line break in the text.
    static inline const QString kTitleA1 = QStringLiteral("Night patrols, \"safe\" venues");
    static inline const QString kDescriptionA1
        = QStringLiteral("First line, with a comma\nSecond line \"quoted\"");
    // Longer than a 75-octet iCalendar line, with two- and three-byte UTF-8 characters.
    static inline const QString kTitleA2 = QStringLiteral(
        "Keitimasis policijos pareigūnais – Ασφαλείς δημόσιοι χώροι – Drošas publiskās telpas");

    explicit ReportFixture(Database &database)
        : db(database)
    { }
    // Adds everything to the (seeded, coordinator's) database.
    void build();

    Database &db;
    // Our names for the records ("a1", "mediators", "restricted"...) -> their ids.
    QHash<QString, QString> ids;

private:
    QString add(const QString &kind, const TextValues &values, const QString &name = QString());
    // A practice sheet complete enough to be validated; `values` override the defaults.
    QString addSheet(const QString &name, TextValues values);
};

} // namespace pactesur::test
