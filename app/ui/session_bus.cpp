// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session_bus.h"

#include <QDir>
#include <QFileInfo>

namespace crossroads {

namespace {
constexpr const char *kAddress = "DBUS_SESSION_BUS_ADDRESS";
} // namespace

bool SessionBus::reachable(const Environment &environment, const Exists &exists)
{
    const QString address = environment(kAddress).trimmed();
    if (!address.isEmpty())
        return !address.startsWith(QLatin1String("autolaunch:"));
    const QString runtime = environment("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && exists(QDir(runtime).filePath(QStringLiteral("bus")));
}

bool SessionBus::reachable()
{
    return reachable([](const char *name) { return qEnvironmentVariable(name); },
                     [](const QString &path) { return QFileInfo::exists(path); });
}

bool SessionBus::preventAutolaunch()
{
    // An address of no transport libdbus knows: it gives up without a fork.
    return !reachable() && qputenv(kAddress, "disabled:");
}

} // namespace crossroads
