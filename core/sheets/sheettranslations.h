// SPDX-License-Identifier: EUPL-1.2
// Linked translations of practice sheets (DESIGN.md section 6). A translation names its
// source in translation_of and keeps, in source_revision, the dot ("replica:counter") of
// each translatable source field it was made from; a source field whose dot moved since
// is outdated in the translation.
#pragma once

#include "store/recordstore.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace pactesur {

class Database;

class SheetTranslations
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::SheetTranslations)
public:
    // The fields a translator translates, in form order.
    static QStringList translatableFields();
    // The values that create a translation of `sourceId` in `language` (pass them to
    // RecordStore::create or Session::createRecord): city, themes, groups, period and
    // sensitivity copied, the title as a starting point, status draft, the revision set.
    // Refused when the source is itself a translation or already has this language.
    static Result<TextValues> newTranslationValues(
        Database &db, const QString &sourceId, const QString &language);
    // The source_revision value for `sourceId` as it is now (JSON text).
    static QString currentRevision(const Database &db, const QString &sourceId);
    // Translatable fields the source changed since `translation` was made or last marked
    // up to date. Empty for a sheet that is not a translation or whose source is gone.
    static QStringList outdatedFields(const Database &db, const Record &translation);
    // Live translations of `sourceId`, as (id, language) pairs sorted by language.
    static QList<QPair<QString, QString>> translationsOf(
        const Database &db, const QString &sourceId);
};

} // namespace pactesur
