// SPDX-License-Identifier: EUPL-1.2
#include "sheetcontent.h"

#include "model/fieldcodec.h"
#include "model/kinds.h"
#include "report/publicationcontent.h"
#include "report/reportlanguage.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QSqlQuery>

namespace pactesur {

namespace {

// Not part of the practice: the coordinator's notes to the author during review.
const QStringList kInternalFields = {QStringLiteral("review_notes")};

// Metadata of the sheet's attachments, and the bytes of those that may be images. Only
// the sheet's own attachments are read: a section naming another sheet's image by its hash
// must not pull it into this report.
void readAttachments(Database &db, const Record &sheet, SheetContent &content)
{
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("SELECT sha256, file_name, mime, size, "
                                 "CASE WHEN mime LIKE 'image/%' THEN data END "
                                 "FROM attachment WHERE id = ? AND deleted = 0"));
    for (const QString &id : FieldCodec::listItems(sheet.value(QStringLiteral("attachments")))) {
        query.bindValue(0, id);
        if (!query.exec() || !query.next())
            continue;
        SheetContent::Attachment attachment {query.value(0).toString().toLower(),
            query.value(1).toString(), query.value(2).toString(), query.value(3).toLongLong()};
        if (const QByteArray bytes = query.value(4).toByteArray(); !bytes.isEmpty())
            content.images.insert(attachment.sha256, bytes);
        content.attachments << attachment;
    }
}

} // namespace

Result<SheetContent> SheetContent::load(
    Database &db, const QString &idOrPrefix, const QString &language)
{
    const KindSpec &kind = Kinds::get(QStringLiteral("sheets"));
    const RecordStore store(db);
    Result<QString> id = store.resolveId(kind, idOrPrefix);
    if (!id)
        return id.error();
    const std::optional<Record> record = store.get(kind, id.value());
    if (!record || record->deleted)
        return Error::rejected(tr("No practice sheet matches “%1”.").arg(idOrPrefix));

    SheetContent content;
    content.id = record->id;
    content.title = record->value(QStringLiteral("title")).toString();
    content.language = record->value(QStringLiteral("language")).toString();
    content.sensitivity = record->value(QStringLiteral("sensitivity")).toString();
    content.printedOn = db.clock().now().toLocalTime().date();
    const ReportLanguage words(language.isEmpty() && ReportLanguage::isKnown(content.language)
            ? content.language
            : language);
    content.reportLanguage = words.code();

    auto addFact = [&](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            content.facts << Fact {label, value};
    };
    auto value
        = [&](const char *field) { return record->value(QString::fromLatin1(field)).toString(); };
    auto display = [&](const char *field) {
        const QString name = QString::fromLatin1(field);
        return store.displayText(*kind.field(name), record->value(name));
    };
    auto label = [&](const char *field) {
        return words.fieldLabel(kind.field(QString::fromLatin1(field))->label);
    };
    QStringList themes;
    for (const QString &slug : FieldCodec::listItems(record->value(QStringLiteral("themes"))))
        themes << store.themeLabel(slug, words.code());
    addFact(label("city"), display("city"));
    addFact(words.translate("pactesur::SheetContent", "Period"),
        PublicationContent::period(words, value("period_start"), value("period_end"),
            record->value(QStringLiteral("ongoing")).toInt() != 0));
    addFact(label("themes"), themes.join(QStringLiteral(", ")));
    addFact(label("groups"), display("groups"));
    addFact(label("language"), ReportLanguage::nativeName(content.language));
    addFact(label("status"), words.choiceLabel(value("status")));
    addFact(label("sensitivity"), words.choiceLabel(value("sensitivity")));
    addFact(label("contact"), display("contact"));

    for (const FieldSpec &field : kind.fields) {
        if (field.type != FieldType::LongText || kInternalFields.contains(field.name))
            continue;
        const QString markdown = record->value(field.name).toString();
        if (!markdown.trimmed().isEmpty())
            content.sections << Section {field.name, words.fieldLabel(field.label), markdown};
    }
    readAttachments(db, *record, content);
    return content;
}

} // namespace pactesur
