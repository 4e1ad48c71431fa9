// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace crossroads::cli {

// crossroads identify --date D --at LON,LAT [--format json|text]
int runIdentify(const QStringList &arguments);

} // namespace crossroads::cli
