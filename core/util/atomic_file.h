// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace crossroads {

// Writes `bytes` to `path` as a one-file OutputSet: the old file stays
// intact until the new one is complete and synced, a failure leaves no
// partial file, and special files (devices, FIFOs) and folders are refused.
std::optional<Error> writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace crossroads
