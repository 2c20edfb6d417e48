// SPDX-License-Identifier: EUPL-1.2
#include "importdialog.h"

#include "util/localformat.h"

#include "exchange/peerdirectory.h"
#include "importcountsbar.h"
#include "importjobs.h"
#include "importpreviewmodel.h"
#include "session/exchangeworker.h"
#include "session/session.h"
#include "store/database.h"
#include "trust/roster.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

namespace pactesur {

ImportDialog::ImportDialog(Session &session, const QString &packagePath, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_path(QFileInfo(packagePath).absoluteFilePath())
    , m_worker(new ExchangeWorker(this))
    , m_preview(std::make_shared<ImportPreviewOutcome>())
{
    setObjectName(QStringLiteral("importDialog"));
    buildUi();
    retranslateUi();
    setState(State::Comparing);
    connect(m_worker, &ExchangeWorker::progressChanged, this, &ImportDialog::showProgress);
    connect(m_worker, &ExchangeWorker::finished, this, &ImportDialog::previewFinished);
    m_worker->start(m_session.database(),
        importjobs::preview(*m_worker, m_path, m_preview,
            [this](const Manifest &manifest, int declared) { showHeader(manifest, declared); }));
}

ImportDialog::~ImportDialog()
{
    // First of all: a running job reports to members that go before the children do.
    delete m_worker;
}

void ImportDialog::buildUi()
{
    resize(760, 620);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("importTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_signer = new QLabel(this);
    m_signer->setObjectName(QStringLiteral("importSigner"));
    m_signer->setTextFormat(Qt::PlainText);
    m_signer->setWordWrap(true);
    m_signer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signer->hide();
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("importSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_counts = new ImportCountsBar(this);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_model = new ImportPreviewModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("importPreviewTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // a network-scale group holds 100,000 rows
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(ImportPreviewModel::RecordColumn, 340);
    m_notices = new QLabel(this);
    m_notices->setObjectName(QStringLiteral("importNotices"));
    m_notices->setTextFormat(Qt::PlainText);
    m_notices->setWordWrap(true);
    m_detailsButton = new QPushButton(this);
    m_detailsButton->setObjectName(QStringLiteral("importDetailsButton"));
    m_detailsButton->setCheckable(true);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("importDetails"));
    m_details->setReadOnly(true);
    m_details->setVisible(false);
    connect(m_detailsButton, &QPushButton::toggled, m_details, &QWidget::setVisible);

    m_buttons = new QDialogButtonBox(this);
    m_applyButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("importApply"));
    m_reviewButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_reviewButton->setObjectName(QStringLiteral("importReviewConflicts"));
    m_cancelButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("importCancel"));
    m_closeButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(QStringLiteral("importClose"));
    // The buttons act by themselves: the box's accepted/rejected would close the dialog.
    connect(m_applyButton, &QPushButton::clicked, this, &ImportDialog::apply);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_reviewButton, &QPushButton::clicked, this, [this] {
        emit reviewConflictsRequested();
        accept();
    });

    layout->addWidget(m_title);
    layout->addWidget(m_signer);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_counts);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_notices);
    layout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    layout->addWidget(m_details, 1);
    // While the tree and the details are hidden (comparing, refused), the text stays at
    // the top instead of spreading over the dialog.
    layout->addStretch();
    layout->addWidget(m_buttons);
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import a Package"));
    m_applyButton->setText(tr("&Apply"));
    m_reviewButton->setText(tr("&Review Conflicts"));
    m_cancelButton->setText(tr("Cancel"));
    m_closeButton->setText(tr("&Close"));
    m_detailsButton->setText(tr("Details"));
    m_tree->setAccessibleName(tr("What the package changes"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_details->setAccessibleName(tr("Details"));
    m_model->retranslate();
    refreshHeader();
    refreshTexts();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString ImportDialog::message() const
{
    return m_message;
}

void ImportDialog::showHeader(const Manifest &manifest, int declaredRecords)
{
    m_manifest = manifest;
    m_declared = declaredRecords;
    refreshHeader();
}

void ImportDialog::refreshHeader()
{
    if (!m_manifest) {
        m_title->setText(tr("Opening %1…").arg(QFileInfo(m_path).fileName()));
        m_subtitle->setText(QDir::toNativeSeparators(m_path));
        m_signer->hide();
        return;
    }
    const PeerDirectory peers(m_session.database());
    showSigner(peers);
    const QDateTime made = QDateTime::fromString(m_manifest->createdAt, Qt::ISODate).toLocalTime();
    const QLocale locale;
    m_title->setText(tr("Package from %1")
                         .arg(peers.describeRole(m_manifest->senderRole, m_manifest->senderCity)));
    const QStringList lines = {tr("Made on %1 at %2.")
                                   .arg(LocalFormat::longDate(made.date(), locale),
                                       LocalFormat::time(made.time(), locale)),
        m_manifest->kind == QLatin1String("full")
            ? tr("A full copy of the sender's data: %n record(s).", nullptr, m_declared)
            : tr("The changes since your last exchange: %n record(s).", nullptr, m_declared),
        tr("File: %1").arg(QDir::toNativeSeparators(m_path))};
    m_subtitle->setText(lines.join(QLatin1Char('\n')));
}

void ImportDialog::showSigner(const PeerDirectory &peers)
{
    // The reader checked the signature against the sender's enrolled key and that the
    // manifest names that sender: the key, not the file, says who this is from.
    const QString sender = peers.describeRole(m_manifest->senderRole, m_manifest->senderCity);
    QPalette palette = m_signer->palette();
    if (m_manifest->verified) {
        m_signer->setText(tr("Signed by %1 (verified)").arg(sender));
        palette.setColor(QPalette::WindowText, QColor(0x1d, 0x6b, 0x2c));
    } else {
        m_signer->setText(tr("The sender's signature was not verified."));
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    }
    m_signer->setPalette(palette);
    const std::optional<RosterEntry> key
        = Roster::find(m_session.database(), m_manifest->senderReplica);
    m_signer->setToolTip(
        key ? tr("Fingerprint of the key: %1").arg(key->keys.fingerprint()) : QString());
    m_signer->setAccessibleDescription(m_signer->toolTip());
    m_signer->show();
}

void ImportDialog::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    const bool working = state == State::Comparing || state == State::Applying;
    const bool previewed = state == State::Preview || state == State::Applying
        || state == State::Done || state == State::Cancelled;
    m_progress->setVisible(working);
    const bool hasRecords = previewed || (state == State::Rejected && m_model->rowCount() > 0);
    m_counts->setVisible(hasRecords);
    m_tree->setVisible(hasRecords);
    m_detailsButton->setVisible(state == State::Rejected || state == State::Failed);
    if (!m_detailsButton->isVisible())
        m_detailsButton->setChecked(false);
    m_applyButton->setVisible(state == State::Preview);
    m_applyButton->setEnabled(state == State::Preview);
    // Told from the state, not from isVisible(), which is false for every button until
    // the dialog is first shown.
    const bool cancellable = working || state == State::Preview;
    m_cancelButton->setVisible(cancellable);
    m_cancelButton->setEnabled(!(state == State::Applying && m_worker->isCancelled()));
    m_closeButton->setVisible(!cancellable);
    // Refused changes are listed in the same inbox, under the conflicts.
    m_reviewButton->setVisible(
        state == State::Done && (m_report.conflicts > 0 || !m_report.refusals.isEmpty()));
    (state == State::Preview ? m_applyButton : m_closeButton)->setDefault(true);
    refreshTexts();
    if (changed)
        emit stateChanged(state);
}

void ImportDialog::refreshTexts()
{
    const QLocale locale;
    QString status;
    switch (m_state) {
    case State::Comparing:
        status = tr("Comparing the package with your database…");
        break;
    case State::Preview:
        if (m_report.created + m_report.updated == 0)
            status = tr("Nothing new: your database already holds everything in this package. "
                        "Apply records that you received it.");
        else
            status = tr("Nothing changes until you click Apply. A backup of your database is "
                        "made first.");
        // The dry run lists a bounded number of records (ImportReport::kMaxListed).
        if (m_report.changesNotListed > 0)
            status += QLatin1Char('\n')
                + tr("%n more new or updated record(s) are counted above but not listed.",
                    nullptr, m_report.changesNotListed);
        break;
    case State::Applying:
        status = m_worker->isCancelled()
            ? tr("Cancelling… your database stays as it was.")
            : tr("Importing… Cancel stops it and leaves your database as it was.");
        break;
    case State::Done:
        status = tr("Imported. New: %1, updated: %2, conflicts to review: %3, refused: %4.")
                     .arg(locale.toString(m_report.created), locale.toString(m_report.updated),
                         locale.toString(m_report.conflicts),
                         locale.toString(m_report.rejected.size()));
        if (!m_report.backupPath.isEmpty())
            status += QLatin1Char('\n')
                + tr("Your database as it was before is kept in %1.")
                      .arg(QDir::toNativeSeparators(m_report.backupPath));
        break;
    case State::Cancelled:
    case State::Rejected:
    case State::Failed:
        status = m_message;
        break;
    }
    m_status->setText(status);
    if (m_state == State::Done)
        m_title->setText(tr("Package imported"));
    else if (m_state == State::Cancelled)
        m_title->setText(tr("Import cancelled"));
    else if (m_state == State::Rejected)
        m_title->setText(tr("Package not imported"));
    else if (m_state == State::Failed)
        m_title->setText(tr("The import failed"));
    m_notices->setText(m_report.notices.join(QLatin1Char('\n')));
    m_notices->setVisible(!m_report.notices.isEmpty() && m_state != State::Rejected);
}

void ImportDialog::showProgress(qint64 done, qint64 total, int stage)
{
    // An unknown total shows a busy bar rather than a bar that never moves.
    m_progress->setRange(0, total > 0 ? 1000 : 0);
    if (total > 0)
        m_progress->setValue(int(1000 * qMin(done, total) / total));
    if (m_state == State::Applying && !m_worker->isCancelled()) {
        m_status->setText(stage == importjobs::Saving
                ? tr("Saving the changes… Cancel stops it and leaves your database as it was.")
                : tr("Checking the package… Cancel stops it and leaves your database as it "
                     "was."));
    }
}

void ImportDialog::previewFinished()
{
    disconnect(m_worker, &ExchangeWorker::finished, this, &ImportDialog::previewFinished);
    if (m_worker->isCancelled())
        return; // the dialog is closing
    if (const std::optional<Error> error = m_worker->openError()) {
        m_message = error->message;
        showRefusal(m_message, m_message);
        setState(State::Failed);
        return;
    }
    if (m_preview->error) {
        m_message = m_preview->error->message;
        showRefusal(m_message,
            tr("File: %1").arg(QDir::toNativeSeparators(m_path)) + QLatin1Char('\n')
                + tr("Reason: %1").arg(m_message) + QLatin1Char('\n')
                + tr("Nothing in your database was changed."));
        setState(m_preview->error->code == Error::Rejected ? State::Rejected : State::Failed);
        return;
    }
    m_report = m_preview->report;
    m_model->setRecords(m_preview->records);
    m_counts->setReport(m_report);
    // A small package opens fully; a large one by group and kind, a click away.
    if (m_preview->records.size() <= 60)
        m_tree->expandAll();
    else
        m_tree->expandToDepth(0);
    if (m_report.created + m_report.updated == 0 && !m_report.rejected.isEmpty()) {
        // Nothing but refusals: as the CLI, treat the package as refused as a whole.
        m_message = tr("Every change in this package was refused: %1")
                        .arg(m_report.rejected.first().reason);
        showRefusal(m_message, refusedList());
        setState(State::Rejected);
        return;
    }
    setState(State::Preview);
}

void ImportDialog::showRefusal(const QString &sentence, const QString &details)
{
    m_message = sentence;
    m_details->setPlainText(details);
}

QString ImportDialog::refusedList() const
{
    QStringList lines;
    for (const Rejection &rejection : m_report.rejected)
        lines << QStringLiteral("%1 %2: %3").arg(rejection.kind, rejection.id, rejection.reason);
    return lines.join(QLatin1Char('\n'));
}

void ImportDialog::apply()
{
    if (m_state != State::Preview || m_worker->isRunning())
        return;
    m_applied = std::make_shared<ImportApplyOutcome>();
    connect(m_worker, &ExchangeWorker::finished, this, &ImportDialog::applyFinished);
    m_worker->start(m_session.database(),
        importjobs::apply(
            *m_worker, m_path, m_declared, m_report.created + m_report.updated, m_applied));
    setState(State::Applying);
}

void ImportDialog::cancelImport()
{
    if (m_state == State::Applying) {
        m_worker->cancel();
        setState(State::Applying);
        return;
    }
    reject();
}

void ImportDialog::applyFinished()
{
    disconnect(m_worker, &ExchangeWorker::finished, this, &ImportDialog::applyFinished);
    if (const std::optional<Error> error = m_worker->openError()) {
        m_message = error->message;
        showRefusal(m_message, m_message);
        setState(State::Failed);
        return;
    }
    if (m_applied->error) {
        // Whatever stopped it, the transaction was rolled back: say so in both cases.
        m_message = m_worker->isCancelled()
            ? tr("The import was cancelled; your database is as it was.")
            : m_applied->error->message;
        showRefusal(m_message, m_applied->error->message);
        setState(m_worker->isCancelled() ? State::Cancelled : State::Failed);
        return;
    }
    m_report = m_applied->report;
    m_counts->setReport(m_report);
    setState(State::Done);
    notifyViews();
    emit imported(m_report);
}

void ImportDialog::notifyViews()
{
    QSet<QString> kinds = m_report.changedKinds;
    kinds << QStringLiteral("conflicts") << QStringLiteral("imports");
    for (const QString &kind : std::as_const(kinds))
        emit m_session.recordsChanged(kind);
}

void ImportDialog::reject()
{
    if (m_state == State::Applying) {
        // Closing mid-import means stop it; the dialog stays to say how it ended.
        cancelImport();
        return;
    }
    m_worker->cancel();
    QDialog::reject();
}

void ImportDialog::closeEvent(QCloseEvent *event)
{
    if (m_state == State::Applying) {
        cancelImport();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace pactesur
