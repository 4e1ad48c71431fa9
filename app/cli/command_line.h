// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace crossroads::cli {

// Starts the window (ui/gui_main.h); passed in, so this library and every
// subcommand stay free of Qt Widgets.
using GuiStarter = std::function<int(int argc, char *argv[])>;

// Runs the program: a subcommand (export, query, brief, validate) headless
// on the offscreen platform, --help / --version, or else `startGui` when
// there is a display to show it on. Running out of memory anywhere ends
// with a message and exit code 1, never an abort.
int main(int argc, char *argv[], const GuiStarter &startGui);

// Why the window cannot open here (no display, no headless platform
// chosen), or empty when it can. Decided from the environment, before any
// QApplication exists.
QString missingDisplay();

} // namespace crossroads::cli
