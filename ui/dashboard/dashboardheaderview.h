// SPDX-License-Identifier: EUPL-1.2
// A table header in two tiers: a group title spanning its columns ("Practice sheets") over
// the columns' own, word-wrapped labels ("Draft", "Submitted"...).
#pragma once

#include <QHeaderView>

namespace pactesur {

class DashboardHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    struct Group
    {
        int first = 0;
        int last = 0;
        QString text;
    };

    explicit DashboardHeaderView(QWidget *parent = nullptr);
    void setGroups(const QList<Group> &groups);
    const QList<Group> &groups() const { return m_groups; }

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    void paintEvent(QPaintEvent *event) override;

private:
    int bandHeight() const;
    const Group *groupOf(int logicalIndex) const;

    QList<Group> m_groups;
};

} // namespace pactesur
