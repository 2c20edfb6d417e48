// SPDX-License-Identifier: EUPL-1.2
// View > Language: the 14 interface languages, switched at once without a restart.
#pragma once

#include <QMenu>

class QActionGroup;

namespace pactesur {

class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    QAction *actionFor(const QString &code) const;
    // Installs the translators of `code`, remembers the choice, and has every open window
    // retranslate itself before returning.
    static bool switchTo(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QActionGroup *m_group = nullptr;
};

} // namespace pactesur
