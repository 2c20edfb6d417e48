// SPDX-License-Identifier: EUPL-1.2
// What the sheet editor needs to know about a sheet beyond its fields, read in one place:
// who may change it and, when nobody here may, why in words; its translation links.
#include "sheeteditorstate.h"

#include "util/localformat.h"

#include "model/kinds.h"
#include "sheetformspec.h"
#include "sheets/sheettranslations.h"
#include "sheets/sheetworkflow.h"
#include "store/database.h"
#include "util/translations.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace pactesur {

namespace {

const KindSpec &sheetKind()
{
    return Kinds::get(QStringLiteral("sheets"));
}

} // namespace

SheetEditorState SheetEditorState::of(const Database &db, const Record &sheet)
{
    SheetEditorState state;
    state.identity = Replica::load(db);
    state.ownerCity = sheet.value(QStringLiteral("city")).toString();
    state.status = sheet.value(QStringLiteral("status")).toString();
    state.writable = db.isWritable();
    state.isTranslation = !sheet.value(QStringLiteral("translation_of")).toString().isEmpty();
    state.canEdit = state.writable && state.identity.isSet()
        && SheetWorkflow::canEditContent(state.identity, state.ownerCity, state.status);
    state.canReview = state.writable && SheetWorkflow::canReview(state.identity);

    const QString cityName = cityNames(db).value(state.ownerCity, state.ownerCity);
    if (!state.writable) {
        state.readOnlyReason = tr("This database is open read-only: the sheet can be read and "
                                  "exported, not changed.");
    } else if (!state.identity.isSet()) {
        state.readOnlyReason
            = tr("Choose your role (coordinator or city liaison) before writing practice sheets.");
    } else if (!state.canEdit && state.identity.cityId != state.ownerCity) {
        state.readOnlyReason = tr("This sheet belongs to %1. Only the liaison of %1 and the "
                                  "coordinator can change it; you can read and export it.")
                                   .arg(cityName);
    } else if (!state.canEdit && state.status == QLatin1String("submitted")) {
        state.readOnlyReason = tr("Submitted for review: the coordinator is reading it. To change "
                                  "something, withdraw it first; it goes back to draft.");
    } else if (!state.canEdit) {
        state.readOnlyReason = tr("This sheet is %1: only the coordinator can change it now. Ask "
                                  "them to request changes if something must be corrected.")
                                   .arg(Kinds::choiceLabel(state.status).toLower());
    }

    QStringList meta;
    if (!cityName.isEmpty())
        meta << cityName;
    const QString language = sheet.value(QStringLiteral("language")).toString();
    if (!language.isEmpty())
        meta << languageName(language);
    meta << Kinds::choiceLabel(sheet.value(QStringLiteral("sensitivity")).toString());
    const QDateTime changed = QDateTime::fromString(sheet.updatedAt, Qt::ISODate).toLocalTime();
    if (changed.isValid())
        meta << tr("changed %1").arg(LocalFormat::dateTime(changed));
    //: Separates the facts under a sheet's title: city, language, sensitivity, date.
    state.metaLine = meta.join(tr(" · "));
    return state;
}

QString SheetEditorState::reviewMessage(const QStringList &notedFields, bool generalNote) const
{
    const bool asked = canEdit && !canReview && status == QLatin1String("changes_requested");
    if (!asked || (notedFields.isEmpty() && !generalNote))
        return {};
    if (notedFields.isEmpty())
        return tr("The coordinator asked for changes; their note is shown above the form.");
    return tr("The coordinator asked for changes. Their notes are beside the fields "
              "concerned: %1.")
        .arg(SheetFormSpec::labelList(notedFields));
}

SheetEditorState::TranslationInfo SheetEditorState::translation(Database &db, const Record &sheet)
{
    TranslationInfo info;
    const RecordStore store(db);
    info.sourceId = sheet.value(QStringLiteral("translation_of")).toString();
    info.isTranslation = !info.sourceId.isEmpty();
    if (!info.isTranslation) {
        for (const auto &[id, language] : SheetTranslations::translationsOf(db, sheet.id)) {
            const std::optional<Record> translation = store.get(sheetKind(), id);
            const bool outdated
                = translation && !SheetTranslations::outdatedFields(db, *translation).isEmpty();
            info.translations.append({id, languageName(language), outdated});
        }
        return info;
    }
    const std::optional<Record> source = store.get(sheetKind(), info.sourceId);
    if (!source || source->deleted)
        return info;
    info.sourceTitle = source->value(QStringLiteral("title")).toString();
    info.sourceLanguageName = languageName(source->value(QStringLiteral("language")).toString());
    for (const QString &field : SheetTranslations::translatableFields()) {
        if (const FieldSpec *spec = sheetKind().field(field))
            info.sourceValues.insert(field, RecordStore::inputText(*spec, source->value(field)));
    }
    info.outdatedFields = SheetTranslations::outdatedFields(db, sheet);
    return info;
}

QString SheetEditorState::languageName(const QString &code)
{
    for (const UiLanguage &language : Translations::languages()) {
        if (language.code == code)
            return language.nativeName;
    }
    const QLocale locale(code);
    if (locale.language() != QLocale::C && !locale.nativeLanguageName().isEmpty())
        return locale.nativeLanguageName();
    return code;
}

QMap<QString, QString> SheetEditorState::cityNames(const Database &db)
{
    QMap<QString, QString> names;
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id, name FROM city WHERE deleted = 0"))) {
        while (query.next())
            names.insert(query.value(0).toString(), query.value(1).toString());
    }
    return names;
}

} // namespace pactesur
