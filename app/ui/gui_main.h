// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace crossroads {

// Opens the atlas window and runs its event loop. The command-line
// dispatcher calls it when no subcommand is given and a display exists; it
// lives apart so the dispatcher never links Qt Widgets.
int runGui(int argc, char *argv[]);

} // namespace crossroads
