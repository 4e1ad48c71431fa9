// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace crossroads {

// Writes `bytes` to `path` through QSaveFile: the old file stays intact
// until the new one is complete, and a failure leaves no partial file.
std::optional<Error> writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace crossroads
