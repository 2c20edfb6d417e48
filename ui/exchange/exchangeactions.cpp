// SPDX-License-Identifier: EUPL-1.2
#include "exchangeactions.h"

#include "exportdialog.h"
#include "importdialog.h"
#include "widgets/filedialogs.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QTimer>
#include <QWidget>

namespace pactesur {

ExchangeActions::ExchangeActions(Session &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_export(new QAction(this))
    , m_import(new QAction(this))
{
    setObjectName(QStringLiteral("exchangeActions"));
    m_export->setObjectName(QStringLiteral("exportPackageAction"));
    m_import->setObjectName(QStringLiteral("importPackageAction"));
    connect(m_export, &QAction::triggered, this, &ExchangeActions::showExport);
    connect(m_import, &QAction::triggered, this, &ExchangeActions::chooseAndImport);
    window->setAcceptDrops(true);
    window->installEventFilter(this);
    retranslateUi();
}

bool ExchangeActions::isPackageFile(const QString &path)
{
    return path.endsWith(QLatin1String(".pactesur"), Qt::CaseInsensitive)
        && QFileInfo(path).isFile();
}

QString ExchangeActions::packageIn(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() && isPackageFile(url.toLocalFile()) ? url.toLocalFile() : QString();
}

bool ExchangeActions::handleDrop(QDropEvent *event)
{
    const QString path = packageIn(event->mimeData());
    if (path.isEmpty())
        return false;
    event->acceptProposedAction();
    // Not from inside the drop: the dragging application waits until the handler returns.
    QTimer::singleShot(0, this, [this, path] { openPackage(path); });
    return true;
}

ImportDialog *ExchangeActions::openPackage(const QString &path)
{
    if (m_importDialog) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return nullptr;
    }
    auto *dialog = new ImportDialog(m_session, path, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Application-modal: no window of the app (a sheet editor either) takes edits while a
    // package is applied by the other connection.
    dialog->setWindowModality(Qt::ApplicationModal);
    connect(dialog, &ImportDialog::reviewConflictsRequested, this,
        &ExchangeActions::reviewConflictsRequested);
    m_importDialog = dialog;
    dialog->show();
    return dialog;
}

ExportDialog *ExchangeActions::showExport()
{
    if (m_exportDialog) {
        m_exportDialog->raise();
        return m_exportDialog;
    }
    auto *dialog = new ExportDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_exportDialog = dialog;
    dialog->show();
    return dialog;
}

void ExchangeActions::chooseAndImport()
{
    const QString path = FileDialogs::getOpenFileName(m_window, tr("Import a Package"),
        tr("Pactesur packages (*.pactesur)") + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        openPackage(path);
}

bool ExchangeActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (canAccept(drag->mimeData())) {
                drag->acceptProposedAction();
                return true;
            }
            break;
        }
        case QEvent::Drop:
            if (handleDrop(static_cast<QDropEvent *>(event)))
                return true;
            break;
        case QEvent::LanguageChange:
            retranslateUi();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void ExchangeActions::retranslateUi()
{
    m_export->setText(tr("&Export Package…"));
    m_export->setStatusTip(tr("Save a package file to send to your partners"));
    m_import->setText(tr("&Import Package…"));
    m_import->setStatusTip(tr("Open a package file a partner sent you: see what it changes, "
                              "then apply it"));
}

} // namespace pactesur
