// SPDX-License-Identifier: EUPL-1.2
// Help > Keyboard Shortcuts: every shortcut of a window, read from its actions when the
// dialog opens, so the list is the one the keyboard really obeys.
#pragma once

#include <QDialog>

class QTreeWidget;

namespace pactesur {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // Lists the actions of `window` and of its children that have a shortcut.
    explicit ShortcutsDialog(QWidget *window);

    QTreeWidget *list() const { return m_list; }

    // One row per action text and shortcut: the same record action on every list is one row.
    struct Row
    {
        QString action;
        QString shortcut;
    };
    static QList<Row> rowsFor(const QWidget *window);

private:
    QTreeWidget *m_list = nullptr;
};

} // namespace pactesur
