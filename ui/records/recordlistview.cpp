// SPDX-License-Identifier: EUPL-1.2
// The list screen of one kind of record: filters, a sortable table and the detail panel.
#include "recordlistview.h"

#include "model/kinds.h"
#include "recorddetailpanel.h"
#include "recordeditordialog.h"
#include "recordfilterbar.h"
#include "recordtablemodel.h"
#include "session/session.h"
#include "store/database.h"
#include "widgets/emptystate.h"
#include "widgets/messages.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pactesur {

namespace {
// Typing filters as you go, but one query per pause rather than one per key.
constexpr int kFilterDelayMs = 150;
// Narrowed columns keep at least this much, even when that needs a scroll bar.
constexpr int kMinColumnWidth = 80;
} // namespace

RecordListView::RecordListView(Session &session, const Options &options, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(Kinds::get(options.kind))
    , m_options(options)
    , m_model(new RecordTableModel(m_kind, this))
{
    setObjectName(QStringLiteral("list_%1").arg(m_kind.name));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("title_%1").arg(m_kind.name));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count_%1").arg(m_kind.name));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter_%1").arg(m_kind.name));
    m_filter->setClearButtonEnabled(true);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this,
        [this] { m_model->setFilterText(m_filter->text()); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_filterTimer->stop();
        m_model->setFilterText(m_filter->text());
    });

    if (const FieldSpec *field = m_kind.field(options.choiceField)) {
        m_choiceFilter = new QComboBox(this);
        m_choiceFilter->setObjectName(QStringLiteral("choiceFilter_%1").arg(m_kind.name));
        m_choiceFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_choiceFilter->addItem(QString(), QString());
        for (const QString &choice : field->choices)
            m_choiceFilter->addItem(QString(), choice);
        connect(m_choiceFilter, &QComboBox::currentIndexChanged, this,
            &RecordListView::applyChoiceFilter);
    }

    m_filterBar = new RecordFilterBar(m_kind, this);
    connect(m_filterBar, &RecordFilterBar::conditionsChanged, this,
        [this] { m_model->setConditions(m_filterBar->conditions()); });

    m_detail = new RecordDetailPanel(m_kind, this);
    m_detail->setSession(&m_session);
    connect(m_detail, &RecordDetailPanel::openRelated, this, &RecordListView::openRelated);
    createTable();
    createActions();
    m_tableOrEmpty = new QStackedWidget(this);
    m_tableOrEmpty->addWidget(m_table);
    m_tableOrEmpty->addWidget(createEmptyState());

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("splitter_%1").arg(m_kind.name));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tableOrEmpty);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    // Proportions, scaled to the real width: the table gets about two thirds.
    m_splitter->setSizes({660, 340});

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title);
    heading->addStretch(1);
    heading->addWidget(m_count, 0, Qt::AlignBottom);
    heading->addSpacing(12);
    for (QToolButton *button : std::as_const(m_toolButtons))
        heading->addWidget(button, 0, Qt::AlignBottom);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    if (m_choiceFilter)
        filters->addWidget(m_choiceFilter);
    filters->addWidget(m_filterBar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(heading);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    connect(&m_session, &Session::databaseAboutToBeReplaced, this, [this] {
        m_model->setDatabase(nullptr);
        m_detail->setDatabase(nullptr);
        m_filterBar->setDatabase(nullptr);
    });
    connect(&m_session, &Session::recordsChanged, this, &RecordListView::recordsChanged);
    connect(&m_session, &Session::databaseReplaced, this, [this] {
        m_loadPending = true;
        if (isVisible())
            ensureLoaded();
    });
    retranslateUi();
    // A list reads its records when it is first shown or asked for them: a start with ten
    // sections reads only the one it opens on.
    updateActions();
}

void RecordListView::ensureLoaded()
{
    if (!m_loadPending)
        return;
    m_loadPending = false;
    attachDatabase();
}

void RecordListView::showEvent(QShowEvent *event)
{
    ensureLoaded();
    QWidget::showEvent(event);
}

void RecordListView::createTable()
{
    m_table = new QTableView(this);
    // Tab leaves the table (arrow keys move between cells): a keyboard user is not walked
    // through every cell to reach the next control.
    m_table->setTabKeyNavigation(false);
    m_table->setObjectName(QStringLiteral("table_%1").arg(m_kind.name));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Columns fit the rows in sight, not every row loaded: measuring a page of texts was
    // a quarter of the start-up time on a large list.
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            m_selectedId = m_model->recordId(current.row());
            m_detail->showRecord(m_selectedId);
            updateActions();
        });
    // Enter and a double click open the record (QAbstractItemView calls both "activated").
    connect(m_table, &QAbstractItemView::activated, this, &RecordListView::editRecord);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("contextMenu_%1").arg(m_kind.name));
        menu.addAction(m_newAction);
        menu.addAction(m_editAction);
        if (m_listActions)
            menu.addActions(m_listActions->actions());
        menu.addSeparator();
        menu.addAction(m_deleteAction);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListView::modelReset);
    m_table->viewport()->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        // A drag on a header edge is the user's choice of widths; keep it from now on.
        if (!m_fittingColumns && QGuiApplication::mouseButtons() != Qt::NoButton)
            m_userSizedColumns = true;
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordListView::updateState);
}

QWidget *RecordListView::createEmptyState()
{
    // Instead of an empty table: what the list is for and New…, or, when the filters hide
    // every record, Clear Filters (issue 18).
    m_empty = new EmptyState(this);
    m_empty->setObjectName(QStringLiteral("empty_%1").arg(m_kind.name));
    m_empty->setIcon(QIcon(QStringLiteral(":/pactesur/icons/%1.svg").arg(m_kind.name)));
    m_clearFiltersAction = new QAction(this);
    m_clearFiltersAction->setObjectName(QStringLiteral("actionClearFilters_%1").arg(m_kind.name));
    connect(m_clearFiltersAction, &QAction::triggered, this, &RecordListView::clearFilters);
    return m_empty;
}

void RecordListView::showEmptyFace(EmptyFace face)
{
    if (face == m_emptyFace)
        return;
    m_emptyFace = face;
    if (face == EmptyFace::NoRecords)
        m_empty->setActions({m_newAction});
    else if (face == EmptyFace::NoMatch)
        m_empty->setActions({m_clearFiltersAction});
}

void RecordListView::focusFilter()
{
    ensureLoaded();
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void RecordListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RecordListView::retranslateUi()
{
    const QString plural = m_kind.translatedPluralLabel();
    m_title->setText(plural);
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setAccessibleName(tr("Filter %1").arg(plural));
    m_table->setAccessibleName(plural);
    if (m_choiceFilter) {
        m_choiceFilter->setItemText(0, tr(m_options.allChoicesText));
        for (int i = 1; i < m_choiceFilter->count(); ++i)
            m_choiceFilter->setItemText(
                i, Kinds::choiceLabel(m_choiceFilter->itemData(i).toString()));
        m_choiceFilter->setAccessibleName(m_kind.field(m_options.choiceField)->translatedLabel());
    }
    m_newAction->setText(tr("&New…"));
    m_newAction->setToolTip(tr("Add a record to this list (%1)")
                                .arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    m_editAction->setText(tr("&Edit…"));
    m_editAction->setToolTip(tr("Edit the selected record (Enter)"));
    m_deleteAction->setText(
        m_kind.name == QLatin1String("contacts") ? tr("E&rase…") : tr("&Delete"));
    m_deleteAction->setToolTip(m_kind.name == QLatin1String("contacts")
            ? tr("Erase the selected contact's personal data")
            : tr("Delete the selected record (Del)"));
    m_clearFiltersAction->setText(tr("&Clear Filters"));
    m_clearFiltersAction->setToolTip(tr("Show every record of this list again"));
    for (QAction *action : {m_newAction, m_editAction, m_deleteAction, m_clearFiltersAction})
        action->setStatusTip(action->toolTip());
    if (m_listActions)
        m_listActions->retranslate();
    for (QToolButton *button : std::as_const(m_toolButtons))
        button->setAccessibleName(button->defaultAction()->toolTip());
    m_model->retranslate();
    updateState();
}

void RecordListView::attachDatabase()
{
    m_detail->setDatabase(&m_session.database());
    {
        // One reload for the new file, not one for the filters and one for the model.
        const QSignalBlocker blocker(m_filterBar);
        m_filterBar->setDatabase(&m_session.database());
    }
    m_model->setConditions(m_filterBar->conditions());
    m_model->setDatabase(&m_session.database());
    updateActions();
}

void RecordListView::applyChoiceFilter()
{
    m_model->setFieldFilter(m_options.choiceField, m_choiceFilter->currentData().toString());
}

void RecordListView::createActions()
{
    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), QString(), this);
    m_newAction->setObjectName(QStringLiteral("actionNew_%1").arg(m_kind.name));
    // Ctrl+N is also File > New Database: while the list has the focus, event() claims it.
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, &RecordListView::newRecord);

    m_editAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), QString(), this);
    m_editAction->setObjectName(QStringLiteral("actionEdit_%1").arg(m_kind.name));
    connect(m_editAction, &QAction::triggered, this, &RecordListView::editRecord);

    m_deleteAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), QString(), this);
    m_deleteAction->setObjectName(QStringLiteral("actionDelete_%1").arg(m_kind.name));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // On the table only: Del in the filter box deletes a character, not a record.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, &RecordListView::deleteRecord);

    for (QAction *action : {m_newAction, m_editAction})
        m_toolButtons << toolButton(action);
    if (m_options.listActions) {
        m_listActions = m_options.listActions(m_session, this);
        connect(m_listActions, &RecordListActions::created, this, &RecordListView::selectRecord);
        for (QAction *action : m_listActions->actions())
            m_toolButtons << toolButton(action);
    }
    m_toolButtons << toolButton(m_deleteAction);
}

QToolButton *RecordListView::toolButton(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setObjectName(
        action->objectName().replace(QLatin1String("action"), QLatin1String("button")));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    return button;
}

bool RecordListView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_N)
            && m_newAction->isEnabled()) {
            event->accept(); // comes back as a key press, below
            return true;
        }
    }
    return QWidget::event(event);
}

void RecordListView::keyPressEvent(QKeyEvent *event)
{
    if (event->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_N)
        && m_newAction->isEnabled()) {
        m_newAction->trigger();
        return;
    }
    QWidget::keyPressEvent(event);
}

void RecordListView::updateActions()
{
    const bool writable = m_kind.writable && m_session.database().isWritable();
    const bool selected = !m_selectedId.isEmpty() && m_model->rowOf(m_selectedId) >= 0;
    m_newAction->setEnabled(writable);
    m_editAction->setEnabled(writable && selected);
    m_deleteAction->setEnabled(writable && selected);
    if (m_listActions)
        m_listActions->setSelected(selected ? m_selectedId : QString(), writable);
    emit actionsChanged();
}

void RecordListView::newRecord()
{
    if (!m_newAction->isEnabled())
        return;
    if (m_listActions) {
        m_listActions->newRecord();
        return;
    }
    RecordEditorDialog dialog(m_session, m_kind, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        selectRecord(dialog.recordId());
}

void RecordListView::editRecord()
{
    if (!m_editAction->isEnabled())
        return;
    if (m_listActions) {
        m_listActions->editRecord(m_selectedId);
        return;
    }
    RecordEditorDialog dialog(m_session, m_kind, m_selectedId, this);
    dialog.exec();
}

void RecordListView::deleteRecord()
{
    if (!m_deleteAction->isEnabled())
        return;
    const QString title = m_detail->heading();
    const bool erasure = m_kind.name == QLatin1String("contacts");
    const QString question = erasure
        ? tr("Erase the contact “%1”? Erasing removes the personal data for good, here and at "
             "every partner; it cannot be undone.")
              .arg(title)
        : tr("Delete “%1”? You can bring it back with Edit > Undo.").arg(title);
    if (!Messages::confirm(this, question, erasure ? tr("Erase") : tr("Delete")))
        return;
    if (Status status = m_session.deleteRecord(m_kind, m_selectedId); !status)
        Messages::critical(this, status.error().message);
}

void RecordListView::recordsChanged(const QString &kind)
{
    // Lists show the names of the cities, groups, themes... they refer to: those too.
    bool shown = kind == m_kind.name;
    for (const FieldSpec &field : m_kind.fields) {
        if (field.type == FieldType::CityRef)
            shown = shown || kind == QLatin1String("cities");
        else if (field.type == FieldType::ThemeRef || field.type == FieldType::ThemeList)
            shown = shown || kind == QLatin1String("themes");
        else if (!field.refKind.isEmpty())
            shown = shown || kind == field.refKind;
    }
    if (!shown || m_loadPending)
        return;
    // New values (a country, a city) become choices of the filters.
    m_filterBar->setDatabase(&m_session.database());
    m_model->reload(); // modelReset() selects the same record again
}

bool RecordListView::selectRecord(const QString &id)
{
    if (id.isEmpty())
        return false;
    ensureLoaded();
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0 && m_model->isFiltered()) {
        clearFilters();
        return selectRecord(id);
    }
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void RecordListView::filterByCity(const QString &cityId)
{
    ensureLoaded();
    clearFilters();
    m_filterBar->setCity(cityId);
}

void RecordListView::clearFilters()
{
    m_filterTimer->stop();
    {
        const QSignalBlocker blockText(m_filter);
        m_filter->clear();
    }
    m_model->setFilterText({});
    if (m_choiceFilter)
        m_choiceFilter->setCurrentIndex(0);
    m_filterBar->clear();
}

void RecordListView::modelReset()
{
    if (!m_columnsSized && isVisible())
        fitColumns();
    // Keep the record the user was reading; when it is gone, show the first one, so the
    // panel never sits empty next to a full list.
    int row = m_model->rowOf(m_selectedId);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_detail->showRecord({});
    updateState();
    updateActions();
}

bool RecordListView::eventFilter(QObject *watched, QEvent *event)
{
    // The table's width is only final once laid out, and changes with the window and the
    // splitter: refit until the user sizes a column by hand.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize && !m_userSizedColumns)
        QTimer::singleShot(0, this, &RecordListView::fitColumns);
    return QWidget::eventFilter(watched, event);
}

void RecordListView::fitColumns()
{
    // A few pixels to spare: the stretched last section may round up past the edge.
    const int available = m_table->viewport()->width() - 4;
    const int count = m_model->columnCount();
    if (m_model->rowCount() == 0 || available <= 0 || count == 0 || m_userSizedColumns)
        return;
    m_columnsSized = true;
    const QScopedValueRollback fitting(m_fittingColumns, true);
    m_table->resizeColumnsToContents();
    QList<int> widths;
    int total = 0;
    for (int column = 0; column < count; ++column) {
        widths << m_table->columnWidth(column);
        total += widths.last();
    }
    if (total > available)
        narrowColumns(widths, available);
    // Sizing by hand undoes the stretch of the last column; setting it again restores it.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void RecordListView::narrowColumns(const QList<int> &widths, int available)
{
    const int count = int(widths.size());
    // Every column fits when the widest ones are narrowed to one common width: short
    // columns (country, role) stay whole, long texts are elided.
    QList<int> sorted = widths;
    std::sort(sorted.begin(), sorted.end());
    int remaining = available;
    int cap = sorted.last();
    for (int i = 0; i < count; ++i) {
        const int share = remaining / (count - i);
        if (sorted.at(i) > share) {
            cap = share;
            break;
        }
        remaining -= sorted.at(i);
    }
    cap = qMax(cap, kMinColumnWidth);
    for (int column = 0; column < count; ++column) {
        if (widths.at(column) > cap)
            m_table->setColumnWidth(column, cap);
    }
}

void RecordListView::updateState()
{
    const int total = m_model->totalCount();
    m_count->setText(m_model->isFiltered() ? tr("%n matching record(s)", nullptr, total)
                                           : tr("%n record(s)", nullptr, total));
    const bool empty = total == 0;
    if (empty && m_model->isFiltered()) {
        m_empty->setText(tr("No records match the filter."));
        showEmptyFace(EmptyFace::NoMatch);
    } else if (empty) {
        m_empty->setText(m_options.emptyText ? tr(m_options.emptyText) : tr("No records yet."));
        showEmptyFace(EmptyFace::NoRecords);
    }
    // Nothing to filter in a list that is empty anyway.
    const bool filterable = !empty || m_model->isFiltered();
    m_filter->setVisible(filterable);
    if (m_choiceFilter)
        m_choiceFilter->setVisible(filterable);
    m_filterBar->setVisible(filterable && !m_filterBar->isEmpty());
    m_tableOrEmpty->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_table);
    m_detail->setVisible(!empty);
}

} // namespace pactesur
