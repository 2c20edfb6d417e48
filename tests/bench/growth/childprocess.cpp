// SPDX-License-Identifier: EUPL-1.2
#include "childprocess.h"

#include <QElapsedTimer>

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace pactesur::bench {

QString ChildRun::failure() const
{
    if (!started)
        return QStringLiteral("could not start");
    const QByteArray lastLine = err.trimmed().split('\n').last();
    return QStringLiteral("exit %1: %2").arg(exitCode).arg(QString::fromUtf8(lastLine).left(60));
}

ChildRun runChild(
    const QString &program, const QStringList &arguments, const QMap<QString, QString> &extraEnv)
{
    ChildRun run;
    // Built before fork(): the child only calls async-signal-safe functions until exec.
    const QByteArray programBytes = program.toLocal8Bit();
    std::vector<QByteArray> argumentBytes {programBytes};
    for (const QString &argument : arguments)
        argumentBytes.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : argumentBytes)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> environmentBytes;
    for (char **variable = environ; *variable; ++variable) {
        const QByteArray entry(*variable);
        if (!extraEnv.contains(QString::fromLocal8Bit(entry.left(entry.indexOf('=')))))
            environmentBytes.push_back(entry);
    }
    for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
        environmentBytes.push_back((it.key() + QLatin1Char('=') + it.value()).toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &entry : environmentBytes)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    int outPipe[2];
    int errPipe[2];
    if (pipe2(outPipe, O_CLOEXEC) != 0)
        return run;
    if (pipe2(errPipe, O_CLOEXEC) != 0) {
        close(outPipe[0]);
        close(outPipe[1]);
        return run;
    }
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(outPipe[1], STDOUT_FILENO);
        dup2(errPipe[1], STDERR_FILENO);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    close(outPipe[1]);
    close(errPipe[1]);
    if (pid < 0) {
        close(outPipe[0]);
        close(errPipe[0]);
        return run;
    }
    run.started = true;
    pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
    QByteArray *sinks[2] = {&run.out, &run.err};
    int open = 2;
    char buffer[65536];
    while (open > 0) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t got = read(fds[i].fd, buffer, sizeof buffer);
            if (got > 0) {
                sinks[i]->append(buffer, got);
            } else if (got == 0 || errno != EINTR) {
                close(fds[i].fd);
                fds[i].fd = -1;
                --open;
            }
        }
    }
    int status = 0;
    rusage usage {};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) { }
    run.wallMs = timer.nsecsElapsed() / 1e6;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.peakKb = usage.ru_maxrss;
    if (run.exitCode == 127 && run.out.isEmpty())
        run.err += "could not execute " + programBytes;
    return run;
}

} // namespace pactesur::bench
