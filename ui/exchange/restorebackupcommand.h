// SPDX-License-Identifier: EUPL-1.2
// Restoring a backup as a step on the undo stack: undo restores the backup taken just
// before, redo the chosen one again. Each restore takes a backup of its own first.
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace pactesur {

class Session;

class RestoreBackupCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::RestoreBackupCommand)
public:
    // The restore of `restoredPath` has been made (off the GUI thread) and `savedPath` holds
    // the content before it. Pushing the command empties the stack first: the steps on it
    // refer to content that is gone.
    static void push(Session &session, const QString &restoredPath, const QString &savedPath);
    // A restore changes the content under the same file and the same lock: the views are
    // told as for a database switch. Before, so that open editors store what they have
    // pending (the restore's own backup then keeps it); after, so that they read again.
    static void aboutToRestore(Session &session);
    static void restored(Session &session);

    void undo() override;
    void redo() override;

private:
    RestoreBackupCommand(
        Session &session, const QString &text, QString restoredPath, QString savedPath);
    void restore(const QString &path);

    Session &m_session;
    QString m_restored;
    QString m_saved;
    bool m_firstRedo = true;
};

} // namespace pactesur
