// SPDX-License-Identifier: EUPL-1.2
// The practice-sheet editor: its own window per sheet, with the section navigator, the
// form, the review workflow, translations and exports. Changes are stored as they are
// typed (SheetAutosaver); there is no Save button.
#include "sheeteditor.h"

#include "util/localformat.h"

#include "session/session.h"
#include "sheetattachments.h"
#include "sheetautosaver.h"
#include "sheeteditorheader.h"
#include "sheeteditorstate.h"
#include "sheeteditortoolbar.h"
#include "sheetexport.h"
#include "sheetfieldinput.h"
#include "sheetfieldrow.h"
#include "sheetform.h"
#include "sheetformspec.h"
#include "sheetnavigator.h"
#include "sheetreviewnotes.h"
#include "sheets/editorjournal.h"
#include "sheets/sheettranslations.h"
#include "sheets/sheetworkflow.h"
#include "sheettranslationpane.h"
#include "sheetworkflowbar.h"
#include "store/database.h"
#include "translatesheetdialog.h"
#include "widgets/messages.h"
#include "widgets/richtextfield.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pactesur {

namespace {

using Banner = SheetEditorHeader::Banner;

const QString kSheets = QStringLiteral("sheets");
const QString kReviewNotes = QStringLiteral("review_notes");

const KindSpec &sheetKind()
{
    return Kinds::get(kSheets);
}

} // namespace

SheetEditor::SheetEditor(Session &session, const QString &sheetId, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_session(session)
    , m_sheetId(sheetId)
{
    setObjectName(QStringLiteral("sheetEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_autosaver = new SheetAutosaver(
        session, sheetId, [this](const QString &field) { return valueOf(field); }, this);
    m_form = new SheetForm(session, this);
    m_navigator = new SheetNavigator(this);
    m_statsTimer = new QTimer(this);
    m_statsTimer->setSingleShot(true);
    m_statsTimer->setInterval(250);
    connect(m_statsTimer, &QTimer::timeout, this, &SheetEditor::updateStats);

    m_header = new SheetEditorHeader(this);
    m_toolbar = new SheetEditorToolbar(m_autosaver->undoStack(), this);
    addToolBar(Qt::TopToolBarArea, m_toolbar);
    auto *close = new QAction(this);
    close->setObjectName(QStringLiteral("sheetClose"));
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
    auto *navigatorScroll = new QScrollArea(this);
    navigatorScroll->setObjectName(QStringLiteral("sheetNavigatorScroll"));
    navigatorScroll->setWidget(m_navigator);
    navigatorScroll->setWidgetResizable(true);
    navigatorScroll->setFrameShape(QFrame::NoFrame);
    navigatorScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    navigatorScroll->setMinimumWidth(230);
    navigatorScroll->setMaximumWidth(320);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("sheetSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(navigatorScroll);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 900});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_form, &SheetForm::fieldEdited, this, &SheetEditor::fieldEdited);
    connect(m_form, &SheetForm::fieldLeft, this, &SheetEditor::fieldLeft);
    connect(m_form, &SheetForm::imageRequested, this, &SheetEditor::offerImages);
    connect(m_form, &SheetForm::attachmentImageRequested, this, &SheetEditor::insertImage);
    connect(m_navigator, &SheetNavigator::sectionActivated, m_form, &SheetForm::scrollToSection);
    connect(m_navigator, &SheetNavigator::fieldActivated, m_form, &SheetForm::focusField);
    connect(
        m_form, &SheetForm::currentSectionChanged, m_navigator, &SheetNavigator::setCurrentSection);
    connect(workflowBar(), &SheetWorkflowBar::statusRequested, this, &SheetEditor::changeStatus);
    connect(translationPane(), &SheetTranslationPane::openSheet, this,
        &SheetEditor::openSheetRequested);
    connect(translationPane(), &SheetTranslationPane::markUpToDateRequested, this,
        &SheetEditor::markUpToDate);
    connect(m_header->generalNoteButton(), &QPushButton::clicked, this, [this] {
        m_form->scrollToSection(SheetFormSpec::sections().first().key);
        m_form->generalNote()->startEditing();
    });
    connect(m_toolbar, &SheetEditorToolbar::undoRequested, this, &SheetEditor::undo);
    connect(m_toolbar, &SheetEditorToolbar::redoRequested, this, &SheetEditor::redo);
    connect(m_toolbar, &SheetEditorToolbar::translateRequested, this, &SheetEditor::translate);
    connect(m_toolbar, &SheetEditorToolbar::exportPdfRequested, this, [this] {
        m_autosaver->flush();
        SheetExport::exportPdf(m_session, m_sheetId, this);
    });
    connect(m_toolbar, &SheetEditorToolbar::exportHtmlRequested, this, [this] {
        m_autosaver->flush();
        SheetExport::exportHtml(m_session, m_sheetId, this);
    });
    connect(m_toolbar, &SheetEditorToolbar::printRequested, this, [this] {
        m_autosaver->flush();
        SheetExport::print(m_session, m_sheetId, this);
    });
    connect(m_autosaver, &SheetAutosaver::pendingChanged, this, &SheetEditor::updateSavedIndicator);
    connect(m_autosaver, &SheetAutosaver::failed, this,
        [this](const QString &field, const QString &message) {
            if (SheetFieldRow *row = this->row(field))
                row->setError(message);
            else
                showWorkflowMessage(message, false);
        });
    connect(m_autosaver, &SheetAutosaver::recovered, this, [this](const QString &field) {
        if (SheetFieldRow *row = this->row(field))
            row->setError({});
    });
    connect(&m_session, &Session::recordsChanged, this, [this](const QString &kind) {
        if (kind == kSheets)
            refresh();
    });

    load();
    retranslateUi();
    // Tall enough for a field and its note; never taller than a 1366x768 laptop's screen less
    // its title bar (issue 18).
    resize(QSize(1200, 860).boundedTo(screen()->availableGeometry().size() - QSize(0, 40)));
    (void)EditorJournal::opened(
        m_session.database(), m_sheetId, m_record.value(QStringLiteral("title")).toString());
}

SheetEditor::~SheetEditor()
{
    finish();
    // The history goes before the widgets its signals would update.
    delete m_autosaver;
    m_autosaver = nullptr;
}

SheetFieldRow *SheetEditor::row(const QString &field) const
{
    return m_form->row(field);
}

SheetWorkflowBar *SheetEditor::workflowBar() const
{
    return m_header->workflowBar();
}

SheetTranslationPane *SheetEditor::translationPane() const
{
    return m_header->translationPane();
}

QString SheetEditor::valueOf(const QString &field) const
{
    return field == QLatin1String("source_revision") ? m_pendingRevision : m_form->value(field);
}

void SheetEditor::load()
{
    const std::optional<Record> record
        = RecordStore(m_session.database()).get(sheetKind(), m_sheetId);
    if (!record)
        return;
    m_record = *record;
    m_form->showRecord(m_record);
    for (SheetFieldRow *row : m_form->rows())
        row->setRequired(SheetWorkflow::fieldsRequiredToSubmit().contains(row->field()));
    applyPermissions();
    applyTranslation();
    updateStats();
    updateTitle();
}

void SheetEditor::refresh()
{
    const std::optional<Record> record
        = RecordStore(m_session.database()).get(sheetKind(), m_sheetId);
    if (!record || record->deleted) {
        showWorkflowMessage(tr("This practice sheet was deleted. Close this window; Edit > Undo "
                               "in the main window brings it back."),
            true);
        m_readOnly = true;
        return;
    }
    m_record = *record;
    // Stored values replace what is shown only where nothing typed is waiting to be stored:
    // an undo, a redo or an import changes the form, the person's typing is never lost.
    const QStringList failed = m_autosaver->failedFields();
    m_form->showRecord(m_record, [this, &failed](const QString &field) {
        return m_autosaver->isPending(field) || failed.contains(field);
    });
    applyPermissions();
    applyTranslation();
    m_statsTimer->start();
    updateTitle();
}

void SheetEditor::applyPermissions()
{
    const SheetEditorState state = SheetEditorState::of(m_session.database(), m_record);
    m_readOnly = !state.canEdit;
    m_header->setBanner(Banner::ReadOnly, state.readOnlyReason);
    // A liaison writes for the own city; a translation keeps its language.
    m_form->setEditable(
        !m_readOnly, state.identity.isCoordinator(), !state.isTranslation, state.canReview);
    m_header->generalNoteButton()->setVisible(state.canReview);
    m_header->setBanner(Banner::Review,
        state.reviewMessage(m_form->notedFields(), !m_form->generalNote()->note().isEmpty()));
    workflowBar()->setState(state.identity, state.ownerCity, state.status);
    if (!state.writable) {
        for (QPushButton *button : workflowBar()->findChildren<QPushButton *>())
            button->setEnabled(false);
    }
    // A translation belongs to the source's city: only who may write that city's sheets
    // can make one.
    m_toolbar->translateAction()->setEnabled(state.writable
        && (state.identity.isCoordinator() || state.identity.cityId == state.ownerCity));
    m_header->setMeta(state.metaLine);
    m_navigator->setHistory(SheetHistory::forSheet(m_session.database(), m_sheetId),
        SheetEditorState::cityNames(m_session.database()));
}

void SheetEditor::applyTranslation()
{
    const SheetEditorState::TranslationInfo info
        = SheetEditorState::translation(m_session.database(), m_record);
    m_form->showTranslation(info,
        SheetEditorState::languageName(m_record.value(QStringLiteral("language")).toString()));
    if (info.isTranslation) {
        translationPane()->showSource(info.sourceId, info.sourceTitle, info.sourceLanguageName,
            SheetFormSpec::labels(info.outdatedFields), !m_readOnly);
    } else {
        QList<SheetTranslationPane::Translation> translations;
        for (const SheetEditorState::TranslationLink &link : info.translations)
            translations.append({link.id, link.languageName, link.outdated});
        translationPane()->showTranslations(translations);
    }
}

void SheetEditor::fieldEdited(const QString &field)
{
    if (m_readOnly && field != kReviewNotes)
        return;
    m_autosaver->fieldEdited(field);
    m_statsTimer->start();
    if (field == QLatin1String("title"))
        updateTitle();
}

void SheetEditor::fieldLeft()
{
    // Leaving a field stores it at once, and ends its undo step.
    m_autosaver->flush();
    m_autosaver->seal();
}

void SheetEditor::updateStats()
{
    m_navigator->summarize(*m_form);
    if (!m_navigator->missing().isEmpty() || workflowMessage().isEmpty())
        return;
    // Everything the last refusal asked for is now there: the message has done its job.
    if (m_messageIsMissing)
        showWorkflowMessage({}, false);
}

void SheetEditor::updateSavedIndicator()
{
    QString text;
    if (!m_autosaver->failedFields().isEmpty())
        text = tr("Some changes are not saved: see the fields marked in red");
    else if (m_autosaver->hasPending())
        text = tr("Editing…");
    else if (m_autosaver->lastSavedAt().isValid())
        text = tr("All changes saved · %1")
                   .arg(LocalFormat::time(m_autosaver->lastSavedAt().time()));
    else if (m_readOnly)
        text = tr("Read only");
    else
        text = tr("Changes are saved as you type");
    m_toolbar->setSavedText(text);
}

QString SheetEditor::savedText() const
{
    return m_toolbar->savedText();
}

void SheetEditor::updateTitle()
{
    const QString title = valueOf(QStringLiteral("title"));
    m_header->setTitle(title.isEmpty() ? tr("Untitled practice sheet") : title);
    setWindowTitle(tr("%1 — Practice sheet").arg(m_header->title()));
}

QString SheetEditor::readOnlyReason() const
{
    return m_header->bannerText(Banner::ReadOnly);
}

QString SheetEditor::workflowMessage() const
{
    return m_header->bannerText(Banner::Workflow);
}

QString SheetEditor::reviewText() const
{
    return m_header->bannerText(Banner::Review);
}

QString SheetEditor::recoveryText() const
{
    return m_header->bannerText(Banner::Recovery);
}

void SheetEditor::showRecovery(const QString &text)
{
    m_header->setBanner(Banner::Recovery, text);
}

void SheetEditor::showWorkflowMessage(const QString &text, bool missing)
{
    m_header->setBanner(Banner::Workflow, text);
    m_messageIsMissing = missing;
}

bool SheetEditor::changeStatus(const QString &status)
{
    if (!m_autosaver->flush()) {
        showWorkflowMessage(tr("Some changes could not be saved; correct the fields marked in "
                               "red first."),
            false);
        return false;
    }
    const std::optional<Record> stored
        = RecordStore(m_session.database()).get(sheetKind(), m_sheetId);
    if (!stored)
        return false;
    if (status == QLatin1String("submitted")) {
        if (const QStringList missing = SheetWorkflow::missingForSubmission(stored->values);
            !missing.isEmpty()) {
            showWorkflowMessage(tr("Before submitting, fill in: %1. The checklist on the left "
                                   "takes you to each of them.")
                                    .arg(SheetFormSpec::labelList(missing)),
                true);
            m_form->focusField(missing.first());
            return false;
        }
    }
    if (status == QLatin1String("published")
        && !Messages::confirm(this,
            tr("Publish “%1”? Published sheets are part of the project's practice collection "
               "for every partner to read.")
                .arg(m_header->title()),
            tr("Publish")))
        return false;
    // A status change is a decision with its own history, not an edit to take back.
    RecordStore store(m_session.database());
    if (Status status_ = store.update(sheetKind(), m_sheetId, {{QStringLiteral("status"), status}});
        !status_) {
        showWorkflowMessage(status_.error().message, false);
        return false;
    }
    m_autosaver->undoStack()->clear();
    showWorkflowMessage({}, false);
    emit m_session.recordsChanged(kSheets);
    return true;
}

bool SheetEditor::markUpToDate()
{
    const SheetEditorState::TranslationInfo info
        = SheetEditorState::translation(m_session.database(), m_record);
    if (!info.isTranslation || info.sourceId.isEmpty())
        return false;
    m_autosaver->flush();
    // The revision is written like a typed field: stored at once, and undoable.
    const QString revision
        = SheetTranslations::currentRevision(m_session.database(), info.sourceId);
    m_pendingRevision = revision;
    m_autosaver->fieldEdited(QStringLiteral("source_revision"));
    const bool saved = m_autosaver->flush();
    m_pendingRevision.clear();
    m_autosaver->seal();
    return saved;
}

void SheetEditor::undo()
{
    m_autosaver->flush();
    m_autosaver->seal();
    m_autosaver->undoStack()->undo();
    m_autosaver->seal();
}

void SheetEditor::redo()
{
    m_autosaver->flush();
    m_autosaver->undoStack()->redo();
    m_autosaver->seal();
}

void SheetEditor::offerImages(const QString &field, const QPoint &globalPos)
{
    m_form->setLastTextField(field);
    m_form->row(QStringLiteral("attachments"))
        ->input()
        ->attachments()
        ->offerImages(globalPos, [this](const SheetAttachments::Info &image) {
            insertImage(image.sha256, image.fileName);
        });
}

void SheetEditor::insertImage(const QString &sha256, const QString &fileName)
{
    const QString field = m_form->lastTextField();
    SheetFieldRow *row = m_form->row(field.isEmpty() ? QStringLiteral("actions") : field);
    if (!row || !row->input()->richText() || m_readOnly)
        return;
    row->input()->richText()->insertImage(sha256, fileName);
    row->input()->focusTarget()->setFocus(Qt::OtherFocusReason);
}

void SheetEditor::translate()
{
    m_autosaver->flush();
    const SheetEditorState::TranslationInfo info
        = SheetEditorState::translation(m_session.database(), m_record);
    // A translation is translated from its source, never from another translation.
    TranslateSheetDialog dialog(m_session, info.isTranslation ? info.sourceId : m_sheetId, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.openedId().isEmpty())
        emit openSheetRequested(dialog.openedId());
}

bool SheetEditor::finish()
{
    if (m_finished)
        return true;
    const bool saved = m_autosaver->flush();
    m_finished = true;
    (void)EditorJournal::closed(m_session.database(), m_sheetId);
    return saved;
}

void SheetEditor::closeEvent(QCloseEvent *event)
{
    if (!m_autosaver->flush()) {
        if (!Messages::confirm(this,
                tr("These fields could not be saved: %1. Close anyway and lose what was typed "
                   "in them?")
                    .arg(SheetFormSpec::labelList(m_autosaver->failedFields())),
                tr("Close Anyway"))) {
            event->ignore();
            return;
        }
    }
    finish();
    QMainWindow::closeEvent(event);
}

void SheetEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        applyPermissions();
        applyTranslation();
    } else if (event->type() == QEvent::ActivationChange && !isActiveWindow() && m_autosaver) {
        // Going to another window is leaving the field too.
        fieldLeft();
    }
    QMainWindow::changeEvent(event);
}

void SheetEditor::retranslateUi()
{
    updateTitle();
    updateSavedIndicator();
}

} // namespace pactesur
