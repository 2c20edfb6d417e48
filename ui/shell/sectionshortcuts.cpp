// SPDX-License-Identifier: EUPL-1.2
// Ctrl+1 … Ctrl+0: every section of the main window from anywhere by keyboard, the focus
// following into it, without first tabbing to the navigation list.
#include "sectionshortcuts.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>

namespace pactesur {

SectionShortcuts::SectionShortcuts(
    QListWidget *navigation, QStackedWidget *sections, const QStringList &keys, QMenu *menu)
    : QObject(menu)
    , m_navigation(navigation)
    , m_sections(sections)
{
    menu->addSeparator();
    for (int row = 0; row < std::min<int>(10, int(keys.size())); ++row) {
        auto *action = new QAction(menu);
        action->setObjectName(QStringLiteral("actionSection_%1").arg(keys.at(row)));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + (row + 1) % 10)));
        connect(action, &QAction::triggered, this, [this, row] { enter(row); });
        menu->addAction(action);
        m_actions << action;
    }
}

void SectionShortcuts::retranslate(const QStringList &sectionNames)
{
    for (int row = 0; row < m_actions.size(); ++row)
        m_actions.at(row)->setText(sectionNames.value(row));
}

void SectionShortcuts::enter(int row)
{
    m_navigation->setCurrentRow(row);
    QWidget *section = m_sections->currentWidget();
    for (QWidget *next = section->nextInFocusChain(); next != section;
         next = next->nextInFocusChain()) {
        if (section->isAncestorOf(next) && next->isVisible() && next->isEnabled()
            && (next->focusPolicy() & Qt::TabFocus)) {
            next->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

} // namespace pactesur
