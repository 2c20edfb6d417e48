// SPDX-License-Identifier: EUPL-1.2
#include "sheettranslations.h"

#include "model/kinds.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace pactesur {

namespace {

const KindSpec &sheetKind()
{
    return Kinds::get(QStringLiteral("sheets"));
}

// The field dots of a sheet as "replica:counter", translatable fields only.
QJsonObject revisionOf(const Database &db, const QString &sheetId)
{
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("SELECT dots FROM sheet WHERE id = ? AND deleted = 0"));
    query.addBindValue(sheetId);
    QJsonObject revision;
    if (!query.exec() || !query.next())
        return revision;
    const QJsonObject dots = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
    for (const QString &field : SheetTranslations::translatableFields()) {
        const QJsonArray dot = dots.value(field).toArray();
        if (dot.size() >= 2) {
            revision.insert(field,
                dot.at(0).toString() + QLatin1Char(':') + QString::number(dot.at(1).toInteger()));
        }
    }
    return revision;
}

} // namespace

QStringList SheetTranslations::translatableFields()
{
    return {QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("context"),
        QStringLiteral("objectives"), QStringLiteral("target_groups"), QStringLiteral("actions"),
        QStringLiteral("partners"), QStringLiteral("budget"), QStringLiteral("results"),
        QStringLiteral("evaluation"), QStringLiteral("transferability"), QStringLiteral("lessons")};
}

Result<TextValues> SheetTranslations::newTranslationValues(
    Database &db, const QString &sourceId, const QString &language)
{
    const KindSpec &kind = sheetKind();
    const RecordStore store(db);
    const std::optional<Record> source = store.get(kind, sourceId);
    if (!source || source->deleted)
        return Error::rejected(tr("No practice sheet has the id %1.").arg(sourceId));
    if (!source->value(QStringLiteral("translation_of")).isNull())
        return Error::rejected(
            tr("This sheet is itself a translation: translate its original instead."));
    if (source->value(QStringLiteral("language")).toString() == language)
        return Error::rejected(tr("The sheet is already written in this language."));
    for (const auto &[id, existing] : translationsOf(db, sourceId)) {
        if (existing == language)
            return Error::rejected(tr("A translation into this language already exists."));
    }

    TextValues values;
    // What does not depend on the language is copied; the title is a starting point the
    // translator replaces.
    for (const char *name : {"title", "city", "themes", "groups", "sensitivity", "period_start",
             "period_end", "ongoing", "contact"}) {
        const FieldSpec &field = *kind.field(QString::fromLatin1(name));
        const QString text = RecordStore::inputText(field, source->value(field.name));
        if (!text.isEmpty())
            values.insert(field.name, text);
    }
    values.insert(QStringLiteral("language"), language);
    values.insert(QStringLiteral("translation_of"), sourceId);
    values.insert(QStringLiteral("status"), QStringLiteral("draft"));
    values.insert(QStringLiteral("source_revision"), currentRevision(db, sourceId));
    return values;
}

QString SheetTranslations::currentRevision(const Database &db, const QString &sourceId)
{
    return QString::fromUtf8(
        QJsonDocument(revisionOf(db, sourceId)).toJson(QJsonDocument::Compact));
}

QStringList SheetTranslations::outdatedFields(const Database &db, const Record &translation)
{
    const QString sourceId = translation.value(QStringLiteral("translation_of")).toString();
    if (sourceId.isEmpty())
        return {};
    QSqlQuery alive(db.sql());
    alive.prepare(QStringLiteral("SELECT 1 FROM sheet WHERE id = ? AND deleted = 0"));
    alive.addBindValue(sourceId);
    if (!alive.exec() || !alive.next())
        return {};
    const QJsonObject recorded = QJsonDocument::fromJson(
        translation.value(QStringLiteral("source_revision")).toByteArray())
                                     .object();
    const QJsonObject current = revisionOf(db, sourceId);
    QStringList outdated;
    for (const QString &field : translatableFields()) {
        if (current.value(field).toString() != recorded.value(field).toString())
            outdated << field;
    }
    return outdated;
}

QList<QPair<QString, QString>> SheetTranslations::translationsOf(
    const Database &db, const QString &sourceId)
{
    QList<QPair<QString, QString>> result;
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, language FROM sheet "
                                 "WHERE translation_of = ? AND deleted = 0 ORDER BY language"));
    query.addBindValue(sourceId);
    if (!query.exec())
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString()});
    return result;
}

} // namespace pactesur
