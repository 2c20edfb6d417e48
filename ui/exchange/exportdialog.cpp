// SPDX-License-Identifier: EUPL-1.2
#include "exportdialog.h"

#include "exchange/exportplan.h"
#include "exchange/peerdirectory.h"
#include "exchange/statestore.h"
#include "exchangesettings.h"
#include "model/kinds.h"
#include "resolveconflictcommand.h"
#include "session/exchangeworker.h"
#include "session/session.h"
#include "store/database.h"
#include "store/replica.h"
#include "widgets/filedialogs.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDate>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace pactesur {

ExportDialog::ExportDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_counter(new ExchangeWorker(this))
    , m_writer(new ExchangeWorker(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    m_coordinator = Replica::load(session.database()).isCoordinator();
    buildUi();
    fillPeers();
    retranslateUi();
    connect(m_counter, &ExchangeWorker::finished, this, &ExportDialog::countFinished);
    connect(m_writer, &ExchangeWorker::finished, this, &ExportDialog::exportFinished);
    connect(m_writer, &ExchangeWorker::progressChanged, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(1000 * qMin(done, total) / total));
    });
    setState(State::Choosing);
    recount();
}

ExportDialog::~ExportDialog()
{
    // First of all: a running job reports to members that go before the children do.
    delete m_counter;
    delete m_writer;
}

void ExportDialog::buildUi()
{
    resize(620, 560);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_delta = new QRadioButton(this);
    m_delta->setObjectName(QStringLiteral("exportDelta"));
    m_peers = new QComboBox(this);
    m_peers->setObjectName(QStringLiteral("exportPeer"));
    m_deltaNote = new QLabel(this);
    m_deltaNote->setWordWrap(true);
    m_deltaNote->setIndent(24);
    m_full = new QRadioButton(this);
    m_full->setObjectName(QStringLiteral("exportFull"));
    m_choice = new QButtonGroup(this);
    m_choice->addButton(m_delta);
    m_choice->addButton(m_full);
    m_contentsLabel = new QLabel(this);
    m_contentsLabel->setObjectName(QStringLiteral("exportContentsLabel"));
    m_contents = new QTreeWidget(this);
    m_contents->setObjectName(QStringLiteral("exportContents"));
    m_contents->setRootIsDecorated(false);
    m_contents->setSelectionMode(QAbstractItemView::NoSelection);
    m_contents->setFocusPolicy(Qt::NoFocus);
    m_contents->setColumnCount(2);
    m_contents->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_contents->header()->setStretchLastSection(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont resultFont = m_result->font();
    resultFont.setBold(true);
    m_result->setFont(resultFont);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("exportHint"));
    m_hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportSave"));
    m_showFolder = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_showFolder->setObjectName(QStringLiteral("exportShowFolder"));
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("exportCancel"));
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("exportClose"));
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::exportPackage);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_showFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_summary.path).absolutePath()));
    });
    connect(m_choice, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            recount();
    });
    connect(m_peers, &QComboBox::currentIndexChanged, this, &ExportDialog::recount);

    auto *peerRow = new QHBoxLayout;
    peerRow->addSpacing(24);
    peerRow->addWidget(m_peers, 1);
    layout->addWidget(m_intro);
    layout->addWidget(m_delta);
    layout->addLayout(peerRow);
    layout->addWidget(m_deltaNote);
    layout->addWidget(m_full);
    layout->addSpacing(8);
    layout->addWidget(m_contentsLabel);
    layout->addWidget(m_contents, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
}

void ExportDialog::fillPeers()
{
    const PeerDirectory peers(m_session.database());
    for (const KnownPeer &peer : peers.peers()) {
        // A liaison sends to the coordinator only: a city's changes travel through it.
        if (!m_coordinator && peer.role != QLatin1String("coordinator"))
            continue;
        m_peers->addItem(peers.describe(peer.replicaId), peer.replicaId);
    }
    m_peers->setVisible(m_coordinator && m_peers->count() > 0);
    m_delta->setEnabled(m_peers->count() > 0);
    (m_peers->count() > 0 ? m_delta : m_full)->setChecked(true);
}

bool ExportDialog::isFull() const
{
    return m_full->isChecked();
}

void ExportDialog::setFull(bool full)
{
    (full ? m_full : m_delta)->setChecked(true);
}

QString ExportDialog::peer() const
{
    return isFull() ? QString() : m_peers->currentData().toString();
}

bool ExportDialog::isCounting() const
{
    return m_counter->isRunning();
}

void ExportDialog::recount()
{
    if (m_counter->isRunning()) {
        // The previous count is for another choice: stop it and count again when it ends.
        m_recount = true;
        m_counter->cancel();
        return;
    }
    m_recount = false;
    m_counts.clear();
    m_contents->clear();
    m_counted = std::make_shared<Outcome>();
    retranslateUi();
    m_counter->start(m_session.database(),
        [peer = peer(), outcome = m_counted, cancel = m_counter->cancelFlag()](Database &db) {
            Result<QMap<QString, int>> counts = ExportPlan::count(db, peer, cancel);
            if (counts)
                outcome->counts = counts.value();
            else
                outcome->error = counts.error();
        });
    m_export->setEnabled(false);
}

void ExportDialog::countFinished()
{
    if (m_recount) {
        recount();
        return;
    }
    const std::optional<Error> error
        = m_counter->openError() ? m_counter->openError() : m_counted->error;
    m_counts = m_counted->counts;
    const QLocale locale;
    m_contents->clear();
    int total = 0;
    for (const KindSpec *kind : StateStore::exchangedKinds()) {
        const int count = m_counts.value(kind->name);
        if (count == 0)
            continue;
        auto *item = new QTreeWidgetItem(m_contents);
        item->setText(0, kind->translatedPluralLabel());
        item->setText(1, locale.toString(count));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        total += count;
    }
    m_contents->resizeColumnToContents(1);
    m_message = error ? error->message : QString();
    m_export->setEnabled(!error && m_state == State::Choosing && (total > 0 || isFull()));
    retranslateUi();
}

QString ExportDialog::suggestedFileName() const
{
    const Identity identity = Replica::load(m_session.database());
    const QString who
        = identity.isCoordinator() ? QStringLiteral("coordinator") : identity.citySlug;
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    // The name says who made it, when, and whether it is everything: a liaison sending
    // several files in a week can tell them apart.
    return isFull() ? QStringLiteral("pactesur-%1-%2-full.pactesur").arg(who, date)
                    : QStringLiteral("pactesur-%1-%2.pactesur").arg(who, date);
}

void ExportDialog::exportPackage()
{
    if (m_state != State::Choosing || m_writer->isRunning() || m_counter->isRunning())
        return;
    QString path = FileDialogs::getSaveFileName(this, tr("Save the Package"),
        QDir(ExchangeSettings::exportFolder()).filePath(suggestedFileName()),
        tr("Pactesur packages (*.pactesur)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pactesur");
    ExchangeSettings::setExportFolder(QFileInfo(path).absolutePath());
    m_written = std::make_shared<Outcome>();
    int planned = 0;
    for (int count : std::as_const(m_counts))
        planned += count;
    m_writer->start(m_session.database(),
        [worker = m_writer, path, peer = peer(), planned, outcome = m_written](Database &db) {
            Exporter::Options options;
            options.peer = peer;
            options.cancel = worker->cancelFlag();
            options.progress
                = [worker, planned](int done, int) { worker->setProgress(done, planned); };
            Result<ExportSummary> summary = Exporter::exportTo(db, path, options);
            if (summary)
                outcome->summary = summary.value();
            else
                outcome->error = summary.error();
        });
    setState(State::Exporting);
}

void ExportDialog::cancelExport()
{
    if (m_state == State::Exporting) {
        m_writer->cancel();
        m_cancel->setEnabled(false);
        return;
    }
    reject();
}

void ExportDialog::exportFinished()
{
    const std::optional<Error> error
        = m_writer->openError() ? m_writer->openError() : m_written->error;
    if (error) {
        m_message = m_writer->isCancelled() ? tr("The export was cancelled; no file was written.")
                                            : error->message;
        m_refused = !m_writer->isCancelled() && error->code == Error::Rejected;
        setState(State::Failed);
        return;
    }
    m_summary = m_written->summary;
    // What was resolved is now in a file that may reach a peer: no longer undoable.
    ResolveConflictCommand::freezeAll(m_session.undoStack());
    emit m_session.recordsChanged(QStringLiteral("imports"));
    setState(State::Done);
    emit exported(m_summary);
}

void ExportDialog::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    const bool choosing = state == State::Choosing;
    m_delta->setEnabled(choosing && m_peers->count() > 0);
    m_peers->setEnabled(choosing);
    m_full->setEnabled(choosing);
    m_progress->setVisible(state == State::Exporting);
    m_progress->setRange(0, 0);
    m_export->setVisible(choosing);
    // Told from the state, not from isVisible(), which is false for every button until
    // the dialog is first shown.
    const bool cancellable = choosing || state == State::Exporting;
    m_cancel->setVisible(cancellable);
    m_cancel->setEnabled(true);
    m_close->setVisible(!cancellable);
    m_showFolder->setVisible(state == State::Done);
    // The core's sentence names the CLI command; the desktop's way there is one line more.
    m_hint->setVisible(state == State::Failed && m_refused);
    QPalette resultPalette = palette();
    if (state == State::Failed)
        resultPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_result->setPalette(resultPalette);
    (choosing ? m_export : m_close)->setDefault(true);
    retranslateUi();
    if (changed)
        emit stateChanged(state);
}

void ExportDialog::reject()
{
    if (m_state == State::Exporting) {
        cancelExport();
        return;
    }
    m_counter->cancel();
    QDialog::reject();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export a Package"));
    m_intro->setText(tr("A package is a file you send to your partners (by e-mail or on a USB "
                        "stick); they open it with File ▸ Import Package."));
    if (m_coordinator) {
        m_delta->setText(tr("What one partner has not received yet (recommended):"));
        m_deltaNote->setText(m_peers->count() > 0
                ? tr("Smaller: only the changes since their last package reached you.")
                : tr("No partner has sent you a package yet: send a full copy the first "
                     "time."));
    } else {
        m_delta->setText(tr("What the coordinator has not received yet (recommended)"));
        m_deltaNote->setText(m_peers->count() > 0
                ? tr("Smaller: only the changes since the coordinator's last package reached "
                     "you.")
                : tr("No package has come from the coordinator yet: send a full copy the "
                     "first time."));
    }
    m_full->setText(tr("A full copy of everything in this database"));
    m_contents->setHeaderLabels({tr("Kind of record"), tr("Records")});
    m_contents->setAccessibleName(tr("What goes in"));
    m_peers->setAccessibleName(tr("Partner"));
    m_progress->setAccessibleName(tr("Export progress"));
    int total = 0;
    for (int count : std::as_const(m_counts))
        total += count;
    m_contentsLabel->setText(m_counter->isRunning()
            ? tr("Counting what goes in…")
            : tr("What goes in: %n record(s).", nullptr, total));
    m_export->setText(tr("&Export…"));
    m_cancel->setText(tr("Cancel"));
    m_close->setText(tr("&Close"));
    m_showFolder->setText(tr("Show in Folder"));
    switch (m_state) {
    case State::Choosing:
        m_result->setText(m_message);
        break;
    case State::Exporting:
        m_result->setText(tr("Writing the package… Cancel stops it; no file is left behind."));
        break;
    case State::Done:
        m_result->setText(tr("The package is saved as:\n%1\nSend this file to your partner.")
                              .arg(QDir::toNativeSeparators(m_summary.path)));
        break;
    case State::Failed:
        m_result->setText(m_message);
        break;
    }
    m_hint->setText(tr("In Pactesur, cards are enrolled in Exchanges ▸ Keys ▸ Enrol a Card…, "
                       "after comparing their fingerprints with their owners."));
}

} // namespace pactesur
