// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace crossroads::cli {

// The text of --help for the program and each subcommand. The man page is
// generated from the program's --help, so this is the one description.
QString programHelp();
QString exportUsage();
QString queryUsage();
QString briefUsage();
QString validateUsage();
QString identifyUsage();
QString diffUsage();

} // namespace crossroads::cli
