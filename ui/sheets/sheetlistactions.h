// SPDX-License-Identifier: EUPL-1.2
// What the Practice sheets list does beyond the generic list: New… and Edit… open the
// sheet editor (not the generic form), plus Duplicate and Translate… on the selected sheet.
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace pactesur {

class Session;

class SheetListActions : public QObject
{
    Q_OBJECT
public:
    // `list` is the list screen: dialogs and editors open over its window.
    SheetListActions(Session &session, QWidget *list);

    QAction *duplicateAction() const { return m_duplicate; }
    QAction *translateAction() const { return m_translate; }
    QList<QAction *> actions() const { return {m_duplicate, m_translate}; }
    void setSelected(const QString &sheetId, bool writable);
    void retranslate();

    // New…: asks blank or copy, creates the sheet, opens its editor; returns the new id.
    QString newSheet();
    void openSheet(const QString &sheetId);
    QString duplicate();
    QString translate();

signals:
    // A sheet was created from the list: the list selects it.
    void created(const QString &sheetId);

private:
    Session &m_session;
    QWidget *m_list = nullptr;
    QString m_selected;
    QAction *m_duplicate = nullptr;
    QAction *m_translate = nullptr;
};

} // namespace pactesur
