// SPDX-License-Identifier: EUPL-1.2
// View > Language: the 14 interface languages, switched at once without a restart.
#include "languagemenu.h"

#include "uisettings.h"
#include "util/translations.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>

namespace pactesur {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("menuLanguage"));
    m_group->setExclusive(true);
    for (const UiLanguage &language : Translations::languages()) {
        // Each language is named in itself, so anyone can find theirs whatever is shown.
        QAction *action = addAction(language.nativeName);
        action->setObjectName(QStringLiteral("actionLanguage_%1").arg(language.code));
        action->setData(language.code);
        action->setCheckable(true);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this,
        [](QAction *action) { switchTo(action->data().toString()); });
    retranslateUi();
}

QAction *LanguageMenu::actionFor(const QString &code) const
{
    const QList<QAction *> actions = m_group->actions();
    for (QAction *action : actions) {
        if (action->data().toString() == code)
            return action;
    }
    return nullptr;
}

bool LanguageMenu::switchTo(const QString &code)
{
    if (!Translations::install(code))
        return false;
    UiSettings::setLanguage(code);
    // Installing a translator only announces itself when the catalogue is not empty, and the
    // locale (dates, numbers) changes in any case: announce the change ourselves, then
    // deliver it now so every window speaks the new language when this returns.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    return true;
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
    if (QAction *current = actionFor(Translations::current()))
        current->setChecked(true);
}

} // namespace pactesur
