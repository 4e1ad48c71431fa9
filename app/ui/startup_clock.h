// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace crossroads {

// Milliseconds since this process was started by the system (not since
// main(): loading the libraries is part of what the user waits for). Falls
// back to the time since the first call where the system does not say.
class StartupClock
{
public:
    static qint64 msSinceProcessStart();
};

} // namespace crossroads
