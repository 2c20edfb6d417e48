// SPDX-License-Identifier: EUPL-1.2
#include "ledgerview.h"

#include "util/localformat.h"

#include "exchange/peerdirectory.h"
#include "model/kinds.h"
#include "session/session.h"
#include "store/database.h"
#include "widgets/emptystate.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pactesur {

namespace {
// One row per exchange: a few a week. The newest this many are shown.
constexpr int kShown = 1000;
enum Column { When, Direction, Peer, File, Records, ColumnCount };
} // namespace

LedgerView::LedgerView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("ledgerView"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("ledgerList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setColumnCount(ColumnCount);
    m_list->header()->setStretchLastSection(true);
    m_empty = new EmptyState(this);
    m_empty->setObjectName(QStringLiteral("ledgerEmpty"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_list);
    layout->addWidget(m_intro);
    layout->addWidget(m_stack, 1);
    connect(&session, &Session::recordsChanged, this, [this](const QString &kind) {
        if (kind == QLatin1String("imports"))
            refresh();
    });
    connect(&session, &Session::databaseReplaced, this, &LedgerView::refresh);
    retranslateUi();
    refresh();
}

void LedgerView::setEmptyActions(const QList<QAction *> &actions)
{
    m_empty->setActions(actions);
}

int LedgerView::rowCount() const
{
    return m_list->topLevelItemCount();
}

void LedgerView::refresh()
{
    const Database &db = m_session.database();
    const PeerDirectory peers(db);
    const QLocale locale;
    m_list->clear();
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("SELECT at, direction, peer, file_name, counts FROM ledger "
                                 "ORDER BY at DESC, rowid DESC LIMIT ?"));
    query.addBindValue(kShown);
    query.exec();
    while (query.next()) {
        const bool received = query.value(1).toString() == QLatin1String("import");
        const QString peer = query.value(2).toString();
        const QJsonObject counts
            = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        auto *item = new QTreeWidgetItem(m_list);
        const QDateTime at = QDateTime::fromString(query.value(0).toString(), Qt::ISODate);
        item->setText(When, LocalFormat::dateTime(at.toLocalTime(), locale));
        item->setText(Direction, received ? tr("Received") : tr("Sent"));
        item->setText(Peer,
            peer.isEmpty() ? (received ? tr("Unknown") : tr("Anyone (full copy)"))
                           : peers.describe(peer));
        item->setText(File, query.value(3).toString());
        if (received) {
            item->setText(Records,
                tr("New: %1, updated: %2, unchanged: %3, conflicts: %4, refused: %5")
                    .arg(locale.toString(counts.value(QStringLiteral("new")).toInt()),
                        locale.toString(counts.value(QStringLiteral("updated")).toInt()),
                        locale.toString(counts.value(QStringLiteral("unchanged")).toInt()),
                        locale.toString(counts.value(QStringLiteral("conflicts")).toInt()),
                        locale.toString(counts.value(QStringLiteral("rejected")).toInt())));
        } else {
            int total = 0;
            QStringList parts;
            for (auto it = counts.begin(); it != counts.end(); ++it) {
                total += it.value().toInt();
                const KindSpec *kind = Kinds::find(it.key());
                parts << tr("%1: %2").arg(kind ? kind->translatedPluralLabel() : it.key(),
                    locale.toString(it.value().toInt()));
            }
            item->setText(Records, tr("%n record(s)", nullptr, total));
            item->setToolTip(Records, parts.join(QLatin1Char('\n')));
        }
        item->setIcon(
            Direction, style()->standardIcon(received ? QStyle::SP_ArrowDown : QStyle::SP_ArrowUp));
    }
    for (int column = 0; column < Records; ++column)
        m_list->resizeColumnToContents(column);
    const bool empty = m_list->topLevelItemCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_list);
    m_intro->setVisible(!empty);
}

void LedgerView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}

void LedgerView::retranslateUi()
{
    m_intro->setText(tr("Every package this database received or sent, newest first."));
    m_list->setAccessibleName(tr("Packages received and sent"));
    m_empty->setText(tr("No package sent or received yet.\n\nA package carries this database's "
                        "changes to the coordinator or the cities, and brings theirs back. "
                        "Export one to send your work; import one you received. Every "
                        "exchange is then listed here."));
    m_list->setHeaderLabels(
        {tr("When"), tr("Direction"), tr("With"), tr("File"), tr("What it held")});
}

} // namespace pactesur
