// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace crossroads::cli {

// crossroads query --date D [--country ISO3] [--format json|text]
int runQuery(const QStringList &arguments);

} // namespace crossroads::cli
