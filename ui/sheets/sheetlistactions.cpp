// SPDX-License-Identifier: EUPL-1.2
// What the Practice sheets list does beyond the generic list: New… and Edit… open the
// sheet editor (not the generic form), plus Duplicate and Translate… on the selected sheet.
#include "sheetlistactions.h"

#include "model/kinds.h"
#include "newsheetdialog.h"
#include "session/session.h"
#include "sheetwindows.h"
#include "store/database.h"
#include "store/replica.h"
#include "translatesheetdialog.h"
#include "widgets/messages.h"

#include <QAction>
#include <QIcon>
#include <QWidget>

namespace pactesur {

SheetListActions::SheetListActions(Session &session, QWidget *list)
    : RecordListActions(list)
    , m_session(session)
    , m_list(list)
{
    setObjectName(QStringLiteral("sheetListActions"));
    m_duplicate = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), QString(), list);
    m_duplicate->setObjectName(QStringLiteral("actionDuplicate_sheets"));
    connect(m_duplicate, &QAction::triggered, this, &SheetListActions::duplicate);
    m_translate = new QAction(QString(), list);
    m_translate->setObjectName(QStringLiteral("actionTranslate_sheets"));
    connect(m_translate, &QAction::triggered, this, &SheetListActions::translate);
    setSelected({}, false);
    retranslate();
}

void SheetListActions::setSelected(const QString &sheetId, bool writable)
{
    m_selected = sheetId;
    const bool selected = !sheetId.isEmpty();
    m_duplicate->setEnabled(writable && selected);
    bool mayTranslate = false;
    if (writable && selected) {
        // A translation belongs to the city of its source: who may write there may make one.
        const Identity identity = Replica::load(m_session.database());
        const auto sheet
            = RecordStore(m_session.database()).get(Kinds::get(QStringLiteral("sheets")), sheetId);
        mayTranslate = sheet
            && (identity.isCoordinator()
                || identity.cityId == sheet->value(QStringLiteral("city")).toString());
    }
    m_translate->setEnabled(mayTranslate);
}

void SheetListActions::retranslate()
{
    m_duplicate->setText(tr("D&uplicate"));
    m_duplicate->setToolTip(tr("Start a new draft sheet from a copy of the selected one"));
    m_translate->setText(tr("&Translate…"));
    m_translate->setToolTip(tr("Make a linked translation of the selected sheet"));
    for (QAction *action : actions())
        action->setStatusTip(action->toolTip());
}

QString SheetListActions::newSheet()
{
    NewSheetDialog dialog(m_session, {}, m_list);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    emit created(dialog.createdId());
    openSheet(dialog.createdId());
    return dialog.createdId();
}

void SheetListActions::openSheet(const QString &sheetId)
{
    SheetWindows::of(m_session).open(sheetId, m_list);
}

QString SheetListActions::duplicate()
{
    if (m_selected.isEmpty())
        return {};
    const Result<QString> copy = NewSheetDialog::duplicate(m_session, m_selected);
    if (!copy) {
        Messages::critical(m_list, copy.error().message);
        return {};
    }
    emit created(copy.value());
    openSheet(copy.value());
    return copy.value();
}

QString SheetListActions::translate()
{
    if (m_selected.isEmpty())
        return {};
    const auto sheet
        = RecordStore(m_session.database()).get(Kinds::get(QStringLiteral("sheets")), m_selected);
    if (!sheet)
        return {};
    // A translation is made from the original, also when a translation is selected.
    const QString source = sheet->value(QStringLiteral("translation_of")).toString();
    TranslateSheetDialog dialog(m_session, source.isEmpty() ? m_selected : source, m_list);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    emit created(dialog.openedId());
    openSheet(dialog.openedId());
    return dialog.openedId();
}

} // namespace pactesur
