// SPDX-License-Identifier: EUPL-1.2
// Ctrl+1 … Ctrl+0: every section of the main window from anywhere by keyboard, the focus
// following into it, without first tabbing to the navigation list.
#pragma once

#include <QObject>

class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace pactesur {

class SectionShortcuts : public QObject
{
    Q_OBJECT
public:
    // One action per navigation row (the first ten), added to `menu` so that the menu and
    // Help > Keyboard Shortcuts show the keys; `keys` ("dashboard", "cities"...) name them.
    SectionShortcuts(
        QListWidget *navigation, QStackedWidget *sections, const QStringList &keys, QMenu *menu);

    // Names each action after its section, as the navigation calls it in this language.
    void retranslate(const QStringList &sectionNames);

private:
    // Shows the section of `row` and gives its first control in tab order the focus.
    void enter(int row);

    QListWidget *m_navigation;
    QStackedWidget *m_sections;
    QList<QAction *> m_actions; // in navigation order
};

} // namespace pactesur
