// SPDX-License-Identifier: EUPL-1.2
#include "sheetsreport.h"

#include "model/fieldcodec.h"
#include "model/kinds.h"
#include "report/csvwriter.h"
#include "report/reportfile.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

namespace {

const char kSheetsSql[] = R"(
SELECT s.id, s.title, c.name, s.language, s.translation_of, s.status, s.sensitivity,
       s.themes, s."groups", s.period_start, s.period_end, s.ongoing, s.summary, s.updated_at
FROM sheet AS s LEFT JOIN city AS c ON c.id = s.city
WHERE s.deleted = 0
ORDER BY s.title COLLATE NOCASE, s.id
)";

// Working groups' names by id, read once instead of once per sheet.
QHash<QString, QString> groupNames(const Database &db)
{
    QHash<QString, QString> result;
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id, name FROM work_group WHERE deleted = 0"))) {
        while (query.next())
            result.insert(query.value(0).toString(), query.value(1).toString());
    }
    return result;
}

QString joined(const QHash<QString, QString> &names, const QVariant &list)
{
    QStringList items;
    for (const QString &key : FieldCodec::listItems(list))
        items << names.value(key, key);
    // A semicolon keeps the list one cell that a spreadsheet can split again.
    return items.join(QStringLiteral("; "));
}

} // namespace

SheetsReport::SheetsReport(Database &db, const QString &language)
    : ReportJob(db)
    , m_language(language)
{ }

QStringList SheetsReport::formats() const
{
    return {QStringLiteral("csv")};
}

Result<QByteArray> SheetsReport::toCsv()
{
    const QHash<QString, QString> themes = RecordStore::themeLabels(db(), m_language.code());
    const QHash<QString, QString> groups = groupNames(db());
    int total = 0;
    QSqlQuery count(db().sql());
    if (count.exec(QStringLiteral("SELECT count(*) FROM sheet WHERE deleted = 0")) && count.next())
        total = count.value(0).toInt();

    const KindSpec &kind = Kinds::get(QStringLiteral("sheets"));
    auto label = [&](const char *field) {
        return m_language.fieldLabel(kind.field(QString::fromLatin1(field))->label);
    };
    CsvWriter csv;
    csv.addRow({reportTr("ID"), label("title"), label("city"), label("language"),
        label("translation_of"), label("status"), label("sensitivity"), label("themes"),
        label("groups"), label("period_start"), label("period_end"), label("ongoing"),
        label("summary"), reportTr("Last changed")});
    QSqlQuery query(db().sql());
    query.setForwardOnly(true);
    if (!query.exec(QString::fromLatin1(kSheetsSql)))
        return Database::sqlError(tr("reading the practice sheets"), query.lastError().text());
    int done = 0;
    while (query.next()) {
        const bool ongoing = query.value(11).toInt() != 0;
        // Enumerations as their labels, dates as ISO 8601: what a person reads and what
        // every spreadsheet parses.
        csv.addRow({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(),
            m_language.choiceLabel(query.value(5).toString()),
            m_language.choiceLabel(query.value(6).toString()), joined(themes, query.value(7)),
            joined(groups, query.value(8)), query.value(9).toString(), query.value(10).toString(),
            ongoing ? reportTr("Yes") : reportTr("No"), query.value(12).toString(),
            query.value(13).toString()});
        if (++done % 512 == 0 && !advance(done, total))
            return cancelledError();
    }
    advance(total, total);
    return csv.data();
}

Status SheetsReport::write(const QString &format, const QString &path)
{
    if (Status known = checkFormat(format); !known)
        return known;
    Result<QByteArray> csv = toCsv();
    if (!csv)
        return csv.error();
    return ReportFile::write(path, csv.value());
}

} // namespace pactesur
