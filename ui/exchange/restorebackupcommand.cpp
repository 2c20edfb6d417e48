// SPDX-License-Identifier: EUPL-1.2
#include "restorebackupcommand.h"

#include "util/localformat.h"

#include "exchange/backups.h"
#include "session/session.h"

#include <QCursor>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QUndoStack>

namespace pactesur {

void RestoreBackupCommand::push(
    Session &session, const QString &restoredPath, const QString &savedPath)
{
    QString when = QFileInfo(restoredPath).fileName();
    for (const BackupFile &backup : Backups::list(session.database())) {
        if (backup.path == QFileInfo(restoredPath).absoluteFilePath())
            when = LocalFormat::dateTime(backup.takenAt.toLocalTime());
    }
    session.undoStack()->clear();
    session.undoStack()->push(new RestoreBackupCommand(
        session, tr("Restore the backup of %1").arg(when), restoredPath, savedPath));
}

void RestoreBackupCommand::aboutToRestore(Session &session)
{
    emit session.databaseAboutToBeReplaced();
}

void RestoreBackupCommand::restored(Session &session)
{
    emit session.databaseReplaced();
    emit session.identityChanged();
}

RestoreBackupCommand::RestoreBackupCommand(
    Session &session, const QString &text, QString restoredPath, QString savedPath)
    : QUndoCommand(text)
    , m_session(session)
    , m_restored(std::move(restoredPath))
    , m_saved(std::move(savedPath))
{ }

void RestoreBackupCommand::undo()
{
    restore(m_saved);
}

void RestoreBackupCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    restore(m_restored);
}

void RestoreBackupCommand::restore(const QString &path)
{
    // Undo and redo are synchronous by contract. A restore copies the file once, which is
    // quick for the database of a partnership; a network-scale file takes a few seconds.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    aboutToRestore(m_session);
    const Result<QString> saved = Backups::restore(m_session.database(), path);
    restored(m_session); // a failed restore changed nothing: the views read the same again
    QGuiApplication::restoreOverrideCursor();
    if (!saved) {
        setObsolete(true);
        emit m_session.editFailed(saved.error().message);
    }
}

} // namespace pactesur
