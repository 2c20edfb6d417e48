// SPDX-License-Identifier: EUPL-1.2
#include "reportsdialog.h"

#include "util/localformat.h"

#include "session/exchangeworker.h"
#include "session/session.h"
#include "store/database.h"
#include "util/translations.h"
#include "widgets/filedialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <optional>

namespace pactesur {

// What the worker thread hands back; shared so a late job never writes into a freed dialog.
struct ReportsDialog::Outcome
{
    std::optional<Error> error;
};

ReportsDialog::ReportsDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_worker(new ExchangeWorker(this))
{
    setObjectName(QStringLiteral("reportsDialog"));
    buildUi();
    connect(m_worker, &ExchangeWorker::finished, this, &ReportsDialog::writeFinished);
    connect(m_worker, &ExchangeWorker::progressChanged, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(1000 * qMin(done, total) / total));
    });
    m_reports->setCurrentRow(0);
    setState(State::Choosing);
}

ReportsDialog::~ReportsDialog()
{
    // First: a running job reports to members that go before the children do.
    delete m_worker;
}

void ReportsDialog::buildUi()
{
    resize(560, 440);
    auto *layout = new QVBoxLayout(this);
    m_reports = new QListWidget(this);
    m_reports->setObjectName(QStringLiteral("reportsList"));
    m_reports->setSpacing(3);
    for (const ReportCatalog::Entry &entry : ReportCatalog::entries()) {
        auto *item = new QListWidgetItem(m_reports);
        item->setData(Qt::UserRole, entry.kind);
    }
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("reportsFormat"));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("reportsFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("reportsTo"));
    const QString dateFormat = LocalFormat::dateInputFormat();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat);
    }
    // The project's own period unless the coordinator narrows it; a project record without
    // dates leaves the current year.
    const ReportPeriod project = ReportPeriod::ofProject(m_session.database());
    const QDate today = QDate::currentDate();
    m_from->setDate(project.from.isValid() ? project.from : QDate(today.year(), 1, 1));
    m_to->setDate(project.to.isValid() ? project.to : QDate(today.year(), 12, 31));
    // An empty period would only give an empty file.
    m_to->setMinimumDate(m_from->date());
    connect(m_from, &QDateEdit::dateChanged, m_to, &QDateEdit::setMinimumDate);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportsLanguage"));
    for (const UiLanguage &language : Translations::languages())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Translations::current())));

    m_form = new QFormLayout;
    m_formatLabel = new QLabel(this);
    m_periodLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_form->addRow(m_formatLabel, m_format);
    m_form->addRow(m_periodLabel, m_from);
    m_form->addRow(m_toLabel, m_to);
    m_form->addRow(m_languageLabel, m_language);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reportsProgress"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("reportsResult"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("reportsSave"));
    m_showFolder = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_showFolder->setObjectName(QStringLiteral("reportsShowFolder"));
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("reportsCancel"));
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("reportsClose"));
    connect(m_save, &QPushButton::clicked, this, &ReportsDialog::saveAs);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsDialog::cancelWriting);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_showFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath()));
    });
    connect(m_reports, &QListWidget::currentRowChanged, this, &ReportsDialog::reportChanged);

    layout->addWidget(m_reports, 1);
    layout->addLayout(m_form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
}

ReportRequest ReportsDialog::request() const
{
    ReportRequest request;
    if (const QListWidgetItem *item = m_reports->currentItem())
        request.kind = item->data(Qt::UserRole).toString();
    request.format = m_format->currentData().toString();
    request.period = ReportPeriod {m_from->date(), m_to->date()};
    request.language = m_language->currentData().toString();
    return request;
}

QString ReportsDialog::suggestedFileName() const
{
    const ReportRequest chosen = request();
    const ReportCatalog::Entry *entry = ReportCatalog::find(chosen.kind);
    // Names that sort and tell apart: what, for which period or language, which format.
    QString detail = QDate::currentDate().toString(Qt::ISODate);
    if (entry && entry->takesPeriod)
        detail = chosen.period.from.toString(Qt::ISODate) + QLatin1Char('_')
            + chosen.period.to.toString(Qt::ISODate);
    if (entry && entry->takesLanguage)
        detail = entry->takesPeriod ? detail + QLatin1Char('-') + chosen.language : chosen.language;
    return QStringLiteral("pactesur-%1-%2.%3").arg(chosen.kind, detail, chosen.format);
}

void ReportsDialog::selectReport(const QString &kind)
{
    for (int row = 0; row < m_reports->count(); ++row) {
        if (m_reports->item(row)->data(Qt::UserRole).toString() == kind)
            m_reports->setCurrentRow(row);
    }
}

void ReportsDialog::selectFormat(const QString &format)
{
    const int index = m_format->findData(format);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

void ReportsDialog::reportChanged()
{
    const ReportRequest chosen = request();
    const ReportCatalog::Entry *entry = ReportCatalog::find(chosen.kind);
    if (!entry)
        return;
    // The report class says which formats it writes; its constructor reads nothing.
    const std::unique_ptr<ReportJob> job = ReportCatalog::makeJob(m_session.database(), chosen);
    m_format->clear();
    for (const QString &format : job->formats())
        m_format->addItem(ReportCatalog::formatName(format), format);
    selectFormat(chosen.format);
    m_form->setRowVisible(m_from, entry->takesPeriod);
    m_form->setRowVisible(m_to, entry->takesPeriod);
    m_form->setRowVisible(m_language, entry->takesLanguage);
}

void ReportsDialog::saveAs()
{
    if (m_state == State::Writing || m_worker->isRunning())
        return;
    const ReportRequest chosen = request();
    if (chosen.kind.isEmpty() || chosen.format.isEmpty())
        return;
    QString path = FileDialogs::getSaveFileName(this, tr("Save the Report"), suggestedFileName(),
        ReportCatalog::formatFilter(chosen.format));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + chosen.format;
    m_path = path;
    m_outcome = std::make_shared<Outcome>();
    m_worker->start(
        m_session.database(), [worker = m_worker, chosen, path, outcome = m_outcome](Database &db) {
            std::unique_ptr<ReportJob> job = ReportCatalog::makeJob(db, chosen);
            job->setProgress([worker](int done, int total) { worker->setProgress(done, total); });
            job->setCancelFlag(worker->cancelFlag());
            if (Status written = job->write(chosen.format, path); !written)
                outcome->error = written.error();
        });
    setState(State::Writing);
}

void ReportsDialog::cancelWriting()
{
    if (m_state == State::Writing) {
        m_worker->cancel();
        m_cancel->setEnabled(false);
        return;
    }
    QDialog::reject();
}

void ReportsDialog::writeFinished()
{
    const std::optional<Error> error
        = m_worker->openError() ? m_worker->openError() : m_outcome->error;
    if (error) {
        m_message = m_worker->isCancelled() ? ReportJob::cancelledError().message : error->message;
        setState(State::Failed);
        return;
    }
    setState(State::Done);
}

void ReportsDialog::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    const bool writing = state == State::Writing;
    // After a report the choices stay open: the next one is often the same in another format.
    m_reports->setEnabled(!writing);
    for (QWidget *widget : std::initializer_list<QWidget *> {m_format, m_from, m_to, m_language})
        widget->setEnabled(!writing);
    m_progress->setVisible(writing);
    m_progress->setRange(0, 0);
    m_save->setEnabled(!writing);
    const bool cancellable = writing || state == State::Choosing;
    m_cancel->setVisible(cancellable);
    m_cancel->setEnabled(true);
    m_close->setVisible(!cancellable);
    m_showFolder->setVisible(state == State::Done);
    m_save->setDefault(true);
    retranslateUi();
    if (changed)
        emit stateChanged(state);
}

void ReportsDialog::reject()
{
    if (m_state == State::Writing) {
        cancelWriting();
        return;
    }
    QDialog::reject();
}

void ReportsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReportsDialog::retranslateUi()
{
    setWindowTitle(tr("Reports"));
    for (int row = 0; row < m_reports->count(); ++row) {
        QListWidgetItem *item = m_reports->item(row);
        const QString kind = item->data(Qt::UserRole).toString();
        // Two lines, not one sentence: the name, then what the report holds.
        item->setText(
            ReportCatalog::name(kind) + QLatin1Char('\n') + ReportCatalog::description(kind));
    }
    for (int index = 0; index < m_format->count(); ++index)
        m_format->setItemText(
            index, ReportCatalog::formatName(m_format->itemData(index).toString()));
    m_reports->setAccessibleName(tr("Report"));
    m_formatLabel->setText(tr("&Format:"));
    m_formatLabel->setBuddy(m_format);
    m_periodLabel->setText(tr("F&rom:"));
    m_periodLabel->setBuddy(m_from);
    m_toLabel->setText(tr("&To:"));
    m_toLabel->setBuddy(m_to);
    m_languageLabel->setText(tr("&Language:"));
    m_languageLabel->setBuddy(m_language);
    m_format->setAccessibleName(tr("Format"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setAccessibleName(tr("Last day of the period"));
    m_language->setAccessibleName(tr("Language of the report"));
    m_progress->setAccessibleName(tr("Report progress"));
    m_save->setText(tr("&Save As…"));
    m_cancel->setText(tr("Cancel"));
    m_close->setText(tr("&Close"));
    m_showFolder->setText(tr("Show in Folder"));
    switch (m_state) {
    case State::Choosing:
        m_result->setText(tr("Choose a report, then save it to a file."));
        break;
    case State::Writing:
        m_result->setText(tr("Writing the report… Cancel stops it; no file is left behind."));
        break;
    case State::Done:
        m_result->setText(tr("The report is saved as:\n%1").arg(QDir::toNativeSeparators(m_path)));
        break;
    case State::Failed:
        m_result->setText(m_message);
        break;
    }
}

} // namespace pactesur
