// SPDX-License-Identifier: EUPL-1.2
#include "scenarioshrinker.h"

#include <utility>

namespace pactesur::test {

ScenarioShrinker::ScenarioShrinker(Predicate fails, ShrinkBudget budget)
    : m_fails(std::move(fails))
    , m_budget(budget)
{ }

bool ScenarioShrinker::tryRemoving(QList<int> &steps, qsizetype start, qsizetype count)
{
    if (m_runs >= m_budget.maxRuns || m_timer.elapsed() >= m_budget.maxMilliseconds) {
        m_exhausted = true;
        return false;
    }
    QList<int> candidate = steps;
    candidate.remove(start, count);
    ++m_runs;
    if (!m_fails(candidate))
        return false;
    steps = candidate;
    return true;
}

QList<int> ScenarioShrinker::shrink(const QList<int> &steps)
{
    m_timer.start();
    m_runs = 0;
    m_exhausted = false;
    QList<int> current = steps;
    // Big chunks first: most steps of a random scenario have nothing to do with its
    // failure, and halves go in a few replays where single steps would take one each.
    for (qsizetype chunk = current.size() / 2; chunk > 1 && !m_exhausted; chunk /= 2) {
        for (qsizetype start = 0; start < current.size() && !m_exhausted;) {
            if (!tryRemoving(current, start, qMin(chunk, current.size() - start)))
                start += chunk;
        }
    }
    // Then single steps, again until none can go: removing a later step can free an
    // earlier one that the failure needed only because of it.
    for (bool removed = true; removed && !m_exhausted;) {
        removed = false;
        for (qsizetype index = 0; index < current.size() && !m_exhausted;) {
            if (tryRemoving(current, index, 1))
                removed = true;
            else
                ++index;
        }
    }
    return current;
}

} // namespace pactesur::test
