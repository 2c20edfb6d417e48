// SPDX-License-Identifier: EUPL-1.2
// Runs another program as the growth bench's measures need it: its output, its wall time
// and its peak resident memory (ru_maxrss from wait4, which QProcess does not give).
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pactesur::bench {

struct ChildRun
{
    bool started = false;
    int exitCode = -1; // -1 when it did not exit normally (killed by a signal)
    QByteArray out;
    QByteArray err;
    double wallMs = 0;
    qint64 peakKb = 0; // ru_maxrss of the child, in kB
    bool ok() const { return started && exitCode == 0; }
    // What went wrong, for a row of the table: the exit status and the last line of stderr.
    QString failure() const;
};

// Starts `program` with `arguments`, the environment of this process plus `extraEnv`,
// and waits for it. Reads both its pipes as it runs, so a talkative child never blocks.
ChildRun runChild(const QString &program, const QStringList &arguments,
    const QMap<QString, QString> &extraEnv = {});

} // namespace pactesur::bench
