// SPDX-License-Identifier: EUPL-1.2
#include "backupsview.h"

#include "util/localformat.h"

#include "exchange/backups.h"
#include "restorebackupcommand.h"
#include "session/exchangeworker.h"
#include "session/session.h"
#include "store/database.h"
#include "widgets/emptystate.h"
#include "widgets/labels.h"
#include "widgets/messages.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace pactesur {

namespace {
enum Column { Taken, Size, File, ColumnCount };
constexpr int kPathRole = Qt::UserRole + 1;
} // namespace

BackupsView::BackupsView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_worker(new ExchangeWorker(this))
{
    setObjectName(QStringLiteral("backupsView"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_error = labels::warning(QStringLiteral("backupsError"), this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(ColumnCount);
    m_list->header()->setStretchLastSection(true);
    auto *buttons = new QHBoxLayout;
    m_restore = new QPushButton(this);
    m_restore->setObjectName(QStringLiteral("backupsRestore"));
    m_openFolder = new QPushButton(this);
    m_openFolder->setObjectName(QStringLiteral("backupsOpenFolder"));
    buttons->addWidget(m_restore);
    buttons->addWidget(m_openFolder);
    buttons->addStretch(1);
    m_empty = new EmptyState(this);
    m_empty->setObjectName(QStringLiteral("backupsEmpty"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_list);
    layout->addWidget(m_intro);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &BackupsView::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &BackupsView::restoreSelected);
    connect(m_restore, &QPushButton::clicked, this, &BackupsView::restoreSelected);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(Backups::folder(m_session.database())));
    });
    // An import adds a backup; a restore or a database switch changes the folder's content.
    connect(&session, &Session::recordsChanged, this, [this](const QString &kind) {
        if (kind == QLatin1String("imports"))
            refresh();
    });
    connect(&session, &Session::databaseReplaced, this, &BackupsView::refresh);
    retranslateUi();
    refresh();
}

BackupsView::~BackupsView()
{
    // First of all: the job writes to members that go before the children do.
    delete m_worker;
}

int BackupsView::rowCount() const
{
    return m_list->topLevelItemCount();
}

void BackupsView::refresh()
{
    // The folder is the database's: it changes with File > Open.
    m_intro->setText(tr("A backup of the whole database is made before every import and every "
                        "restore; after an import, the ten newest are kept. They are in %1.")
                         .arg(QDir::toNativeSeparators(Backups::folder(m_session.database()))));
    const QString selected = selectedBackup();
    const QLocale locale;
    m_list->clear();
    for (const BackupFile &backup : Backups::list(m_session.database())) {
        auto *item = new QTreeWidgetItem(m_list);
        const QDateTime taken = backup.takenAt.toLocalTime();
        item->setText(Taken,
            tr("%1 at %2")
                .arg(LocalFormat::longDate(taken.date(), locale),
                    LocalFormat::time(taken.time(), locale)));
        item->setText(Size, locale.formattedDataSize(backup.size));
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(File, QFileInfo(backup.path).fileName());
        item->setToolTip(File, QDir::toNativeSeparators(backup.path));
        item->setData(Taken, kPathRole, backup.path);
    }
    for (int column = 0; column < File; ++column)
        m_list->resizeColumnToContents(column);
    if (!selectBackup(selected) && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    const bool empty = m_list->topLevelItemCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_list);
    m_restore->setVisible(!empty);
    updateButtons();
}

void BackupsView::setEmptyActions(const QList<QAction *> &actions)
{
    m_empty->setActions(actions);
}

bool BackupsView::selectBackup(const QString &path)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (!path.isEmpty() && m_list->topLevelItem(i)->data(Taken, kPathRole) == path) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

QString BackupsView::selectedBackup() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(Taken, kPathRole).toString() : QString();
}

bool BackupsView::isRestoring() const
{
    return m_worker->isRunning();
}

void BackupsView::updateButtons()
{
    m_restore->setEnabled(!selectedBackup().isEmpty() && !m_worker->isRunning());
}

void BackupsView::restoreSelected()
{
    const QString path = selectedBackup();
    if (path.isEmpty() || m_worker->isRunning())
        return;
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!Messages::confirm(this,
            tr("Restore the backup of %1?\nYour database goes back to how it was then. Its "
               "current state is saved in a new backup first, and Edit ▸ Undo brings it back.")
                .arg(item->text(Taken)),
            tr("Restore")))
        return;
    m_error->hide();
    m_saved.clear();
    m_failure.clear();
    // Modal, so nothing writes to the database while its content is replaced.
    m_progress = new QProgressDialog(tr("Restoring the backup…"), QString(), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("backupsProgress"));
    m_progress->setWindowModality(Qt::ApplicationModal);
    m_progress->setMinimumDuration(0);
    m_progress->show();
    RestoreBackupCommand::aboutToRestore(m_session);
    connect(
        m_worker, &ExchangeWorker::finished, this, [this, path] { restoreDone(path); },
        Qt::SingleShotConnection);
    m_worker->start(m_session.database(), [this, path](Database &db) {
        Result<QString> saved = Backups::restore(db, path);
        if (saved)
            m_saved = saved.value();
        else
            m_failure = saved.error().message;
    });
    updateButtons();
}

void BackupsView::restoreDone(const QString &backupPath)
{
    delete m_progress;
    m_progress = nullptr;
    if (const std::optional<Error> error = m_worker->openError())
        m_failure = error->message;
    if (m_failure.isEmpty())
        RestoreBackupCommand::push(m_session, backupPath, m_saved);
    RestoreBackupCommand::restored(m_session);
    m_error->setText(m_failure);
    m_error->setVisible(!m_failure.isEmpty());
    refresh();
    emit restoreFinished(m_failure);
}

void BackupsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}

void BackupsView::retranslateUi()
{
    m_list->setHeaderLabels({tr("Taken on"), tr("Size"), tr("File")});
    m_list->setAccessibleName(tr("Backups"));
    m_restore->setText(tr("&Restore…"));
    m_openFolder->setText(tr("Show the Folder"));
    m_empty->setText(tr("No backups yet.\n\nThe first one is made when you import a package."));
}

} // namespace pactesur
