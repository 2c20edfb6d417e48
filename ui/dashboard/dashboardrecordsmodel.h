// SPDX-License-Identifier: EUPL-1.2
// The records behind a dashboard number, as a lazy table: SQL pages of 200 rows read with
// the number's own filter, so the list and the number agree at any scale.
#pragma once

#include "stats/recordfilter.h"
#include "widgets/valueformatter.h"

#include <QAbstractTableModel>

namespace pactesur {

class Database;
struct FieldSpec;
struct KindSpec;

class DashboardRecordsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    explicit DashboardRecordsModel(QObject *parent = nullptr);

    // Null database: empties the table.
    void setFilter(const Database *database, const RecordFilter &filter);
    const RecordFilter &filter() const { return m_filter; }
    // How many records match, fetched or not.
    qint64 totalCount() const { return m_total; }
    // The record a row opens: a participation opens its activity, which lists it.
    QString targetKind() const;
    QString targetId(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row
    {
        QString id;
        QString target;
        QVariantList values;
    };

    QString selectSql(QVariantList *binds) const;
    QString columnSql(const FieldSpec &field) const;

    const Database *m_database = nullptr;
    const KindSpec *m_kind = nullptr;
    RecordFilter m_filter;
    QList<const FieldSpec *> m_columns;
    ValueFormatter m_formatter;
    QList<Row> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = true;
};

} // namespace pactesur
