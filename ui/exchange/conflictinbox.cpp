// SPDX-License-Identifier: EUPL-1.2
#include "conflictinbox.h"

#include "util/localformat.h"

#include "conflictpanel.h"
#include "exchange/conflicts.h"
#include "exchange/peerdirectory.h"
#include "model/kinds.h"
#include "noticelist.h"
#include "resolveconflictcommand.h"
#include "session/session.h"
#include "store/database.h"
#include "widgets/emptystate.h"
#include "widgets/labels.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pactesur {

namespace {
// Open conflicts are few in practice; past this many the list says how many it shows.
constexpr int kShown = 500;
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

ConflictInbox::ConflictInbox(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("conflictInbox"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("conflictSummary"));
    m_summary->setWordWrap(true);
    m_error = labels::warning(QStringLiteral("conflictError"), this);
    m_stack = new QStackedWidget(this);
    m_empty = new EmptyState(m_stack);
    m_empty->setObjectName(QStringLiteral("conflictEmpty"));
    auto *splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(3);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_panel = new ConflictPanel(session, splitter);
    m_panel->setObjectName(QStringLiteral("conflictPanel"));
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(m_list);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({360, 720});
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);
    m_notices = new NoticeList(session, this);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_notices);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConflictInbox::currentChanged);
    connect(m_panel, &ConflictPanel::keepRequested, this, &ConflictInbox::keepValue);
    connect(m_panel, &ConflictPanel::mergedValueRequested, this, &ConflictInbox::keepMergedValue);
    connect(
        m_panel, &ConflictPanel::showRecordRequested, this, &ConflictInbox::showRecordRequested);
    connect(m_notices, &NoticeList::countChanged, this, &ConflictInbox::noticeCountChanged);
    connect(m_notices, &NoticeList::errorOccurred, this, &ConflictInbox::report);
    // Every write may open or settle conflicts (an import, a resolution, an undo of one).
    connect(&session, &Session::recordsChanged, this, &ConflictInbox::refresh);
    connect(&session, &Session::databaseReplaced, this, &ConflictInbox::refresh);
    refresh();
}

int ConflictInbox::openCount(const Database &db)
{
    return Conflicts::openCount(db);
}

int ConflictInbox::noticeCount() const
{
    return m_notices->count();
}

QList<OpenConflict> ConflictInbox::load() const
{
    const Database &db = m_session.database();
    QList<OpenConflict> conflicts;
    const PeerDirectory cities(db);
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral(
        "SELECT id, record_kind, record_id, field, candidates, updated_at FROM conflict "
        "WHERE status = 'open' ORDER BY updated_at DESC, id LIMIT ?"));
    query.addBindValue(kShown);
    query.exec();
    while (query.next()) {
        OpenConflict conflict;
        conflict.id = query.value(0).toString();
        conflict.kind = query.value(1).toString();
        conflict.recordId = query.value(2).toString();
        conflict.field = query.value(3).toString();
        conflict.updatedAt = query.value(5).toString();
        const QJsonArray candidates
            = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array();
        for (const QJsonValue &candidate : candidates) {
            const QJsonArray tuple = candidate.toArray();
            conflict.values.append({tuple.at(0).toString(), qint64(tuple.at(1).toDouble()),
                tuple.at(2).toString(), tuple.at(3)});
        }
        // The shown value follows from the register alone (the same total order everywhere).
        RecordState state;
        state.registers.insert(conflict.field, conflict.values);
        if (const FieldWrite *shown = state.shownWrite(conflict.field))
            conflict.shownValueId = ConflictPanel::valueId(*shown);
        const KindSpec *kind = Kinds::find(conflict.kind);
        const FieldSpec *titleField = kind ? kind->field(kind->titleField) : nullptr;
        if (titleField) {
            QSqlQuery title(db.sql());
            title.prepare(QStringLiteral("SELECT \"%1\" FROM %2 WHERE id = ?")
                              .arg(kind->titleField, kind->table));
            title.addBindValue(conflict.recordId);
            if (title.exec() && title.next())
                conflict.recordTitle = title.value(0).toString();
            if (titleField->type == FieldType::CityRef)
                conflict.recordTitle = cities.cityName(conflict.recordTitle);
        }
        conflicts.append(conflict);
    }
    return conflicts;
}

void ConflictInbox::refresh()
{
    const QString current = currentConflictId();
    const int count = openCount(m_session.database());
    m_conflicts = load();
    const QLocale locale;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const OpenConflict &conflict : std::as_const(m_conflicts)) {
            const KindSpec *kind = Kinds::find(conflict.kind);
            const FieldSpec *field = kind ? kind->field(conflict.field) : nullptr;
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(0,
                tr("%1 “%2”").arg(
                    kind ? kind->translatedLabel() : conflict.kind, conflict.recordTitle));
            item->setText(1,
                conflict.field == QLatin1String("deleted")
                    ? tr("Deleted or kept")
                    : (field ? field->translatedLabel() : conflict.field));
            const QDateTime at = QDateTime::fromString(conflict.updatedAt, Qt::ISODate);
            item->setText(2, LocalFormat::date(at.toLocalTime().date(), locale));
            item->setData(0, kIdRole, conflict.id);
        }
    }
    m_stack->setCurrentIndex(m_conflicts.isEmpty() ? 0 : 1);
    // "0 open conflicts. Choose the value to keep…" over the empty inbox said nothing the
    // empty state does not, and asked for a choice there is none of.
    m_summary->setVisible(!m_conflicts.isEmpty());
    {
        // One rebuild of the panel, below, whatever the selection does meanwhile.
        const QSignalBlocker blocker(m_list);
        if (!selectConflict(current) && m_list->topLevelItemCount() > 0)
            m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    currentChanged();
    m_notices->refresh();
    // The conflicts take the room they need, the notices below what is left (NoticeList
    // asks for its rows' height); without conflicts the empty text needs only its lines.
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->setStretchFactor(m_stack, m_conflicts.isEmpty() && m_notices->count() > 0 ? 0 : 1);
    layout->setStretchFactor(m_notices, m_conflicts.isEmpty() ? 1 : 0);
    if (count != m_count) {
        m_count = count;
        emit openCountChanged(count);
    }
    retranslateUi();
}

bool ConflictInbox::selectConflict(const QString &conflictId)
{
    if (conflictId.isEmpty())
        return false;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, kIdRole).toString() == conflictId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

QString ConflictInbox::currentConflictId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

void ConflictInbox::currentChanged()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_conflicts.size())
        m_panel->clear();
    else
        m_panel->showConflict(m_conflicts.at(row));
}

bool ConflictInbox::keepValue(const QString &conflictId, const QString &valueId)
{
    const Status status = ResolveConflictCommand::resolve(m_session, conflictId, valueId);
    return report(status ? QString() : status.error().message);
}

bool ConflictInbox::keepMergedValue(const QString &conflictId, const QString &value)
{
    const Status status = ResolveConflictCommand::resolve(m_session, conflictId, {}, value);
    return report(status ? QString() : status.error().message);
}

bool ConflictInbox::report(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    return error.isEmpty();
}

void ConflictInbox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh(); // field and kind labels
    }
    QWidget::changeEvent(event);
}

void ConflictInbox::setEmptyActions(const QList<QAction *> &actions)
{
    m_empty->setActions(actions);
}

void ConflictInbox::retranslateUi()
{
    m_list->setHeaderLabels({tr("Record"), tr("Field"), tr("Last change")});
    m_list->setAccessibleName(tr("Open conflicts"));
    m_empty->setText(tr("No open conflicts.\nWhen a package brings a different value for a "
                        "field you also changed, both values wait here for you to choose."));
    const int count = qMax(m_count, 0);
    m_summary->setText(count > kShown
            ? tr("%n open conflict(s); the %1 most recent are listed.", nullptr, count).arg(kShown)
            : tr("%n open conflict(s). Choose the value to keep; you can undo it until you "
                 "next export a package.",
                nullptr, count));
}

} // namespace pactesur
