// SPDX-License-Identifier: EUPL-1.2
// File > Export package: for the coordinator (or, for the coordinator, one partner) what
// they have not received yet, or a full copy; shows what goes in, saves off the GUI thread
// with progress and Cancel, and says where the file is.
#pragma once

#include "exchange/exporter.h"

#include <QDialog>

#include <memory>
#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace pactesur {

class ExchangeWorker;
class Session;

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class State { Choosing, Exporting, Done, Failed };

    explicit ExportDialog(Session &session, QWidget *parent = nullptr);
    ~ExportDialog() override;

    State state() const { return m_state; }
    bool isFull() const;
    // The peer key for Exporter (empty for a full copy).
    QString peer() const;
    void setFull(bool full);
    // What goes in, once counted (CLI kind -> records); empty while counting.
    QMap<QString, int> plannedCounts() const { return m_counts; }
    bool isCounting() const;
    const ExportSummary &summary() const { return m_summary; }
    QString message() const { return m_message; }
    // What "Export…" does: asks where (FileDialogs), then writes.
    void exportPackage();
    void cancelExport();

signals:
    void stateChanged(pactesur::ExportDialog::State state);
    void exported(const pactesur::ExportSummary &summary);

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void fillPeers();
    void recount();
    void countFinished();
    void exportFinished();
    void setState(State state);
    QString suggestedFileName() const;

    Session &m_session;
    State m_state = State::Choosing;
    bool m_coordinator = false;
    ExchangeWorker *m_counter = nullptr;
    ExchangeWorker *m_writer = nullptr;
    bool m_recount = false;
    QMap<QString, int> m_counts;
    struct Outcome
    {
        std::optional<Error> error;
        QMap<QString, int> counts;
        ExportSummary summary;
    };
    std::shared_ptr<Outcome> m_counted;
    std::shared_ptr<Outcome> m_written;
    ExportSummary m_summary;
    QString m_message;
    bool m_refused = false; // the core refused to write it (e.g. nobody can receive it)

    QLabel *m_intro = nullptr;
    QRadioButton *m_delta = nullptr;
    QComboBox *m_peers = nullptr;
    QLabel *m_deltaNote = nullptr;
    QRadioButton *m_full = nullptr;
    QButtonGroup *m_choice = nullptr;
    QLabel *m_contentsLabel = nullptr;
    QTreeWidget *m_contents = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_showFolder = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace pactesur
