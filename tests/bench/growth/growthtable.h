// SPDX-License-Identifier: EUPL-1.2
// The one table the growth bench prints (issue 17): each measure at network and network4
// scale, how much it grew, its budget and whether it holds.
#pragma once

#include <QList>
#include <QString>

#include <cmath>
#include <functional>
#include <optional>

namespace pactesur::bench {

// PACTESUR_BENCH_ONLY=start,lists,export,import measures those groups of rows only, to
// iterate on one of them; the table is whole only without it.
bool measures(const char *group);

enum Scale { Network = 0, Network4 = 1 };
constexpr int kScales = 2;

// What four times the data may do to a measure: lists grow at most linearly, a first page
// not at all (DESIGN.md section 9; README "How the lists stay fast").
enum class GrowthRule { Free, AtMostLinear, Flat };

struct Budget
{
    QString text; // as the table shows it, e.g. "<= 100 ms"
    double limit = NAN;
    bool atMost = true; // false: the value must reach the limit (a rate)
};

struct GrowthRow
{
    QString key;
    QString measure; // with its unit and how many runs
    GrowthRule rule = GrowthRule::Free;
    bool isPeer = false; // a yardstick measured in the same run: no budget of its own
    std::optional<double> value[kScales];
    QString error[kScales]; // why a value is missing
    QString note[kScales]; // e.g. "3 runs" when fewer than the row's name says
    Budget budget[kScales];
};

class GrowthTable
{
public:
    // Rows print in the order they are added.
    void addRow(const QString &key, const QString &measure, GrowthRule rule = GrowthRule::Free,
        bool isPeer = false);
    void set(const QString &key, Scale scale, double value, const QString &note = {});
    void fail(const QString &key, Scale scale, const QString &error);
    void setBudget(const QString &key, Scale scale, const Budget &budget);
    std::optional<double> value(const QString &key, Scale scale) const;
    void setMeasure(const QString &key, const QString &measure);
    // Adds to the value's note, e.g. its ratio to the peer ("1.6x bare").
    void addNote(const QString &key, Scale scale, const QString &note);

    // The table between two marker lines, then the legend with the load averages.
    void print(const QString &loadAtStart, const QString &loadAtEnd) const;

private:
    GrowthRow *row(const QString &key);
    const GrowthRow *row(const QString &key) const;
    QList<GrowthRow> m_rows;
};

double median(QList<double> values);
// Milliseconds the work took, wall clock.
double millis(const std::function<void()> &work);
// The first line of /proc/loadavg (1, 5 and 15 minutes).
QString loadAverage();

} // namespace pactesur::bench
