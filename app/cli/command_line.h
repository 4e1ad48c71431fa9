// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace crossroads::cli {

// Runs the program: a subcommand (export, query, brief, validate) headless
// on the offscreen platform, --help / --version, or else the GUI.
int main(int argc, char *argv[]);

} // namespace crossroads::cli
