// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class QWidget;

namespace pactesur {

// Alt+letter for labels and buttons whose text is not a fixed translated string with its
// own "&" (field labels from the catalogue), or is shared by several screens ("Add city"):
// the letter is chosen from the text in the language shown, among those no other visible
// control of the window (its menu bar included) already uses, as KDE's accelerator
// manager does. A fixed "&" in every one of 14 translations could not avoid collisions
// with labels that only exist at run time.
namespace mnemonics {

// The letter Alt+ reaches in `text` ("&Save" -> 's'), lower case; null when none.
QChar of(const QString &text);

// `text` without its mnemonic marker ("&&" stays a single "&").
QString stripped(const QString &text);

// `text` with a marker before the first free letter that starts a word, else the first
// free letter anywhere; the letter joins `taken`. Without a free letter, no marker.
QString marked(const QString &text, QSet<QChar> &taken);

// The letters of the visible menu bar titles, buttons and buddy labels in the window of
// `scope`, other than those of `except`.
QSet<QChar> takenIn(const QWidget *scope, const QList<QWidget *> &except);

} // namespace mnemonics

// Keeps mnemonics on `widgets` (QLabel with a buddy, QAbstractButton): on show and after
// every change of language, once the window has retranslated itself, each text gets a
// letter no other control in the window uses.
class MnemonicKeeper : public QObject
{
    Q_OBJECT
public:
    MnemonicKeeper(QWidget *owner, const QList<QWidget *> &widgets);

    void apply(); // now, for texts just set while the owner is already shown

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySoon();

    QWidget *m_owner;
    QList<QPointer<QWidget>> m_widgets;
    bool m_pending = false;
};

} // namespace pactesur
