// SPDX-License-Identifier: EUPL-1.2
#include "exchangehistoryview.h"

#include "backupsview.h"
#include "keysview.h"
#include "ledgerview.h"

#include <QEvent>

namespace pactesur {

ExchangeHistoryView::ExchangeHistoryView(Session &session, QWidget *parent)
    : QTabWidget(parent)
    , m_ledger(new LedgerView(session, this))
    , m_backups(new BackupsView(session, this))
    , m_keys(new KeysView(session, this))
{
    setObjectName(QStringLiteral("exchangeHistory"));
    addTab(m_ledger, QString());
    addTab(m_backups, QString());
    addTab(m_keys, QString());
    retranslateUi();
}

void ExchangeHistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

void ExchangeHistoryView::retranslateUi()
{
    setTabText(indexOf(m_ledger), tr("Packages Received and Sent"));
    setTabText(indexOf(m_backups), tr("Backups"));
    setTabText(indexOf(m_keys), tr("Keys"));
}

} // namespace pactesur
