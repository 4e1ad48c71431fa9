// SPDX-License-Identifier: GPL-3.0-or-later
// Entry point: a subcommand runs headless; anything else opens the atlas.
// The window is wired in here, so the dispatcher links no Qt Widgets.
#include "cli/command_line.h"
#include "ui/gui_main.h"

int main(int argc, char *argv[])
{
    return crossroads::cli::main(argc, argv, crossroads::runGui);
}
