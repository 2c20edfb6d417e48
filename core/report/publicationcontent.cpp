// SPDX-License-Identifier: EUPL-1.2
#include "publicationcontent.h"

#include "model/fieldcodec.h"
#include "model/kinds.h"
#include "report/reportjob.h"
#include "report/reportlanguage.h"
#include "report/reportperiod.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QCollator>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pactesur {

namespace {

// The coordinator's notes to the author are not part of the practice.
const QStringList kInternalFields = {QStringLiteral("review_notes")};

struct Version
{
    QString id;
    QString original; // translation_of
    QString language;
    bool shareable = false; // validated or published, and public
    bool isPublic = false;
};

// Which version of each family (an original and its translations) the booklet shows, with
// the languages the family can be read in. Families whose original is not public are left
// out whole.
QList<QPair<QString, QStringList>> chooseVersions(const Database &db, const QString &language)
{
    QList<QPair<QString, QStringList>> chosen;
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, translation_of, language, status, sensitivity "
                                   "FROM sheet WHERE deleted = 0 ORDER BY id")))
        return chosen;
    QHash<QString, Version> byId;
    QList<Version> versions;
    while (query.next()) {
        Version version {
            query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
        const QString status = query.value(3).toString();
        version.isPublic = query.value(4).toString() == QLatin1String("public");
        version.shareable = version.isPublic
            && (status == QLatin1String("validated") || status == QLatin1String("published"));
        byId.insert(version.id, version);
        versions << version;
    }
    // A translation whose original is gone stands on its own.
    QHash<QString, QList<Version>> families;
    QStringList order;
    for (const Version &version : versions) {
        const QString key = !version.original.isEmpty() && byId.contains(version.original)
            ? version.original
            : version.id;
        if (!families.contains(key))
            order << key;
        families[key] << version;
    }
    for (const QString &key : order) {
        if (!byId.value(key).isPublic)
            continue;
        QList<Version> candidates;
        for (const Version &version : families.value(key)) {
            if (version.shareable)
                candidates << version;
        }
        if (candidates.isEmpty())
            continue;
        // The booklet's language, then English, then the original, then any other.
        auto rank = [&](const Version &version) {
            if (version.language == language)
                return 0;
            if (version.language == QLatin1String("en"))
                return 1;
            return version.id == key ? 2 : 3;
        };
        std::stable_sort(
            candidates.begin(), candidates.end(), [&](const Version &a, const Version &b) {
                return std::make_tuple(rank(a), a.language, a.id)
                    < std::make_tuple(rank(b), b.language, b.id);
            });
        QStringList languages;
        for (const Version &version : candidates)
            languages << version.language;
        languages.removeDuplicates();
        std::sort(languages.begin(), languages.end());
        chosen.append({candidates.first().id, languages});
    }
    return chosen;
}

} // namespace

Result<PublicationContent> PublicationContent::load(
    const Database &db, const ReportLanguage &language, const Step &step)
{
    PublicationContent content;
    content.project = ReportPeriod::projectName(db);
    content.preparedOn = db.clock().now().toLocalTime().date();
    const QList<QPair<QString, QStringList>> chosen = chooseVersions(db, language.code());
    const QHash<QString, QString> themes = RecordStore::themeLabels(db, language.code());
    const KindSpec &kind = Kinds::get(QStringLiteral("sheets"));
    QList<const FieldSpec *> sections;
    QStringList columns = {QStringLiteral("s.title"), QStringLiteral("s.language"),
        QStringLiteral("c.name"), QStringLiteral("s.themes"), QStringLiteral("s.period_start"),
        QStringLiteral("s.period_end"), QStringLiteral("s.ongoing"),
        QStringLiteral("s.attachments")};
    for (const FieldSpec &field : kind.fields) {
        if (field.type == FieldType::LongText && !kInternalFields.contains(field.name)) {
            sections << &field;
            columns << QStringLiteral("s.\"%1\"").arg(field.name);
        }
    }
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("SELECT %1 FROM sheet AS s LEFT JOIN city AS c ON c.id = s.city "
                                 "WHERE s.id = ?")
                      .arg(columns.join(QStringLiteral(", "))));
    QSqlQuery images(db.sql());
    images.prepare(QStringLiteral("SELECT sha256 FROM attachment "
                                  "WHERE id = ? AND deleted = 0 AND mime LIKE 'image/%'"));

    QHash<QString, Chapter> chapters;
    for (const auto &[id, languages] : chosen) {
        query.bindValue(0, id);
        if (!query.exec())
            return Database::sqlError(tr("reading the practice sheets"), query.lastError().text());
        if (!query.next())
            continue;
        Sheet sheet;
        sheet.id = id;
        sheet.languages = languages;
        sheet.title = query.value(0).toString();
        sheet.language = query.value(1).toString();
        sheet.city = query.value(2).toString();
        const QStringList slugs = FieldCodec::listItems(query.value(3));
        for (const QString &slug : slugs)
            sheet.themes << themes.value(slug, slug);
        sheet.period = period(language, query.value(4).toString(), query.value(5).toString(),
            query.value(6).toInt() != 0);
        for (const QString &attachment : FieldCodec::listItems(query.value(7))) {
            images.bindValue(0, attachment);
            if (images.exec() && images.next())
                sheet.images.insert(images.value(0).toString().toLower());
        }
        for (qsizetype i = 0; i < sections.size(); ++i) {
            const QString markdown = query.value(int(8 + i)).toString();
            if (!markdown.trimmed().isEmpty())
                sheet.sections.append({language.fieldLabel(sections.at(i)->label), markdown});
        }
        // A sheet appears once, under its first theme.
        const QString slug
            = slugs.isEmpty() || !themes.contains(slugs.first()) ? QString() : slugs.first();
        Chapter &chapter = chapters[slug];
        chapter.slug = slug;
        chapter.label = slug.isEmpty()
            ? language.translate("pactesur::PublicationContent", "Other practices")
            : themes.value(slug);
        content.m_images.unite(sheet.images);
        chapter.sheets << sheet;
        ++content.sheetCount;
        if (step && !step(content.sheetCount, int(chosen.size())))
            return ReportJob::cancelledError();
    }

    QCollator collator(language.locale());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    for (Chapter &chapter : chapters) {
        std::stable_sort(chapter.sheets.begin(), chapter.sheets.end(),
            [&](const Sheet &a, const Sheet &b) { return collator.compare(a.title, b.title) < 0; });
        content.chapters << chapter;
    }
    std::stable_sort(
        content.chapters.begin(), content.chapters.end(), [&](const Chapter &a, const Chapter &b) {
            if (a.slug.isEmpty() != b.slug.isEmpty())
                return b.slug.isEmpty();
            return collator.compare(a.label, b.label) < 0;
        });
    return content;
}

QByteArray PublicationContent::image(const Database &db, const QString &sha256) const
{
    const QString sha = sha256.toLower();
    if (!m_images.contains(sha))
        return {};
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("SELECT data FROM attachment WHERE sha256 = ? AND deleted = 0 "
                                 "AND mime LIKE 'image/%'"));
    query.addBindValue(sha);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toByteArray();
}

QString PublicationContent::period(
    const ReportLanguage &language, const QString &start, const QString &end, bool ongoing)
{
    const QDate from = QDate::fromString(start, Qt::ISODate);
    const QDate to = QDate::fromString(end, Qt::ISODate);
    const QString first = language.longDate(from);
    const QString last = language.longDate(to);
    if (from.isValid() && to.isValid()) {
        return ongoing
            ? language.translate("pactesur::PublicationContent", "%1 – %2, ongoing")
                  .arg(first, last)
            : language.translate("pactesur::PublicationContent", "%1 – %2").arg(first, last);
    }
    if (from.isValid()) {
        return ongoing
            ? language.translate("pactesur::PublicationContent", "Since %1, ongoing").arg(first)
            : language.translate("pactesur::PublicationContent", "From %1").arg(first);
    }
    if (to.isValid())
        return language.translate("pactesur::PublicationContent", "Until %1").arg(last);
    return ongoing ? language.translate("pactesur::PublicationContent", "Ongoing") : QString();
}

} // namespace pactesur
