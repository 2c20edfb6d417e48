// SPDX-License-Identifier: EUPL-1.2
// A contact's data-protection duties in its detail panel: the review date, erasure and
// the export of what is held about the person (GDPR arts. 15 and 17).
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace pactesur {

class Session;

class ContactActions : public QWidget
{
    Q_OBJECT
public:
    explicit ContactActions(Session &session, QWidget *parent = nullptr);

    void setContactId(const QString &contactId);
    QString contactId() const { return m_contactId; }

    // True when a contact's review_by date (stored form, YYYY-MM-DD) is before today: its
    // data should be checked, or erased if no longer needed.
    static bool isReviewDue(const QVariant &reviewBy);
    // "Review due since <date>" in the interface language, or empty when not due.
    static QString reviewDueText(const QVariant &reviewBy);
    // "personal-data-ana-lopez.json": ASCII, lower case, safe as a file name.
    static QString exportFileName(const QString &contactName);

    // Asks for confirmation, then erases for good (not undoable). False when declined.
    bool erasePersonalData();
    // Asks where to save, then writes the report of what is held and where it was sent.
    bool exportPersonalData();

    QString reviewText() const;
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void showError(const QString &message);

    Session &m_session;
    QString m_contactId;
    QString m_name;
    QLabel *m_review = nullptr;
    QPushButton *m_eraseButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace pactesur
