// SPDX-License-Identifier: EUPL-1.2
#include "mnemonics.h"

#include <QAbstractButton>
#include <QAction>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QTimer>

namespace pactesur {

namespace mnemonics {

namespace {

QString textOf(const QWidget *widget)
{
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        return label->text();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text();
    if (const auto *box = qobject_cast<const QGroupBox *>(widget))
        return box->title();
    return {};
}

void setTextOf(QWidget *widget, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(widget))
        label->setText(text);
    else if (auto *button = qobject_cast<QAbstractButton *>(widget))
        button->setText(text);
}

bool isFree(QChar letter, const QSet<QChar> &taken)
{
    return letter.isLetterOrNumber() && !taken.contains(letter.toLower());
}

} // namespace

QChar of(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        ++i; // "&&" is a plain ampersand
    }
    return {};
}

QString stripped(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i; // the marker goes; of "&&", one "&" stays
        plain.append(text.at(i));
    }
    return plain;
}

QString marked(const QString &text, QSet<QChar> &taken)
{
    qsizetype chosen = -1;
    for (qsizetype i = 0; i < text.size() && chosen < 0; ++i) {
        const bool wordStart = i == 0 || !text.at(i - 1).isLetterOrNumber();
        if (wordStart && isFree(text.at(i), taken))
            chosen = i;
    }
    for (qsizetype i = 0; i < text.size() && chosen < 0; ++i) {
        if (isFree(text.at(i), taken))
            chosen = i;
    }
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i == chosen)
            result.append(QLatin1Char('&'));
        result.append(text.at(i));
        if (text.at(i) == QLatin1Char('&'))
            result.append(QLatin1Char('&'));
    }
    if (chosen >= 0)
        taken.insert(text.at(chosen).toLower());
    return result;
}

QSet<QChar> takenIn(const QWidget *scope, const QList<QWidget *> &except)
{
    QSet<QChar> taken;
    const QWidget *window = scope->window();
    auto add = [&taken](const QString &text) {
        if (const QChar letter = of(text); !letter.isNull())
            taken.insert(letter);
    };
    for (const QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        for (const QAction *action : bar->actions()) {
            if (action->isVisible())
                add(action->text());
        }
    }
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        const auto *label = qobject_cast<const QLabel *>(widget);
        if (label && !label->buddy())
            continue; // a label's mnemonic works only through its buddy
        if (!except.contains(widget) && widget->isVisibleTo(window))
            add(textOf(widget));
    }
    return taken;
}

} // namespace mnemonics

MnemonicKeeper::MnemonicKeeper(QWidget *owner, const QList<QWidget *> &widgets)
    : QObject(owner)
    , m_owner(owner)
{
    for (QWidget *widget : widgets)
        m_widgets.append(widget);
    owner->installEventFilter(this);
    apply();
}

void MnemonicKeeper::apply()
{
    m_pending = false;
    QList<QWidget *> mine;
    for (const QPointer<QWidget> &widget : std::as_const(m_widgets)) {
        if (widget)
            mine.append(widget.data());
    }
    QSet<QChar> taken = mnemonics::takenIn(m_owner, mine);
    for (QWidget *widget : std::as_const(mine)) {
        if (!qobject_cast<QLabel *>(widget) && !qobject_cast<QAbstractButton *>(widget))
            continue;
        const QString current = mnemonics::textOf(widget);
        const QString text = mnemonics::marked(mnemonics::stripped(current), taken);
        if (text != current)
            mnemonics::setTextOf(widget, text);
    }
}

bool MnemonicKeeper::eventFilter(QObject *watched, QEvent *event)
{
    // After a change of language the menu bar may not have its new titles yet: wait for
    // every widget to have retranslated before choosing.
    if (watched == m_owner && event->type() == QEvent::Show)
        apply();
    else if (watched == m_owner && event->type() == QEvent::LanguageChange)
        applySoon();
    return QObject::eventFilter(watched, event);
}

void MnemonicKeeper::applySoon()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_pending)
            apply();
    });
}

} // namespace pactesur
