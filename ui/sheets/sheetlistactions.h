// SPDX-License-Identifier: EUPL-1.2
// What the Practice sheets list does beyond the generic list: New… and Edit… open the
// sheet editor (not the generic form), plus Duplicate and Translate… on the selected sheet.
#pragma once

#include "records/recordlistactions.h"

namespace pactesur {

class Session;

class SheetListActions : public RecordListActions
{
    Q_OBJECT
public:
    // `list` is the list screen: dialogs and editors open over its window.
    SheetListActions(Session &session, QWidget *list);
    // For RecordListView::Options::listActions of the Practice sheets list.
    static RecordListActions *create(Session &session, QWidget *list)
    {
        return new SheetListActions(session, list);
    }

    QAction *duplicateAction() const { return m_duplicate; }
    QAction *translateAction() const { return m_translate; }
    QList<QAction *> actions() const override { return {m_duplicate, m_translate}; }
    void setSelected(const QString &sheetId, bool writable) override;
    void retranslate() override;
    void newRecord() override { newSheet(); }
    void editRecord(const QString &sheetId) override { openSheet(sheetId); }

    // New…: asks blank or copy, creates the sheet, opens its editor; returns the new id.
    QString newSheet();
    void openSheet(const QString &sheetId);
    QString duplicate();
    QString translate();

private:
    Session &m_session;
    QWidget *m_list = nullptr;
    QString m_selected;
    QAction *m_duplicate = nullptr;
    QAction *m_translate = nullptr;
};

} // namespace pactesur
