// SPDX-License-Identifier: EUPL-1.2
// The inbox of open conflicts: the list on the left, the chosen one side by side on the
// right. Resolutions go on the session's undo stack (ResolveConflictCommand). Below them,
// the changes the ownership rules refused (NoticeList).
#pragma once

#include "conflictpanel.h"

#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace pactesur {

class Database;
class NoticeList;
class EmptyState;
class Session;

class ConflictInbox : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictInbox(Session &session, QWidget *parent = nullptr);
    // What the empty inbox offers (Import Package…): conflicts only come with packages.
    void setEmptyActions(const QList<QAction *> &actions);

    static int openCount(const Database &db);
    int count() const { return m_count; }
    // Rereads the list (also done on every recordsChanged and database switch).
    void refresh();
    // Selects the conflict with this id, if it is open; true when it was found.
    bool selectConflict(const QString &conflictId);
    QString currentConflictId() const;
    ConflictPanel *panel() const { return m_panel; }
    NoticeList *notices() const { return m_notices; }
    int noticeCount() const;

    // The same as the panel's buttons; the error, if any, is shown and returned.
    bool keepValue(const QString &conflictId, const QString &valueId);
    bool keepMergedValue(const QString &conflictId, const QString &value);

signals:
    // For the badge in the navigation.
    void openCountChanged(int count);
    void noticeCountChanged(int count);
    void showRecordRequested(const QString &kind, const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void currentChanged();
    QList<OpenConflict> load() const;
    bool report(const QString &error);

    Session &m_session;
    int m_count = -1;
    QList<OpenConflict> m_conflicts; // as listed, row for row
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QTreeWidget *m_list = nullptr;
    ConflictPanel *m_panel = nullptr;
    NoticeList *m_notices = nullptr;
};

} // namespace pactesur
