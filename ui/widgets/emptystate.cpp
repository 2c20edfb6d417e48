// SPDX-License-Identifier: EUPL-1.2
#include "emptystate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pactesur {

namespace {

// A button's own mnemonic would take the window's Alt+letter from the menu bar ("&Edit"):
// the action's shortcut is already listed in its menu.
QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&&"));
    return text;
}

void follow(QPushButton *button, const QAction *action)
{
    button->setText(withoutMnemonic(action->text()));
    button->setAccessibleName(withoutMnemonic(action->text()));
    button->setEnabled(action->isEnabled());
    button->setVisible(action->isVisible());
}

} // namespace

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
{
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->hide();
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    // Short lines read better; the layout gives the label its height for that width.
    m_text->setMaximumWidth(560);

    m_buttonRow = new QHBoxLayout;
    m_buttonRow->addStretch(1);
    m_buttonRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_icon);
    // Stretches, not an alignment flag: an aligned wrapped label gets its one-line height.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_text, 4);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addSpacing(12);
    layout->addLayout(m_buttonRow);
    layout->addStretch(2);
}

void EmptyState::setIcon(const QIcon &icon)
{
    m_icon->setPixmap(icon.pixmap(48, 48));
    m_icon->setVisible(!icon.isNull());
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
}

QString EmptyState::text() const
{
    return m_text->text();
}

void EmptyState::setActions(const QList<QAction *> &actions)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    for (QAction *action : actions) {
        auto *button = new QPushButton(this);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        follow(button, action);
        connect(action, &QAction::changed, button, [button, action] { follow(button, action); });
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        m_buttonRow->insertWidget(m_buttonRow->count() - 1, button);
        m_buttons << button;
    }
}

} // namespace pactesur
