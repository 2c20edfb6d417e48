// SPDX-License-Identifier: EUPL-1.2
// File > Reports: the coordinator picks a report of issue 7, its format, period or
// language, and a file; the report is written off the GUI thread with progress and
// Cancel, then the dialog says where the file is or why there is none.
#pragma once

#include "reportcatalog.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace pactesur {

class ExchangeWorker;
class Session;

class ReportsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class State { Choosing, Writing, Done, Failed };

    explicit ReportsDialog(Session &session, QWidget *parent = nullptr);
    ~ReportsDialog() override;

    State state() const { return m_state; }
    // What the choices ask for; the file name is the only thing still to come.
    ReportRequest request() const;
    QString suggestedFileName() const;
    // The file written last (empty until one is).
    QString writtenPath() const { return m_path; }

    void selectReport(const QString &kind);
    void selectFormat(const QString &format);
    void saveAs();
    void cancelWriting();

signals:
    void stateChanged(pactesur::ReportsDialog::State state);

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome;

    void buildUi();
    void retranslateUi();
    void reportChanged();
    void writeFinished();
    void setState(State state);

    Session &m_session;
    ExchangeWorker *m_worker = nullptr;
    State m_state = State::Choosing;
    std::shared_ptr<Outcome> m_outcome;
    QString m_path;
    QString m_message;

    QListWidget *m_reports = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_formatLabel = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_periodLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_showFolder = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace pactesur
