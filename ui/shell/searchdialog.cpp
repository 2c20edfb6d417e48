// SPDX-License-Identifier: EUPL-1.2
// Search everywhere: full-text search as one types, results grouped by kind.
#include "searchdialog.h"

#include "model/kinds.h"
#include "session/session.h"

#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace pactesur {

namespace {

enum Roles { KindRole = Qt::UserRole + 1, IdRole };

QIcon kindIcon(const QString &kind)
{
    const QString path = QStringLiteral(":/pactesur/icons/%1.svg").arg(kind);
    return QFile::exists(path) ? QIcon(path) : QIcon();
}

} // namespace

SearchDialog::SearchDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("searchDialog"));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);

    m_model = new QStandardItemModel(this);
    m_results = new QTreeView(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->setItemsExpandable(false);
    m_results->setUniformRowHeights(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->installEventFilter(this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextFormat(Qt::PlainText); // it quotes what was typed
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    resize(560, 480);

    m_quiet = new QTimer(this);
    m_quiet->setSingleShot(true);
    m_quiet->setInterval(kQuietMs);
    connect(m_quiet, &QTimer::timeout, this, &SearchDialog::search);
    connect(m_field, &QLineEdit::textChanged, m_quiet, qOverload<>(&QTimer::start));
    connect(m_results, &QTreeView::activated, this, &SearchDialog::activate);
    connect(&m_session, &Session::databaseReplaced, this, &SearchDialog::search);

    retranslateUi();
}

QString SearchDialog::searchText() const
{
    return m_field->text();
}

void SearchDialog::setSearchText(const QString &text)
{
    m_field->setText(text);
    search();
}

void SearchDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SearchDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_field->setFocus(Qt::OtherFocusReason);
    m_field->selectAll();
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (watched == m_field) {
        switch (key) {
        case Qt::Key_Down:
        case Qt::Key_PageDown:
            if (m_quiet->isActive())
                search();
            if (const QModelIndex first = firstHit(); first.isValid()) {
                m_results->setFocus(Qt::TabFocusReason);
                m_results->setCurrentIndex(first);
            }
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: {
            // Enter right after typing does not wait for the timer.
            if (m_quiet->isActive() || m_searched != m_field->text())
                search();
            const QModelIndex current = m_results->currentIndex();
            activate(current.isValid() ? current : firstHit());
            return true; // never the dialog's default button
        }
        default:
            break;
        }
    } else if (watched == m_results && key == Qt::Key_Up
        && m_results->currentIndex() == firstHit()) {
        m_field->setFocus(Qt::BacktabFocusReason);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void SearchDialog::retranslateUi()
{
    setWindowTitle(tr("Search"));
    m_field->setPlaceholderText(tr("Search cities, organisations, working groups, activities, "
                                   "sheets, resources and contacts"));
    m_field->setAccessibleName(tr("Search text"));
    m_results->setAccessibleName(tr("Search results"));
    m_status->setAccessibleName(tr("Search status"));
    showHits(); // group headers and the status are translated text
}

void SearchDialog::search()
{
    m_quiet->stop();
    m_searched = m_field->text();
    m_hits = m_searched.trimmed().isEmpty()
        ? QList<SearchHit> {}
        : Searcher(m_session.database()).search(m_searched, kHitsPerKind);
    showHits();
}

void SearchDialog::showHits()
{
    m_model->clear();
    QStandardItem *group = nullptr;
    int inGroup = 0;
    const auto closeGroup = [&] {
        if (!group)
            return;
        const KindSpec *spec = Kinds::find(group->data(KindRole).toString());
        const QString label
            = spec ? spec->translatedPluralLabel() : group->data(KindRole).toString();
        const QString count = QLocale().toString(inGroup);
        group->setText(inGroup >= kHitsPerKind
                ? tr("%1 (%2+)", "kind, number of hits shown when there are more").arg(label, count)
                : tr("%1 (%2)", "kind, number of hits").arg(label, count));
    };
    for (const SearchHit &hit : std::as_const(m_hits)) {
        if (!group || group->data(KindRole).toString() != hit.kind) {
            closeGroup();
            group = new QStandardItem(kindIcon(hit.kind), QString());
            group->setData(hit.kind, KindRole);
            // Disabled, so the keyboard walks over headers from hit to hit; painted as text.
            group->setFlags(Qt::NoItemFlags);
            group->setForeground(palette().brush(QPalette::Text));
            QFont bold = font();
            bold.setBold(true);
            group->setFont(bold);
            m_model->appendRow(group);
            inGroup = 0;
        }
        auto *item = new QStandardItem(
            hit.title.isEmpty() ? tr("(untitled)") : hit.title); // item views show plain text
        item->setData(hit.kind, KindRole);
        item->setData(hit.id, IdRole);
        item->setToolTip(QStringLiteral("<qt>%1</qt>").arg(hit.title.toHtmlEscaped()));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        group->appendRow(item);
        ++inGroup;
    }
    closeGroup();
    m_results->expandAll();
    updateStatus();
}

void SearchDialog::updateStatus()
{
    const QString text = m_searched.trimmed();
    if (text.isEmpty())
        m_status->setText(tr("Type a word or the start of one; every word must match."));
    else if (m_hits.isEmpty())
        m_status->setText(tr("No results for “%1”.").arg(text));
    else
        m_status->setText(tr("%n results for “%1”.", "", int(m_hits.size())).arg(text));
}

QModelIndex SearchDialog::firstHit() const
{
    const QModelIndex group = m_model->index(0, 0);
    return group.isValid() ? m_model->index(0, 0, group) : QModelIndex();
}

void SearchDialog::activate(const QModelIndex &index)
{
    const QString id = index.data(IdRole).toString();
    if (id.isEmpty())
        return; // a group header, or nothing
    emit recordActivated(index.data(KindRole).toString(), id);
    accept();
}

} // namespace pactesur
