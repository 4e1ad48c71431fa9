// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/startup_clock.h"

#include <QElapsedTimer>
#include <QFile>

#include <ctime>
#include <unistd.h>

namespace crossroads {

namespace {

// The process's start in ms since boot, from /proc (clock ticks, usually
// 10 ms); -1 if unknown.
qint64 processStartMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name may hold spaces and parentheses: count fields after
    // its closing one. starttime is field 22, the 20th after it.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    bool ok = false;
    const qint64 ticks = fields[19].toLongLong(&ok);
    const long perSecond = sysconf(_SC_CLK_TCK);
    return ok && perSecond > 0 ? ticks * 1000 / perSecond : -1;
}

} // namespace

qint64 StartupClock::msSinceProcessStart()
{
    static const qint64 start = processStartMs();
    static QElapsedTimer fallback;
    if (!fallback.isValid())
        fallback.start();
    timespec now{};
    if (start < 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return fallback.elapsed();
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000 - start;
}

} // namespace crossroads
