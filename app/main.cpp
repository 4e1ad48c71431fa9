// SPDX-License-Identifier: GPL-3.0-or-later
// Entry point: a subcommand runs headless; anything else opens the atlas.
#include "cli/command_line.h"

int main(int argc, char *argv[])
{
    return crossroads::cli::main(argc, argv);
}
