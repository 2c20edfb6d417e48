// SPDX-License-Identifier: EUPL-1.2
// Delta debugging over the steps of a failing scenario: what is left is a short list of
// steps that still fails, which a person can read, where 40 random steps hide the cause.
#pragma once

#include <QElapsedTimer>
#include <QList>

#include <functional>

namespace pactesur::test {

// Each replay runs a whole scenario, so shrinking stops after this many or this long, with
// the shortest failing list found until then.
struct ShrinkBudget
{
    int maxRuns = 400;
    qint64 maxMilliseconds = 120'000;
};

class ScenarioShrinker
{
public:
    // Whether the scenario fails with only these steps (indices into the original list,
    // ascending). Any failure counts: a shorter list failing otherwise is still a lead.
    using Predicate = std::function<bool(const QList<int> &steps)>;

    explicit ScenarioShrinker(Predicate fails, ShrinkBudget budget = {});

    // `steps` must fail. Removes chunks of halving size, then single steps until no single
    // step can go (unless the budget runs out first).
    QList<int> shrink(const QList<int> &steps);
    int runs() const { return m_runs; }
    // Whether the budget ran out: the result fails but may not be minimal.
    bool exhausted() const { return m_exhausted; }

private:
    // Tries `steps` without [start, start + count); keeps the removal if it still fails.
    bool tryRemoving(QList<int> &steps, qsizetype start, qsizetype count);

    Predicate m_fails;
    ShrinkBudget m_budget;
    QElapsedTimer m_timer;
    int m_runs = 0;
    bool m_exhausted = false;
};

} // namespace pactesur::test
