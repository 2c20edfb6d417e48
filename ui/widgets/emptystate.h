// SPDX-License-Identifier: EUPL-1.2
// What a place with nothing in it yet shows instead of an empty table: what the place is
// for, and buttons for the next step (issue 18: "Export Package…", "Import Package…").
#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QIcon;
class QLabel;
class QPushButton;
class QHBoxLayout;

namespace pactesur {

class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);

    // A picture above the text (the section's icon), or none.
    void setIcon(const QIcon &icon);
    // Plain text, wrapped and centred; a blank line separates the heading from the rest.
    void setText(const QString &text);
    QString text() const;
    // One button per action, in this order. A button triggers its action and follows its
    // text and enabled state, so the menus and the empty place never disagree.
    void setActions(const QList<QAction *> &actions);
    QList<QPushButton *> buttons() const { return m_buttons; }

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttonRow = nullptr;
    QList<QPushButton *> m_buttons;
};

} // namespace pactesur
