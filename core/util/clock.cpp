// SPDX-License-Identifier: EUPL-1.2
#include "clock.h"

namespace pactesur {

namespace {
class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

QString Clock::nowIso() const
{
    return now().toUTC().toString(Qt::ISODate);
}

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace pactesur
