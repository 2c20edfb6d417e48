// SPDX-License-Identifier: EUPL-1.2
// The review workflow in the sheet editor's header: the status as a coloured chip and a
// button for each move this person may make from it (Submit for review, Withdraw, Request
// changes, Validate, Publish...). Which moves exist is SheetWorkflow's decision.
#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace pactesur {

struct Identity;

class SheetWorkflowBar : public QWidget
{
    Q_OBJECT
public:
    explicit SheetWorkflowBar(QWidget *parent = nullptr);

    void setState(const Identity &identity, const QString &ownerCity, const QString &status);
    QString status() const { return m_status; }
    // The button that moves the sheet to `status`, null when that move is not offered.
    QPushButton *button(const QString &status) const;
    // The words of the button that moves a sheet from `from` to `to`.
    static QString actionText(const QString &from, const QString &to);

signals:
    void statusRequested(const QString &status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_chip = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QList<QPushButton *> m_actions;
    QString m_status;
    QStringList m_next;
};

} // namespace pactesur
