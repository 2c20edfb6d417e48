// SPDX-License-Identifier: EUPL-1.2
// What the main window needs for exchanging packages, in one object: the File menu's
// Export Package… and Import Package…, a .pactesur file dropped on the window, and a file
// given on the command line. Each opens its dialog, window-modal.
#pragma once

// The dialogs are complete types here: QPointer members need them wherever this header goes.
#include "exportdialog.h"
#include "importdialog.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDropEvent;
class QMimeData;
class QWidget;

namespace pactesur {

class Session;

class ExchangeActions : public QObject
{
    Q_OBJECT
public:
    // Watches `window` for drops of a package (it sets acceptDrops on it) and for language
    // changes; the actions are children of this object.
    ExchangeActions(Session &session, QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

    static bool isPackageFile(const QString &path);
    // The one local .pactesur file the drag carries, or empty.
    static QString packageIn(const QMimeData *mime);
    static bool canAccept(const QMimeData *mime) { return !packageIn(mime).isEmpty(); }
    // For a window that handles its own drop events; the event filter calls it too.
    bool handleDrop(QDropEvent *event);

    // The import preview of `path` (also for `pactesur FILE.pactesur`). Null when another
    // import is already open.
    ImportDialog *openPackage(const QString &path);
    ImportDialog *importDialog() const { return m_importDialog; }
    ExportDialog *showExport();
    // What Import Package… does: asks for the file (FileDialogs), then openPackage().
    void chooseAndImport();

signals:
    // "Review conflicts" in the import summary: the main window shows the ConflictInbox.
    void reviewConflictsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();

    Session &m_session;
    QWidget *m_window = nullptr;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    QPointer<ImportDialog> m_importDialog;
    QPointer<ExportDialog> m_exportDialog;
};

} // namespace pactesur
