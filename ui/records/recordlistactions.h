// SPDX-License-Identifier: EUPL-1.2
// What the list of one kind does beyond the generic list, given by the folder that owns the
// kind's own screens (the Practice sheets list opens the sheet editor), so that records/
// never names another feature's windows.
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace pactesur {

class Session;

class RecordListActions : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Shown after New… and Edit…, in the list's toolbar and context menu.
    virtual QList<QAction *> actions() const = 0;
    // The selected record (empty for none) and whether the list may be written.
    virtual void setSelected(const QString &id, bool writable) = 0;
    virtual void retranslate() = 0;
    // New… and Edit… of the list, in place of the generic record form.
    virtual void newRecord() = 0;
    virtual void editRecord(const QString &id) = 0;

signals:
    // A record was created from the list: the list selects it.
    void created(const QString &id);
};

// Makes the actions of one list screen (`list`, their parent).
using MakeRecordListActions = RecordListActions *(*)(Session &session, QWidget *list);

} // namespace pactesur
