// SPDX-License-Identifier: EUPL-1.2
// Help > Keyboard Shortcuts: every shortcut of a window, read from its actions when the
// dialog opens, so the list is the one the keyboard really obeys.
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pactesur {

QList<ShortcutsDialog::Row> ShortcutsDialog::rowsFor(const QWidget *window)
{
    QList<Row> rows;
    QSet<QString> seen;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->isSeparator())
            continue;
        QString text = action->text().isEmpty() ? action->toolTip() : action->text();
        // The menu's accelerator marks and ellipsis are not part of the name.
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")))
            .replace(QStringLiteral("&&"), QStringLiteral("&"));
        text.remove(QChar(0x2026));
        if (text.trimmed().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &shortcut : action->shortcuts())
            keys << shortcut.toString(QKeySequence::NativeText);
        const Row row {text.trimmed(), keys.join(QStringLiteral(", "))};
        if (seen.contains(row.action + QLatin1Char('\n') + row.shortcut))
            continue;
        seen.insert(row.action + QLatin1Char('\n') + row.shortcut);
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(),
        [](const Row &a, const Row &b) { return a.action.localeAwareCompare(b.action) < 0; });
    return rows;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setAccessibleName(tr("Keyboard Shortcuts"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    for (const Row &row : rowsFor(window))
        m_list->addTopLevelItem(new QTreeWidgetItem({row.action, row.shortcut}));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    // Keys that belong to views rather than to actions: said once, here.
    auto *note = new QLabel(tr("In the charts, the map and the calendar, the arrow keys move "
                               "from item to item and Enter opens the chosen one."),
        this);
    note->setObjectName(QStringLiteral("shortcutsNote"));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(520, 480);
}

} // namespace pactesur
