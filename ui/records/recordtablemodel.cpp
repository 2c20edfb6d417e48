// SPDX-License-Identifier: EUPL-1.2
// A lazy table of the records of one kind: SQL pages of 200 rows, sorted and filtered by
// SQL, so a list of 100,000 records never sits in memory (DESIGN.md section 4).
#include "recordtablemodel.h"

#include "contactactions.h"

#include <QBrush>
#include <QFont>

#include "store/database.h"
#include "util/translations.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

RecordTableModel::RecordTableModel(const KindSpec &kind, QObject *parent)
    : RecordTableModel(kind, kind.listColumns, parent)
{ }

RecordTableModel::RecordTableModel(
    const KindSpec &kind, const QStringList &columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(&kind)
{
    for (const QString &name : columns) {
        const FieldSpec *field = kind.field(name);
        Q_ASSERT_X(field, "RecordTableModel", qPrintable(name));
        if (field)
            m_columns << field;
    }
}

void RecordTableModel::setDatabase(const Database *database)
{
    m_database = database;
    reload();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const FieldSpec &field = *m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = m_formatter.displayText(field, row.values.at(index.column()));
        // Long texts show their first line; the tooltip and the detail panel show it all.
        return field.type == FieldType::LongText ? text.section(QLatin1Char('\n'), 0, 0) : text;
    }
    case Qt::ForegroundRole:
    case Qt::FontRole:
        // Contacts past their review date stand out in the list (DESIGN.md section 3).
        if (field.name == QLatin1String("review_by")
            && ContactActions::isReviewDue(row.values.at(index.column()))) {
            if (role == Qt::ForegroundRole)
                return QBrush(QColor(0xb0, 0x00, 0x20));
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        if (field.name == QLatin1String("review_by"))
            return ContactActions::reviewDueText(row.values.at(index.column()));
        const QString text = m_formatter.displayText(field, row.values.at(index.column()));
        return text.size() > 40 ? QVariant(text) : QVariant();
    }
    case Qt::TextAlignmentRole:
        if (field.type == FieldType::Integer || field.type == FieldType::Real)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RecordIdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns.at(section)->translatedLabel();
    return {};
}

bool RecordTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_database && !m_atEnd;
}

void RecordTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<Row> page = queryPage(int(m_rows.size()));
    m_atEnd = page.size() < kPageSize || m_rows.size() + page.size() >= m_total;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(std::move(page));
    endInsertRows();
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    // -1 asks for the "natural" order; ours is the first column.
    m_sortColumn = (column >= 0 && column < m_columns.size()) ? column : 0;
    m_sortOrder = order;
    reload(false); // the same records in another order: no need to count them again
}

void RecordTableModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    reload();
}

void RecordTableModel::setFieldFilter(const QString &field, const QString &value)
{
    if (field == m_fieldFilterName && value == m_fieldFilterValue)
        return;
    m_fieldFilterName = field;
    m_fieldFilterValue = value;
    reload();
}

void RecordTableModel::setConditions(const QList<RecordQuery::Condition> &conditions)
{
    if (conditions == m_conditions)
        return;
    m_conditions = conditions;
    reload();
}

QString RecordTableModel::recordId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int RecordTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void RecordTableModel::reload(bool recount)
{
    beginResetModel();
    m_rows.clear();
    m_formatter.clear();
    if (recount)
        m_total = 0;
    m_atEnd = !m_database;
    if (m_database) {
        m_formatter.load(*m_database, m_columns);
        // The first page comes with the reset, so the view, the count and the selection
        // are right at once instead of after the view's deferred fetch.
        QVariantList binds;
        const QString withCount
            = recount ? query().firstPageWithCountSql(kPageSize, &binds) : QString();
        if (!withCount.isEmpty()) {
            m_rows = readPage(withCount, binds, &m_total);
        } else {
            if (recount)
                m_total = countRecords();
            m_rows = queryPage(0);
        }
        m_atEnd = m_rows.size() < kPageSize || m_rows.size() >= m_total;
    }
    endResetModel();
}

void RecordTableModel::retranslate()
{
    // Choice columns sort and filter by their translated labels: the order changes too.
    // Sheets are listed in the interface language when translated: the rows change too.
    const bool orderDependsOnLanguage = !m_columns.isEmpty()
        && (m_columns.at(m_sortColumn)->type == FieldType::Choice || !m_filterText.isEmpty()
            || m_kind->field(QStringLiteral("translation_of")));
    if (orderDependsOnLanguage) {
        reload();
        return;
    }
    if (!m_columns.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size() - 1));
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size() - 1), int(m_columns.size() - 1)));
}

RecordQuery RecordTableModel::query() const
{
    RecordQuery query(*m_kind, m_columns);
    query.filterText = m_filterText;
    if (!m_filterText.isEmpty())
        query.matchingThemes = m_formatter.themesMatching(m_filterText);
    query.fieldFilterName = m_fieldFilterName;
    query.fieldFilterValue = m_fieldFilterValue;
    query.conditions = m_conditions;
    query.preferredLanguage = Translations::current();
    query.sortColumn = m_sortColumn;
    query.sortOrder = m_sortOrder;
    return query;
}

QList<RecordTableModel::Row> RecordTableModel::queryPage(int offset) const
{
    QVariantList binds;
    const QString sql = query().pageSql(kPageSize, offset, &binds);
    return readPage(sql, binds, nullptr);
}

QList<RecordTableModel::Row> RecordTableModel::readPage(
    const QString &sql, const QVariantList &binds, int *count) const
{
    if (count)
        *count = 0; // no row, none counted
    QSqlQuery sqlQuery(m_database->sql());
    sqlQuery.setForwardOnly(true);
    QList<Row> page;
    if (!sqlQuery.prepare(sql)) {
        qWarning("RecordTableModel: %s", qPrintable(sqlQuery.lastError().text()));
        return page;
    }
    for (const QVariant &bind : std::as_const(binds))
        sqlQuery.addBindValue(bind);
    if (!sqlQuery.exec()) {
        qWarning("RecordTableModel: %s", qPrintable(sqlQuery.lastError().text()));
        return page;
    }
    while (sqlQuery.next()) {
        Row row;
        row.id = sqlQuery.value(0).toString();
        for (int i = 0; i < m_columns.size(); ++i)
            row.values << sqlQuery.value(i + 1);
        if (count)
            *count = sqlQuery.value(int(m_columns.size()) + 1).toInt();
        page << row;
    }
    return page;
}

int RecordTableModel::countRecords() const
{
    QVariantList binds;
    QSqlQuery sqlQuery(m_database->sql());
    if (!sqlQuery.prepare(query().countSql(&binds)))
        return 0;
    for (const QVariant &bind : std::as_const(binds))
        sqlQuery.addBindValue(bind);
    return sqlQuery.exec() && sqlQuery.next() ? sqlQuery.value(0).toInt() : 0;
}

} // namespace pactesur
