// SPDX-License-Identifier: EUPL-1.2
// The review workflow in the sheet editor's header: the status as a coloured chip and a
// button for each move this person may make from it (Submit for review, Withdraw, Request
// changes, Validate, Publish...). Which moves exist is SheetWorkflow's decision.
#include "sheetworkflowbar.h"

#include "model/kinds.h"
#include "sheets/sheetworkflow.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace pactesur {

namespace {

struct ChipColours
{
    const char *status;
    const char *background;
    const char *text;
};

const ChipColours kChips[] = {
    {"draft", "#e6e8eb", "#3c4043"},
    {"submitted", "#d9e7fb", "#174ea6"},
    {"changes_requested", "#fde6c4", "#8a4b00"},
    {"validated", "#d5efdc", "#146c2e"},
    {"published", "#e7dcfa", "#5b2a9e"},
};

// Moves that take a sheet forward get the default look; the others stay secondary.
bool isForward(const QString &from, const QString &to)
{
    static const QStringList order {QStringLiteral("draft"), QStringLiteral("changes_requested"),
        QStringLiteral("submitted"), QStringLiteral("validated"), QStringLiteral("published")};
    return order.indexOf(to) > order.indexOf(from);
}

} // namespace

SheetWorkflowBar::SheetWorkflowBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sheetWorkflowBar"));
    m_chip = new QLabel(this);
    m_chip->setObjectName(QStringLiteral("sheetStatusChip"));
    m_chip->setTextFormat(Qt::PlainText);
    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(6);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_chip, 0, Qt::AlignVCenter);
    layout->addStretch(1);
    layout->addLayout(m_buttons);
}

QString SheetWorkflowBar::actionText(const QString &from, const QString &to)
{
    if (to == QLatin1String("submitted"))
        return from == QLatin1String("changes_requested") ? tr("Submit Again")
                                                          : tr("Submit for Review");
    if (to == QLatin1String("draft"))
        return tr("Withdraw");
    if (to == QLatin1String("changes_requested"))
        return tr("Request Changes");
    if (to == QLatin1String("validated"))
        return from == QLatin1String("published") ? tr("Unpublish") : tr("Validate");
    if (to == QLatin1String("published"))
        return tr("Publish…");
    return Kinds::choiceLabel(to);
}

void SheetWorkflowBar::setState(
    const Identity &identity, const QString &ownerCity, const QString &status)
{
    const QStringList next = SheetWorkflow::nextStatuses(identity, ownerCity, status);
    // Every autosave refreshes the editor: the buttons are rebuilt only when the moves
    // change, so one is never pulled away from under the pointer or the focus.
    if (status == m_status && next == m_next)
        return;
    m_status = status;
    m_next = next;
    qDeleteAll(m_actions);
    m_actions.clear();
    for (const QString &to : next) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("workflow_%1").arg(to));
        button->setProperty("toStatus", to);
        button->setAutoDefault(false);
        if (isForward(status, to)) {
            QFont font = button->font();
            font.setBold(true);
            button->setFont(font);
        }
        connect(button, &QPushButton::clicked, this, [this, to] { emit statusRequested(to); });
        m_buttons->addWidget(button);
        m_actions << button;
    }
    QString background = QStringLiteral("#e6e8eb");
    QString text = QStringLiteral("#3c4043");
    for (const ChipColours &chip : kChips) {
        if (status == QLatin1String(chip.status)) {
            background = QString::fromLatin1(chip.background);
            text = QString::fromLatin1(chip.text);
        }
    }
    m_chip->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 11px;"
                                         " padding: 3px 12px; font-weight: bold; }")
                              .arg(background, text));
    retranslateUi();
}

QPushButton *SheetWorkflowBar::button(const QString &status) const
{
    for (QPushButton *button : m_actions) {
        if (button->property("toStatus").toString() == status)
            return button;
    }
    return nullptr;
}

void SheetWorkflowBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SheetWorkflowBar::retranslateUi()
{
    m_chip->setText(Kinds::choiceLabel(m_status));
    m_chip->setAccessibleName(tr("Status: %1").arg(Kinds::choiceLabel(m_status)));
    for (QPushButton *button : std::as_const(m_actions)) {
        const QString to = button->property("toStatus").toString();
        button->setText(actionText(m_status, to));
        button->setAccessibleName(button->text());
    }
}

} // namespace pactesur
