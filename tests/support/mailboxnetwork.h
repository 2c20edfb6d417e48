// SPDX-License-Identifier: EUPL-1.2
// A coordinator and some city liaisons syncing through one mailbox (issue 15), making
// random edits between rounds, concurrent edits of the same fields included. The folder
// and the WebDAV tests share it: only the transport differs.
#pragma once

#include "exchangeharness.h"
#include "mailbox/mailboxsync.h"

#include <QRandomGenerator>

#include <functional>
#include <memory>
#include <vector>

namespace pactesur::test {

class MailboxNetwork
{
public:
    using TransportFactory = std::function<std::unique_ptr<Transport>()>;

    // r0 is the coordinator, r1.. liaisons of `cities`, all enrolled with each other.
    MailboxNetwork(const QString &folder, const QStringList &cities, TransportFactory transport);
    ~MailboxNetwork();

    int size() const { return int(m_replicas.size()); }
    TestReplica &replica(int r) { return *m_replicas.at(size_t(r)); }

    // One round for replica r; a round the mailbox could not answer fails the test's check.
    Result<SyncReport> sync(int r);
    // A random write by replica r: a new activity, a changed title, or (with `concurrent`)
    // the same field of a city's record written by the city and the coordinator between
    // two rounds. Returns what it did, for the failure message.
    QString randomEdit(int r, QRandomGenerator &random);
    QString concurrentEdit(QRandomGenerator &random);
    // Rounds until one pass over every replica moves no package (at most `passes`); returns
    // the first round's problem, or an empty string.
    QString settle(int passes = 6);
    // Every replica has the same state digest and the same open conflicts; else what differs.
    QString divergence();
    // How many open conflicts the coordinator holds.
    int openConflicts();

private:
    QStringList editableActivities(int r);
    QString m_folder;
    TransportFactory m_transport;
    std::vector<std::unique_ptr<TestReplica>> m_replicas;
    int m_edits = 0;
};

} // namespace pactesur::test
