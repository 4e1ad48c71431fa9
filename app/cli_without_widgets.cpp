// SPDX-License-Identifier: GPL-3.0-or-later
// The dispatcher linked with no Qt Widgets at all (see CMakeLists.txt): it
// exists so the build fails if the headless code ever needs them.
#include "cli/command_line.h"

#include <cstdio>

int main(int argc, char *argv[])
{
    return crossroads::cli::main(argc, argv, [](int, char **) {
        std::fputs("crossroads: this build has no window; use a subcommand\n", stderr);
        return 2;
    });
}
