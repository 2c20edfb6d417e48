// SPDX-License-Identifier: EUPL-1.2
// How the desktop app reports an error it cannot show inline, with a hook for tests.
#include "messages.h"

#include <QApplication>
#include <QMessageBox>

namespace pactesur {

namespace {
struct State
{
    bool testMode = false;
    QStringList recorded;
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

void Messages::setTestMode(bool enabled)
{
    state().testMode = enabled;
}

QStringList Messages::takeRecorded()
{
    return std::exchange(state().recorded, {});
}

} // namespace pactesur
