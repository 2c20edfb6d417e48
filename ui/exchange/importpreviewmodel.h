// SPDX-License-Identifier: EUPL-1.2
// The records of an import preview as a tree: group (new, updated, conflicts, refused),
// then kind, then record with the fields it changes. Built once from the preview and read
// lazily by the view, so a network-scale package opens as fast as a small one.
#pragma once

#include "exchange/importpreview.h"

#include <QAbstractItemModel>

namespace pactesur {

class ImportPreviewModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { RecordColumn, DetailColumn, ColumnCount };
    enum Role { RecordIdRole = Qt::UserRole + 1, GroupRole, KindRole };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setRecords(QList<PreviewRecord> records);
    void clear() { setRecords({}); }
    // The labels are translated as they are read: a new language only needs a repaint.
    void retranslate();
    // Records in `group`, as its row in the tree says.
    int count(PreviewRecord::Group group) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct KindNode
    {
        QString kind;
        QList<qsizetype> records; // indexes into m_records
    };
    struct GroupNode
    {
        PreviewRecord::Group group;
        QList<KindNode> kinds;
        int total = 0;
    };
    QString groupTitle(const GroupNode &node) const;
    QString recordTitle(const PreviewRecord &record) const;
    QString detail(const PreviewRecord &record) const;

    QList<PreviewRecord> m_records;
    QList<GroupNode> m_groups; // only the groups with records, in a fixed order
};

} // namespace pactesur
