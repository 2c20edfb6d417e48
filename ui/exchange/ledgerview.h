// SPDX-License-Identifier: EUPL-1.2
// The import/export ledger as a list: when, received or sent, with whom, which file, and
// what it held. Read-only; it grows with every exchange.
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace pactesur {

class EmptyState;
class Session;

class LedgerView : public QWidget
{
    Q_OBJECT
public:
    explicit LedgerView(Session &session, QWidget *parent = nullptr);
    void refresh();
    int rowCount() const;
    // What a database that never exchanged offers instead of an empty list (Export
    // Package…, Import Package…).
    void setEmptyActions(const QList<QAction *> &actions);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Session &m_session;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
};

} // namespace pactesur
