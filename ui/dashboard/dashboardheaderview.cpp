// SPDX-License-Identifier: EUPL-1.2
// A table header in two tiers: a group title spanning its columns ("Practice sheets") over
// the columns' own, word-wrapped labels ("Draft", "Submitted"...).
#include "dashboardheaderview.h"

#include <QPainter>

#include <algorithm>

namespace pactesur {

namespace {

constexpr int kPadding = 6;
constexpr int kMinimumWidth = 64;

} // namespace

DashboardHeaderView::DashboardHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(false);
    setDefaultAlignment(Qt::AlignCenter);
}

void DashboardHeaderView::setGroups(const QList<Group> &groups)
{
    m_groups = groups;
    updateGeometries();
    viewport()->update();
}

int DashboardHeaderView::bandHeight() const
{
    return fontMetrics().height() + kPadding;
}

const DashboardHeaderView::Group *DashboardHeaderView::groupOf(int logicalIndex) const
{
    for (const Group &group : m_groups) {
        if (logicalIndex >= group.first && logicalIndex <= group.last)
            return &group;
    }
    return nullptr;
}

QSize DashboardHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    // As wide as the label's longest word, so labels wrap instead of widening the table.
    const QString text
        = model() ? model()->headerData(logicalIndex, orientation()).toString() : QString();
    const QFontMetrics metrics(font());
    // Two lines at most: half the label, or its longest word when that is wider.
    int width = std::max(kMinimumWidth, metrics.horizontalAdvance(text) / 2 + 2 * kPadding + 16);
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        width = std::max(width, metrics.horizontalAdvance(word) + 2 * kPadding + 12);
    return {width, bandHeight() + 2 * metrics.height() + 2 * kPadding};
}

void DashboardHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    QStyleOptionHeader option;
    initStyleOption(&option);
    initStyleOptionForIndex(&option, logicalIndex);
    option.rect = rect;
    option.text.clear(); // drawn below, word-wrapped
    // The style leaves its clip behind (an empty one, when there was none before).
    painter->save();
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->restore();
    const QString text = model()->headerData(logicalIndex, orientation()).toString();
    QRect textRect = rect.adjusted(kPadding, kPadding / 2, -kPadding - 10, -kPadding / 2);
    if (groupOf(logicalIndex))
        textRect.setTop(rect.top() + bandHeight());
    painter->save();
    painter->setPen(palette().color(QPalette::ButtonText));
    painter->drawText(textRect, Qt::AlignCenter | Qt::TextWordWrap, text);
    painter->restore();
}

void DashboardHeaderView::paintEvent(QPaintEvent *event)
{
    QHeaderView::paintEvent(event);
    // The group titles over their columns, each with a rule that shows its reach.
    QPainter painter(viewport());
    for (const Group &group : std::as_const(m_groups)) {
        const int left = sectionViewportPosition(group.first);
        const int right = sectionViewportPosition(group.last) + sectionSize(group.last);
        if (left < 0 && right < 0)
            continue;
        const QRect band(left, 0, right - left, bandHeight());
        painter.fillRect(band.adjusted(1, 1, -1, 0), palette().color(QPalette::Button));
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::ButtonText));
        painter.drawText(band.adjusted(4, 0, -4, 0), Qt::AlignCenter,
            QFontMetrics(bold).elidedText(group.text, Qt::ElideRight, band.width() - 8));
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(band.left() + 6, band.bottom(), band.right() - 6, band.bottom());
    }
}

} // namespace pactesur
