// SPDX-License-Identifier: EUPL-1.2
#include "importpreviewmodel.h"

#include "model/kinds.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPalette>

namespace pactesur {

namespace {

// internalId of an index: what its parent() needs. Groups carry 0; kinds their group,
// tagged; records their group and kind, tagged.
constexpr quintptr kKindTag = quintptr(1) << 30;
constexpr quintptr kRecordTag = quintptr(1) << 31;

quintptr recordId(int group, int kind)
{
    return kRecordTag | (quintptr(group) << 20) | quintptr(kind);
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void ImportPreviewModel::setRecords(QList<PreviewRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    m_groups.clear();
    using Group = PreviewRecord::Group;
    for (const Group group : {Group::Conflict, Group::Rejected, Group::New, Group::Updated}) {
        GroupNode node {group, {}, 0};
        QHash<QString, qsizetype> kindRows;
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            const PreviewRecord &record = m_records.at(i);
            if (record.group != group)
                continue;
            auto row = kindRows.constFind(record.kind);
            if (row == kindRows.constEnd()) {
                row = kindRows.insert(record.kind, node.kinds.size());
                node.kinds.append({record.kind, {}});
            }
            node.kinds[*row].records.append(i);
            ++node.total;
        }
        if (node.total > 0)
            m_groups.append(node);
    }
    endResetModel();
}

void ImportPreviewModel::retranslate()
{
    emit layoutAboutToBeChanged();
    emit layoutChanged();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ImportPreviewModel::count(PreviewRecord::Group group) const
{
    for (const GroupNode &node : m_groups) {
        if (node.group == group)
            return node.total;
    }
    return 0;
}

QModelIndex ImportPreviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() == 0)
        return createIndex(row, column, kKindTag | quintptr(parent.row()));
    if (parent.internalId() & kKindTag)
        return createIndex(
            row, column, recordId(int(parent.internalId() & ~kKindTag), parent.row()));
    return {};
}

QModelIndex ImportPreviewModel::parent(const QModelIndex &child) const
{
    const quintptr id = child.internalId();
    if (!child.isValid() || id == 0)
        return {};
    if (id & kRecordTag) {
        const int group = int((id & ~kRecordTag) >> 20);
        const int kind = int(id & 0xfffff);
        return createIndex(kind, 0, kKindTag | quintptr(group));
    }
    return createIndex(int(id & ~kKindTag), 0, quintptr(0));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0)
        return 0;
    const quintptr id = parent.internalId();
    if (id == 0)
        return int(m_groups.at(parent.row()).kinds.size());
    if (id & kRecordTag)
        return 0;
    return int(m_groups.at(int(id & ~kKindTag)).kinds.at(parent.row()).records.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const quintptr id = index.internalId();
    if (id == 0) {
        const GroupNode &group = m_groups.at(index.row());
        if (role == GroupRole)
            return int(group.group);
        if (role == Qt::DisplayRole && index.column() == RecordColumn)
            return groupTitle(group);
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::ForegroundRole && group.group == PreviewRecord::Group::Rejected)
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        return {};
    }
    if (!(id & kRecordTag)) {
        const KindNode &kind = m_groups.at(int(id & ~kKindTag)).kinds.at(index.row());
        if (role == KindRole)
            return kind.kind;
        if (role == Qt::DisplayRole && index.column() == RecordColumn) {
            const KindSpec *spec = Kinds::find(kind.kind);
            return tr("%1 (%2)").arg(spec ? spec->translatedPluralLabel() : kind.kind,
                QLocale().toString(kind.records.size()));
        }
        return {};
    }
    const GroupNode &group = m_groups.at(int((id & ~kRecordTag) >> 20));
    const PreviewRecord &record
        = m_records.at(group.kinds.at(int(id & 0xfffff)).records.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == RecordColumn ? recordTitle(record) : detail(record);
    case Qt::ToolTipRole:
        return index.column() == RecordColumn ? record.id : detail(record);
    case RecordIdRole:
        return record.id;
    case KindRole:
        return record.kind;
    case GroupRole:
        return int(record.group);
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == RecordColumn ? tr("Record") : tr("What changes");
}

QString ImportPreviewModel::groupTitle(const GroupNode &node) const
{
    switch (node.group) {
    case PreviewRecord::Group::New:
        return tr("New records (%1)").arg(QLocale().toString(node.total));
    case PreviewRecord::Group::Updated:
        return tr("Updated records (%1)").arg(QLocale().toString(node.total));
    case PreviewRecord::Group::Conflict:
        return tr("Conflicts to review (%1)").arg(QLocale().toString(node.total));
    case PreviewRecord::Group::Rejected:
        return tr("Refused (%1)").arg(QLocale().toString(node.total));
    }
    return {};
}

QString ImportPreviewModel::recordTitle(const PreviewRecord &record) const
{
    return record.title.isEmpty() ? tr("Untitled (%1)").arg(record.id.left(8)) : record.title;
}

QString ImportPreviewModel::detail(const PreviewRecord &record) const
{
    if (record.group == PreviewRecord::Group::Rejected)
        return record.reason;
    if (record.group == PreviewRecord::Group::New)
        return tr("New");
    const KindSpec *kind = Kinds::find(record.kind);
    QStringList labels;
    for (const QString &name : record.fields) {
        if (name == QLatin1String("deleted"))
            labels << tr("Deletion");
        else if (const FieldSpec *field = kind ? kind->field(name) : nullptr)
            labels << field->translatedLabel();
        else
            labels << name;
    }
    return QLocale().createSeparatedList(labels);
}

} // namespace pactesur
