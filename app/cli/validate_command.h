// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace crossroads::cli {

// crossroads validate [--data DIR]
int runValidate(const QStringList &arguments);

} // namespace crossroads::cli
