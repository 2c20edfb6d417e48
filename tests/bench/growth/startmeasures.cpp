// SPDX-License-Identifier: EUPL-1.2
#include "startmeasures.h"

#include "childprocess.h"

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>

namespace pactesur::bench {

namespace {

struct StartFigures
{
    double interactiveMs = 0;
    double peakKb = 0;
};

// One start, as StartProbe reports it: from the launch to the window interactive.
std::optional<StartFigures> startOnce(const QString &program, const QStringList &arguments,
    const QString &scratchFolder, QString *error)
{
    // A settings folder of our own: the app must not read or write the user's settings.
    const QMap<QString, QString> environment = {
        {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")},
        {QStringLiteral("PACTESUR_QUIT_WHEN_INTERACTIVE"), QStringLiteral("1")},
        {QStringLiteral("PACTESUR_LAUNCHED_AT_MS"),
            QString::number(QDateTime::currentMSecsSinceEpoch())},
        {QStringLiteral("XDG_CONFIG_HOME"), scratchFolder + QStringLiteral("/config")},
        {QStringLiteral("XDG_DATA_HOME"), scratchFolder + QStringLiteral("/data")},
        {QStringLiteral("XDG_CACHE_HOME"), scratchFolder + QStringLiteral("/cache")},
    };
    const ChildRun run = runChild(program, arguments, environment);
    static const QRegularExpression probe(QStringLiteral("interactive_ms=(\\d+) peak_kb=(\\d+)"));
    const QRegularExpressionMatch match = probe.match(QString::fromUtf8(run.out));
    if (!run.ok() || !match.hasMatch()) {
        *error = run.ok() ? QStringLiteral("no interactive_ms line") : run.failure();
        return std::nullopt;
    }
    return StartFigures {match.captured(1).toDouble(), match.captured(2).toDouble()};
}

} // namespace

void addStartRows(GrowthTable &table, int runs)
{
    table.addRow(QStringLiteral("app.start"),
        QStringLiteral("app window interactive, ms (median of %1)").arg(runs), GrowthRule::Free);
    table.addRow(QStringLiteral("bare.start"),
        QStringLiteral("bare Qt window interactive, ms (median of %1)").arg(runs), GrowthRule::Free,
        true);
    table.addRow(QStringLiteral("app.memory"),
        QStringLiteral("app peak memory, MB (median of %1)").arg(runs), GrowthRule::Free);
    table.addRow(QStringLiteral("bare.memory"),
        QStringLiteral("bare Qt window peak memory, MB (median of %1)").arg(runs), GrowthRule::Free,
        true);
}

void measureStart(GrowthTable &table, Scale scale, const Programs &programs,
    const QString &database, const QString &scratchFolder, int runs)
{
    QDir().mkpath(scratchFolder);
    QList<double> appMs, appKb, bareMs, bareKb;
    QString appError, bareError;
    // Alternating, so a change in the machine's load touches both alike.
    for (int run = 0; run < runs; ++run) {
        if (auto bare = startOnce(programs.bareWindow, {}, scratchFolder, &bareError)) {
            bareMs << bare->interactiveMs;
            bareKb << bare->peakKb;
        }
        if (auto app = startOnce(
                programs.app, {QStringLiteral("--db"), database}, scratchFolder, &appError)) {
            appMs << app->interactiveMs;
            appKb << app->peakKb;
        }
    }
    const auto fill = [&](const QString &key, const QList<double> &values, double scaleBy,
                          const QString &error) {
        if (values.isEmpty())
            return table.fail(key, scale, error);
        const QString note = values.size() < runs
            ? QStringLiteral("%1 of %2 runs").arg(values.size()).arg(runs)
            : QString();
        table.set(key, scale, median(values) * scaleBy, note);
    };
    fill(QStringLiteral("app.start"), appMs, 1, appError);
    fill(QStringLiteral("app.memory"), appKb, 1 / 1024.0, appError);
    fill(QStringLiteral("bare.start"), bareMs, 1, bareError);
    fill(QStringLiteral("bare.memory"), bareKb, 1 / 1024.0, bareError);
}

void setStartBudgets(GrowthTable &table, Scale scale)
{
    for (const auto &[row, peer, unit] : {std::tuple {"app.start", "bare.start", "ms"},
             std::tuple {"app.memory", "bare.memory", "MB"}}) {
        const std::optional<double> yardstick = table.value(QLatin1String(peer), scale);
        Budget budget;
        budget.text = QStringLiteral("<= 2x bare");
        if (yardstick) {
            budget.limit = 2 * *yardstick;
            budget.text += QStringLiteral(" (%1 %2)").arg(budget.limit, 0, 'f', 0).arg(unit);
            if (const std::optional<double> measured = table.value(QLatin1String(row), scale))
                table.addNote(QLatin1String(row), scale,
                    QStringLiteral("%1x bare").arg(*measured / *yardstick, 0, 'f', 2));
        }
        table.setBudget(QLatin1String(row), scale, budget);
    }
}

} // namespace pactesur::bench
