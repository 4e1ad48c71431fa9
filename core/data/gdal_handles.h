// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace crossroads::gdal {

// Registers GDAL's drivers once per process and keeps GDAL quiet on stderr:
// its messages are read back with lastErrorMessage() and reported by us.
void ensureInitialised();

// The message of GDAL's last error on this thread, or an empty string.
QString lastErrorMessage();

// Opens a vector dataset read-only; nullptr when it cannot.
GDALDatasetUniquePtr openVector(const QString &path);

} // namespace crossroads::gdal
