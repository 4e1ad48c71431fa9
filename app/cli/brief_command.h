// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace crossroads::cli {

// crossroads brief --country ISO3 --date D [--format md|html|json]
int runBrief(const QStringList &arguments);

} // namespace crossroads::cli
