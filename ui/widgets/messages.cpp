// SPDX-License-Identifier: EUPL-1.2
// How the desktop app reports an error it cannot show inline, with a hook for tests.
#include "messages.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace pactesur {

namespace {
struct State
{
    bool testMode = false;
    QStringList recorded;
    bool nextAnswer = false;
};

State &state()
{
    static State s;
    return s;
}
} // namespace

void Messages::critical(QWidget *parent, const QString &text)
{
    if (state().testMode) {
        state().recorded << text;
        return;
    }
    // The product name is the title on purpose: the message itself says what went wrong.
    QMessageBox::critical(parent, QApplication::applicationName(), text);
}

bool Messages::confirm(QWidget *parent, const QString &text, const QString &acceptText)
{
    if (state().testMode) {
        state().recorded << text;
        return std::exchange(state().nextAnswer, false);
    }
    QMessageBox box(
        QMessageBox::Warning, QApplication::applicationName(), text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::DestructiveRole);
    accept->setObjectName(QStringLiteral("confirmAccept"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void Messages::setNextAnswer(bool accept)
{
    state().nextAnswer = accept;
}

void Messages::setTestMode(bool enabled)
{
    state().testMode = enabled;
}

QStringList Messages::takeRecorded()
{
    return std::exchange(state().recorded, {});
}

} // namespace pactesur
