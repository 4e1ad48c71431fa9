// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace crossroads::cli {

// crossroads diff --from D1 --to D2 [--country ISO3] [--format json|text|md]
int runDiff(const QStringList &arguments);

} // namespace crossroads::cli
