// SPDX-License-Identifier: EUPL-1.2
// The records behind a dashboard number, as a lazy table: SQL pages of 200 rows read with
// the number's own filter, so the list and the number agree at any scale.
#include "dashboardrecordsmodel.h"

#include "dashboardformat.h"
#include "model/kinds.h"
#include "store/database.h"

#include <QSqlQuery>

namespace pactesur {

namespace {

struct Columns
{
    const char *kind;
    QStringList fields;
    const char *order; // an indexed column, so a page needs no sort of every match
};

const QList<Columns> &columnsByKind()
{
    static const QList<Columns> list = {
        {"activities",
            {QStringLiteral("start"), QStringLiteral("title"), QStringLiteral("kind"),
                QStringLiteral("host_city"), QStringLiteral("status")},
            "\"start\" DESC, rowid DESC"},
        {"participation",
            {QStringLiteral("activity"), QStringLiteral("city"), QStringLiteral("participants"),
                QStringLiteral("women"), QStringLiteral("officers")},
            "rowid"},
        {"sheets",
            {QStringLiteral("title"), QStringLiteral("city"), QStringLiteral("status"),
                QStringLiteral("language"), QStringLiteral("themes")},
            "title COLLATE NOCASE, rowid"},
        {"groups",
            {QStringLiteral("name"), QStringLiteral("theme"), QStringLiteral("lead_city"),
                QStringLiteral("status")},
            "name, rowid"},
        {"contacts",
            {QStringLiteral("name"), QStringLiteral("function"), QStringLiteral("city"),
                QStringLiteral("review_by")},
            "name COLLATE NOCASE, rowid"},
        {"cities",
            {QStringLiteral("name"), QStringLiteral("country"), QStringLiteral("role"),
                QStringLiteral("represented_by")},
            "name COLLATE NOCASE, rowid"},
    };
    return list;
}

const Columns *columnsFor(const QString &kind)
{
    for (const Columns &columns : columnsByKind()) {
        if (kind == QLatin1String(columns.kind))
            return &columns;
    }
    return nullptr;
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

} // namespace

DashboardRecordsModel::DashboardRecordsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DashboardRecordsModel::setFilter(const Database *database, const RecordFilter &filter)
{
    beginResetModel();
    m_database = database;
    m_filter = filter;
    m_kind = Kinds::find(filter.kind());
    m_columns.clear();
    m_rows.clear();
    m_total = 0;
    m_atEnd = true;
    if (m_kind && m_database) {
        const Columns *columns = columnsFor(m_kind->name);
        for (const QString &name : columns ? columns->fields : m_kind->listColumns) {
            if (const FieldSpec *field = m_kind->field(name))
                m_columns << field;
        }
        m_formatter.load(*m_database, m_columns);
        m_total = m_filter.count(*m_database);
        m_atEnd = m_total == 0;
    }
    endResetModel();
    if (!m_atEnd)
        fetchMore({});
}

QString DashboardRecordsModel::targetKind() const
{
    if (m_kind && m_kind->name == QLatin1String("participation"))
        return QStringLiteral("activities");
    return m_kind ? m_kind->name : QString();
}

QString DashboardRecordsModel::targetId(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).target;
}

void DashboardRecordsModel::retranslate()
{
    // Choice labels and headers are read when shown; the rows stay.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

QString DashboardRecordsModel::columnSql(const FieldSpec &field) const
{
    const QString column = quoted(m_kind->table) + QLatin1Char('.') + quoted(field.name);
    if (field.type == FieldType::CityRef)
        return QStringLiteral("(SELECT c.name FROM city c WHERE c.id = %1)").arg(column);
    if (field.type == FieldType::Ref) {
        const KindSpec &target = Kinds::get(field.refKind);
        return QStringLiteral("(SELECT r.%1 FROM %2 r WHERE r.id = %3)")
            .arg(quoted(target.titleField), quoted(target.table), column);
    }
    return column;
}

QString DashboardRecordsModel::selectSql(QVariantList *binds) const
{
    QStringList expressions {QStringLiteral("id")};
    const bool participation = m_kind->name == QLatin1String("participation");
    expressions << (participation ? QStringLiteral("activity") : QStringLiteral("id"));
    for (const FieldSpec *field : m_columns)
        expressions << columnSql(*field);
    const Columns *columns = columnsFor(m_kind->name);
    const QString where = m_filter.whereSql(binds);
    return QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT %5 OFFSET %6")
        .arg(expressions.join(QStringLiteral(", ")), quoted(m_kind->table), where,
            columns ? QString::fromLatin1(columns->order) : QStringLiteral("rowid"))
        .arg(kPageSize)
        .arg(m_rows.size());
}

bool DashboardRecordsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void DashboardRecordsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || !m_database)
        return;
    QVariantList binds;
    QSqlQuery query(m_database->sql());
    query.setForwardOnly(true);
    query.prepare(selectSql(&binds));
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    QList<Row> page;
    if (query.exec()) {
        while (query.next()) {
            Row row {query.value(0).toString(), query.value(1).toString(), {}};
            for (int i = 0; i < m_columns.size(); ++i)
                row.values << query.value(i + 2);
            page << row;
        }
    }
    m_atEnd = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows << page;
    endInsertRows();
}

int DashboardRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant DashboardRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldSpec &field = *m_columns.at(index.column());
    const QVariant &stored = m_rows.at(index.row()).values.at(index.column());
    if (role == Qt::TextAlignmentRole) {
        return field.type == FieldType::Integer ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                : int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (field.type == FieldType::Date) {
        const QDate date = QDate::fromString(stored.toString(), Qt::ISODate);
        return date.isValid() ? dashboardformat::mediumDate(date) : stored.toString();
    }
    if (field.type == FieldType::Ref || field.type == FieldType::CityRef)
        return stored.toString(); // the title or name, read by the query
    return m_formatter.displayText(field, stored);
}

QVariant DashboardRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_columns.size())
        return {};
    return m_columns.at(section)->translatedLabel();
}

} // namespace pactesur
