// SPDX-License-Identifier: EUPL-1.2
#include "growthtable.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>

namespace pactesur::bench {

bool measures(const char *group)
{
    const QString only = qEnvironmentVariable("PACTESUR_BENCH_ONLY");
    return only.isEmpty()
        || only.split(QLatin1Char(','), Qt::SkipEmptyParts).contains(QLatin1String(group));
}

namespace {

// Four times the data: linear growth is 4; a little over leaves room for noise and for
// index depth (a B-tree level more), beyond that a list does more than linear work.
constexpr double kLinearGrowthLimit = 4.5;
constexpr double kFlatGrowthLimit = 1.5;
constexpr qsizetype kErrorWidth = 48;

QString number(double value)
{
    const double magnitude = std::fabs(value);
    if (magnitude >= 1000)
        return QString::number(value, 'f', 0);
    if (magnitude >= 10)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'f', 2);
}

QString cell(const GrowthRow &row, int scale)
{
    if (row.value[scale]) {
        QString text = number(*row.value[scale]);
        if (!row.note[scale].isEmpty())
            text += QStringLiteral(" (%1)").arg(row.note[scale]);
        return text;
    }
    if (row.error[scale].isEmpty())
        return QStringLiteral("-");
    // The whole message went to stderr when it happened; the table keeps its width.
    const QString error = row.error[scale];
    return QStringLiteral("ERROR: ")
        + (error.size() > kErrorWidth ? error.left(kErrorWidth - 3) + QStringLiteral("...")
                                      : error);
}

QString growthCell(const GrowthRow &row)
{
    if (!row.value[Network] || !row.value[Network4] || *row.value[Network] <= 0)
        return QStringLiteral("-");
    const double growth = *row.value[Network4] / *row.value[Network];
    QString text = QString::number(growth, 'f', 2);
    if (row.rule == GrowthRule::AtMostLinear && growth > kLinearGrowthLimit)
        text += QStringLiteral(" GROWS FASTER THAN LINEAR");
    else if (row.rule == GrowthRule::Flat && growth > kFlatGrowthLimit)
        text += QStringLiteral(" GROWS (must stay flat)");
    return text;
}

QString withinCell(const GrowthRow &row)
{
    if (row.isPeer)
        return QStringLiteral("(peer)");
    // A budget on growth alone (the first page must not grow) is one answer for both.
    if (row.rule == GrowthRule::Flat && std::isnan(row.budget[Network].limit)) {
        if (!row.value[Network] || !row.value[Network4] || *row.value[Network] <= 0)
            return QStringLiteral("?");
        return *row.value[Network4] / *row.value[Network] <= kFlatGrowthLimit
            ? QStringLiteral("yes")
            : QStringLiteral("NO");
    }
    QStringList answers;
    for (int scale = 0; scale < kScales; ++scale) {
        const Budget &budget = row.budget[scale];
        if (!row.value[scale] || std::isnan(budget.limit)) {
            answers << QStringLiteral("?");
            continue;
        }
        const bool within
            = budget.atMost ? *row.value[scale] <= budget.limit : *row.value[scale] >= budget.limit;
        answers << (within ? QStringLiteral("yes") : QStringLiteral("NO"));
    }
    return answers.join(QStringLiteral(" / "));
}

QString budgetCell(const GrowthRow &row)
{
    if (row.isPeer)
        return QString();
    const Budget &first = row.budget[Network];
    const Budget &second = row.budget[Network4];
    if (first.text == second.text)
        return first.text;
    return QStringLiteral("n: %1; n4: %2")
        .arg(first.text.isEmpty() ? "?" : first.text, second.text.isEmpty() ? "?" : second.text);
}

} // namespace

void GrowthTable::addRow(const QString &key, const QString &measure, GrowthRule rule, bool isPeer)
{
    GrowthRow added;
    added.key = key;
    added.measure = measure;
    added.rule = rule;
    added.isPeer = isPeer;
    m_rows << added;
}

GrowthRow *GrowthTable::row(const QString &key)
{
    for (GrowthRow &candidate : m_rows) {
        if (candidate.key == key)
            return &candidate;
    }
    std::fprintf(stderr, "bench_growth: no row %s\n", qPrintable(key));
    std::abort();
}

const GrowthRow *GrowthTable::row(const QString &key) const
{
    return const_cast<GrowthTable *>(this)->row(key);
}

void GrowthTable::set(const QString &key, Scale scale, double value, const QString &note)
{
    row(key)->value[scale] = value;
    row(key)->note[scale] = note;
}

void GrowthTable::fail(const QString &key, Scale scale, const QString &error)
{
    row(key)->value[scale].reset();
    row(key)->error[scale] = error;
    std::fprintf(stderr, "bench_growth: %s: %s\n", qPrintable(key), qPrintable(error));
}

void GrowthTable::setBudget(const QString &key, Scale scale, const Budget &budget)
{
    row(key)->budget[scale] = budget;
}

std::optional<double> GrowthTable::value(const QString &key, Scale scale) const
{
    return row(key)->value[scale];
}

void GrowthTable::setMeasure(const QString &key, const QString &measure)
{
    row(key)->measure = measure;
}

void GrowthTable::addNote(const QString &key, Scale scale, const QString &note)
{
    QString &notes = row(key)->note[scale];
    notes += (notes.isEmpty() ? QString() : QStringLiteral(", ")) + note;
}

void GrowthTable::print(const QString &loadAtStart, const QString &loadAtEnd) const
{
    const QStringList headers = {QStringLiteral("measure"), QStringLiteral("network"),
        QStringLiteral("network4"), QStringLiteral("growth (n4/n)"), QStringLiteral("budget"),
        QStringLiteral("within budget? (n / n4)")};
    QList<QStringList> lines;
    for (const GrowthRow &row : m_rows) {
        lines << QStringList {row.isPeer ? QStringLiteral("  peer: ") + row.measure : row.measure,
            cell(row, Network), cell(row, Network4), growthCell(row), budgetCell(row),
            withinCell(row)};
    }
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths << header.size();
    for (const QStringList &line : lines) {
        for (int i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line.at(i).size());
    }
    const auto printLine = [&](const QStringList &line) {
        QStringList padded;
        for (int i = 0; i < line.size(); ++i)
            padded << (i == 0 ? line.at(i).leftJustified(widths[i])
                              : line.at(i).rightJustified(widths[i]));
        QString text = padded.join(QStringLiteral(" | "));
        while (text.endsWith(QLatin1Char(' '))) // the last column's padding, not the first's
            text.chop(1);
        std::printf("%s\n", qPrintable(text));
    };
    std::printf("==== growth table (issue 17): begin ====\n");
    printLine(headers);
    QStringList rule;
    for (const qsizetype width : widths)
        rule << QString(width, QLatin1Char('-'));
    printLine(rule);
    for (const QStringList &line : lines)
        printLine(line);
    std::printf("==== growth table: end ====\n");
    std::printf(
        "growth = value at network4 / value at network (4x the data). Lists may grow at most "
        "linearly\n(growth <= %.1f) and a first page not at all (<= %.1f); rows that break this "
        "are marked.\nA peer row is the yardstick its budget is measured against, in the same "
        "run on the same copy.\nFor a rate (rows/s) higher is better; for times and memory, "
        "lower.\nload average (1/5/15 min) at start: %s; at end: %s\n",
        kLinearGrowthLimit, kFlatGrowthLimit, qPrintable(loadAtStart), qPrintable(loadAtEnd));
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return NAN;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double millis(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

} // namespace pactesur::bench
