// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace crossroads {

// Whether this process can reach a running D-Bus session bus without
// starting one. Where none runs, libdbus "autolaunches" one when Qt's
// accessibility bridge first asks for it: it forks and runs dbus-launch.
// A screen reader lives on the desktop's own bus, not on one started that
// way; the daemon outlives the atlas; and a fork while a loader thread
// holds PROJ's lock hangs the child in PROJ's fork handler.
class SessionBus
{
public:
    using Environment = std::function<QString(const char *)>;
    using Exists = std::function<bool(const QString &)>;

    // An address that names a bus (not "autolaunch:"), or the per-user bus
    // socket in XDG_RUNTIME_DIR that libdbus tries when no address is set.
    static bool reachable(const Environment &environment, const Exists &exists);
    static bool reachable();

    // Where reachable() says no bus runs, tells libdbus, through its
    // address variable, to start none: the connection then fails at once
    // and Qt's bridge stays off, as it would on a bus nobody listens to.
    // Kept for the whole run (programs the atlas starts are spared the
    // stray bus too): call it before any other thread runs, as the
    // environment is not safe to change beside its readers. True when it
    // did.
    static bool preventAutolaunch();
};

} // namespace crossroads
