// SPDX-License-Identifier: EUPL-1.2
// How long the start takes, as the start budget (DESIGN.md section 9) counts it: from the
// launch to the first paint of the window with the event loop free again.
//
// With $PACTESUR_QUIT_WHEN_INTERACTIVE set, the program prints one line once the window
// has painted and the events queued before are handled, then quits:
//   interactive_ms=<ms since $PACTESUR_LAUNCHED_AT_MS, or since main()> peak_kb=<VmHWM>
// bench_start runs the app and the bare-window yardstick this way.
#pragma once

#include <QObject>

class QWidget;

namespace pactesur {

class StartProbe : public QObject
{
    Q_OBJECT
public:
    // Does nothing unless $PACTESUR_QUIT_WHEN_INTERACTIVE is set.
    static void watch(QWidget *window);

    // The launch time the probe measures from: $PACTESUR_LAUNCHED_AT_MS when set.
    static qint64 launchedAtMs();
    // This process's peak resident memory, in kB (VmHWM of /proc/self/status).
    static qint64 peakResidentKb();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartProbe(QWidget *window);
    bool m_painted = false;
};

} // namespace pactesur
