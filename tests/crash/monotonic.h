// SPDX-License-Identifier: EUPL-1.2
// One clock for the subject and the test that kills it: the steady clock is the system's
// monotonic clock, the same in both processes, and does not jump with the wall clock.
#pragma once

#include <QtGlobal>

#include <chrono>

namespace pactesur::test::kill {

inline qint64 monotonicMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace pactesur::test::kill
