// SPDX-License-Identifier: EUPL-1.2
#include "startprobe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace pactesur {

namespace {
// Taken as soon as the library is loaded, for a run that says nothing of its launch.
const qint64 kLoadedAtMs = QDateTime::currentMSecsSinceEpoch();
} // namespace

qint64 StartProbe::launchedAtMs()
{
    bool ok = false;
    const qint64 launched = qEnvironmentVariable("PACTESUR_LAUNCHED_AT_MS").toLongLong(&ok);
    return ok ? launched : kLoadedAtMs;
}

qint64 StartProbe::peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void StartProbe::watch(QWidget *window)
{
    if (qEnvironmentVariableIsEmpty("PACTESUR_QUIT_WHEN_INTERACTIVE"))
        return;
    QCoreApplication::instance()->installEventFilter(new StartProbe(window));
}

StartProbe::StartProbe(QWidget *window)
    : QObject(window)
{ }

bool StartProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == parent()) {
        m_painted = true;
        // Queued behind whatever the first paint left to do: when it runs, a click would
        // be handled at once.
        QTimer::singleShot(0, this, [] {
            std::printf("interactive_ms=%lld peak_kb=%lld\n",
                QDateTime::currentMSecsSinceEpoch() - launchedAtMs(), peakResidentKb());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pactesur
