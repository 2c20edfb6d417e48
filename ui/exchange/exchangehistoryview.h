// SPDX-License-Identifier: EUPL-1.2
// History and safety in one section: the import/export ledger, the backups and the keys
// (this replica's fingerprint and the roster of trusted replicas), as tabs.
#pragma once

#include <QTabWidget>

namespace pactesur {

class BackupsView;
class KeysView;
class LedgerView;
class Session;

class ExchangeHistoryView : public QTabWidget
{
    Q_OBJECT
public:
    explicit ExchangeHistoryView(Session &session, QWidget *parent = nullptr);
    LedgerView *ledger() const { return m_ledger; }
    BackupsView *backups() const { return m_backups; }
    KeysView *keys() const { return m_keys; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    LedgerView *m_ledger = nullptr;
    BackupsView *m_backups = nullptr;
    KeysView *m_keys = nullptr;
};

} // namespace pactesur
