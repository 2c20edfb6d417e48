// SPDX-License-Identifier: EUPL-1.2
// A lazy table of the records of one kind: SQL pages of 200 rows, sorted and filtered by
// SQL, so a list of 100,000 records never sits in memory (DESIGN.md section 4).
#pragma once

#include "model/kinds.h"
#include "recordquery.h"
#include "widgets/valueformatter.h"

#include <QAbstractTableModel>

namespace pactesur {

class Database;

class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    enum Roles { RecordIdRole = Qt::UserRole + 1 };

    // Shows the kind's list columns, or `columns` when given (field names of the kind).
    explicit RecordTableModel(const KindSpec &kind, QObject *parent = nullptr);
    RecordTableModel(const KindSpec &kind, const QStringList &columns, QObject *parent = nullptr);

    // Reads from `database` from now on (null: shows nothing). Resets the model.
    void setDatabase(const Database *database);
    const KindSpec &kind() const { return *m_kind; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Keeps the records where one of the text columns contains `text` (case-insensitive
    // for ASCII, as SQLite's LIKE is); choice columns match on their translated label.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    // Keeps the records whose `field` holds exactly `value`; an empty value removes it.
    void setFieldFilter(const QString &field, const QString &value);
    // The other filters of the list (city, theme, period...), all of which must hold.
    void setConditions(const QList<RecordQuery::Condition> &conditions);
    QList<RecordQuery::Condition> conditions() const { return m_conditions; }
    bool isFiltered() const
    {
        return !m_filterText.isEmpty() || !m_fieldFilterValue.isEmpty() || !m_conditions.isEmpty();
    }

    QString recordId(int row) const;
    // The row of a record among those fetched so far, or -1.
    int rowOf(const QString &id) const;
    // How many records match the filters, fetched or not.
    int totalCount() const { return m_total; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Re-reads the records (after an edit or an import).
    void reload(bool recount = true);
    // Headers and translated cell values follow the new language.
    void retranslate();

private:
    struct Row
    {
        QString id;
        QVariantList values;
    };

    RecordQuery query() const;
    QList<Row> queryPage(int offset) const;
    // Runs a page's SQL; `count`, if given, is read from the column after the list's.
    QList<Row> readPage(const QString &sql, const QVariantList &binds, int *count) const;
    int countRecords() const;

    const KindSpec *m_kind;
    QList<const FieldSpec *> m_columns;
    const Database *m_database = nullptr;
    ValueFormatter m_formatter;
    QList<Row> m_rows;
    bool m_atEnd = true;
    int m_total = 0;
    QString m_filterText;
    QString m_fieldFilterName;
    QString m_fieldFilterValue;
    QList<RecordQuery::Condition> m_conditions;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace pactesur
