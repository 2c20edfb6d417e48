// SPDX-License-Identifier: EUPL-1.2
// Search everywhere: full-text search as one types, results grouped by kind.
#pragma once

#include "search/searcher.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QModelIndex;
class QStandardItemModel;
class QTimer;
class QTreeView;

namespace pactesur {

class Session;

class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kHitsPerKind = 20;
    static constexpr int kQuietMs = 150;

    explicit SearchDialog(Session &session, QWidget *parent = nullptr);

    QString searchText() const;
    // Puts `text` in the field and searches at once.
    void setSearchText(const QString &text);
    // The hits shown, in the order shown.
    QList<SearchHit> hits() const { return m_hits; }

signals:
    // A hit was chosen (Enter or double click); the dialog is accepted right after.
    void recordActivated(const QString &kind, const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void search();
    void showHits();
    void updateStatus();
    void activate(const QModelIndex &index);
    QModelIndex firstHit() const;

    Session &m_session;
    QLineEdit *m_field = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTreeView *m_results = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_quiet = nullptr;
    QString m_searched; // the text the hits are for
    QList<SearchHit> m_hits;
};

} // namespace pactesur
