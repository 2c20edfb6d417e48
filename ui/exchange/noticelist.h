// SPDX-License-Identifier: EUPL-1.2
// The refused changes under the conflicts of the inbox: one row per notice (its sentence,
// its date, "Dismiss"), newest first. Notices only inform; dismissing one deletes it here.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace pactesur {

class Session;
struct Notice;

class NoticeList : public QWidget
{
    Q_OBJECT
public:
    explicit NoticeList(Session &session, QWidget *parent = nullptr);

    // Every notice of the database, listed or not.
    int count() const { return qMax(m_count, 0); }
    // Rereads the notices (the inbox calls it whenever it refreshes).
    void refresh();
    // False on an error, which errorOccurred carries to the inbox to show.
    bool dismiss(const QString &noticeId);
    bool dismissAll();

signals:
    void countChanged(int count);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QWidget *row(const Notice &notice, int index);

    Session &m_session;
    int m_count = -1;
    QStringList m_listed; // ids, row for row
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_dismissAll = nullptr;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_rows = nullptr;
};

} // namespace pactesur
