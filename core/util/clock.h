// SPDX-License-Identifier: EUPL-1.2
// The time source of core: replaceable so tests are deterministic.
#pragma once

#include <QDateTime>

namespace pactesur {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // UTC ISO-8601 with seconds, the form every timestamp column holds.
    QString nowIso() const;

    static Clock &system();
};

// A clock that only moves when told to; used by tests and by seeding.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime start)
        : m_now(std::move(start))
    { }
    QDateTime now() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace pactesur
