// SPDX-License-Identifier: EUPL-1.2
// What waits for a person in the conflict inbox, for the count in the navigation: open
// conflicts and refused changes. Read off the GUI thread with a read-only connection of its
// own, so a start paints before it counts (issue 17), and the inbox itself is built only
// when it is first shown.
#pragma once

#include <QObject>

#include <memory>

namespace pactesur {

class BackgroundRead;
class Session;

class AttentionCounter : public QObject
{
    Q_OBJECT
public:
    explicit AttentionCounter(Session &session, QObject *parent = nullptr);

    // Counts again. Done on every change of records and of database; call it for a change
    // those do not announce (a refused change dismissed). A read under way finishes unseen
    // and this one follows it, so what arrives is never older than the request.
    void refresh();
    // -1 until the first read arrived.
    int openConflicts() const { return m_openConflicts; }
    int refusedChanges() const { return m_refusedChanges; }

signals:
    void countsChanged();

private:
    struct Counts
    {
        int openConflicts = -1;
        int refusedChanges = -1;
    };

    void show();

    Session &m_session;
    BackgroundRead *m_read = nullptr;
    std::shared_ptr<Counts> m_reading; // what the last read asked for fills
    int m_openConflicts = -1;
    int m_refusedChanges = -1;
};

} // namespace pactesur
