// SPDX-License-Identifier: EUPL-1.2
// The automatic backups beside the database, with their date and size, and Restore: after
// a confirmation, off the GUI thread, undoable by restoring the backup taken just before.
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QProgressDialog;
class QPushButton;
class QTreeWidget;

namespace pactesur {

class EmptyState;
class ExchangeWorker;
class Session;

class BackupsView : public QWidget
{
    Q_OBJECT
public:
    explicit BackupsView(Session &session, QWidget *parent = nullptr);
    // Waits for a restore under way: it cannot stop half-way.
    ~BackupsView() override;

    void refresh();
    int rowCount() const;
    // The buttons of the empty place, shown while there is no backup yet (issue 18).
    void setEmptyActions(const QList<QAction *> &actions);
    bool selectBackup(const QString &path);
    QString selectedBackup() const;
    // What Restore… does: asks (Messages::confirm), then restores off the GUI thread.
    void restoreSelected();
    bool isRestoring() const;

signals:
    // The restore ended; `error` is empty when it succeeded.
    void restoreFinished(const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void restoreDone(const QString &backupPath);

    Session &m_session;
    QLabel *m_intro = nullptr;
    QLabel *m_error = nullptr;
    QTreeWidget *m_list = nullptr;
    EmptyState *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_openFolder = nullptr;
    ExchangeWorker *m_worker = nullptr;
    QProgressDialog *m_progress = nullptr;
    QString m_saved; // set by the job: the backup taken before the restore
    QString m_failure; // set by the job
};

} // namespace pactesur
