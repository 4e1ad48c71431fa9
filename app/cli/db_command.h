// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace crossroads::cli {

// crossroads db init|import|export --db CONNINFO [--data DIR | --output-dir DIR]
int runDb(const QStringList &arguments);
QString dbUsage();

} // namespace crossroads::cli
