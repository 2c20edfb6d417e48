// SPDX-License-Identifier: EUPL-1.2
// File > Import package: who sent it, whose key signed it, and what it would change (a
// preview), then Apply or Cancel, progress with Cancel while it applies, and a summary. A
// package that cannot be imported gets one sentence, and the details on demand.
#pragma once

#include "exchange/importer.h"

#include <QDialog>

#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace pactesur {

class ExchangeWorker;
class ImportCountsBar;
class ImportPreviewModel;
class PeerDirectory;
struct ImportApplyOutcome;
struct ImportPreviewOutcome;
class Session;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class State { Comparing, Preview, Applying, Done, Cancelled, Rejected, Failed };

    // Starts the preview at once, off the GUI thread.
    ImportDialog(Session &session, const QString &packagePath, QWidget *parent = nullptr);
    ~ImportDialog() override;

    State state() const { return m_state; }
    // The dry run while previewing, the import once applied.
    const ImportReport &report() const { return m_report; }
    QString packagePath() const { return m_path; }
    // The sentence shown when the package was refused, the import failed or was cancelled.
    QString message() const;
    ImportPreviewModel *previewModel() const { return m_model; }
    // What the Apply and Cancel buttons do.
    void apply();
    void cancelImport();

signals:
    void stateChanged(pactesur::ImportDialog::State state);
    void imported(const pactesur::ImportReport &report);
    // "Review conflicts" in the summary.
    void reviewConflictsRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

public slots:
    void reject() override;

private:
    void buildUi();
    void retranslateUi();
    void setState(State state);
    void showHeader(const Manifest &manifest, int declaredRecords);
    void refreshHeader();
    void showSigner(const PeerDirectory &peers);
    void refreshTexts();
    void showProgress(qint64 done, qint64 total, int stage);
    void previewFinished();
    void applyFinished();
    void showRefusal(const QString &sentence, const QString &details);
    QString refusedList() const;
    void notifyViews();

    Session &m_session;
    QString m_path;
    State m_state = State::Comparing;
    ImportReport m_report;
    int m_declared = 0;
    std::optional<Manifest> m_manifest;
    QString m_message;
    ExchangeWorker *m_worker = nullptr;
    std::shared_ptr<ImportPreviewOutcome> m_preview;
    std::shared_ptr<ImportApplyOutcome> m_applied;

    QLabel *m_title = nullptr;
    QLabel *m_signer = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    ImportCountsBar *m_counts = nullptr;
    QTreeView *m_tree = nullptr;
    ImportPreviewModel *m_model = nullptr;
    QLabel *m_notices = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace pactesur
