// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace crossroads::cli {

// crossroads export --date D --output F.png [...]
// crossroads export --each-event --output-dir DIR [...]
int runExport(const QStringList &arguments);

} // namespace crossroads::cli
