// SPDX-License-Identifier: EUPL-1.2
// What the sheet editor needs to know about a sheet beyond its fields, read in one place:
// who may change it and, when nobody here may, why in words; its translation links.
#pragma once

#include "store/recordstore.h"
#include "store/replica.h"

#include <QCoreApplication>
#include <QMap>

namespace pactesur {

class Database;

struct SheetEditorState
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::SheetEditorState)
public:
    Identity identity;
    QString ownerCity;
    QString status;
    bool writable = false; // the database file can be written
    bool canEdit = false; // content fields
    bool canReview = false; // review notes
    bool isTranslation = false;
    QString readOnlyReason; // empty when the content can be changed
    QString metaLine; // "Nice · English · Partners only · changed 12/05/2025 10:32"

    static SheetEditorState of(const Database &db, const Record &sheet);
    // For the city asked for changes: where the coordinator's notes are (`notedFields`, and
    // a note on the whole sheet); empty when there is nothing to point at.
    QString reviewMessage(const QStringList &notedFields, bool generalNote) const;

    struct TranslationLink
    {
        QString id;
        QString languageName;
        bool outdated = false;
    };
    struct TranslationInfo
    {
        bool isTranslation = false;
        QString sourceId;
        QString sourceTitle; // empty when the source is gone
        QString sourceLanguageName;
        QMap<QString, QString> sourceValues; // translatable fields, as typed text
        QStringList outdatedFields;
        QList<TranslationLink> translations; // of a source sheet
    };
    static TranslationInfo translation(Database &db, const Record &sheet);

    // "Français" for "fr": each language in its own name, as the language menu shows it.
    static QString languageName(const QString &code);
    static QMap<QString, QString> cityNames(const Database &db);
};

} // namespace pactesur
