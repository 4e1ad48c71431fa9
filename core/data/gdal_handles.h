// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QString>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace crossroads::gdal {

// Registers all of GDAL's drivers once per process and keeps GDAL quiet on
// stderr: its messages are read back with lastErrorMessage() and reported
// by us.
void ensureInitialised();

// The message of GDAL's last error on this thread, or an empty string.
QString lastErrorMessage();

// Opens a vector dataset read-only; nullptr when it cannot. A file named
// like a GeoPackage or GeoJSON is tried with that driver first, registered
// alone (quicker than registering them all); any other, or one that driver
// cannot open, with all of them. Keeps GDAL quiet as ensureInitialised().
GDALDatasetUniquePtr openVector(const QString &path);

// The transformation from `layer`'s CRS to WGS 84 lon/lat (traditional GIS
// axis order); null when the layer is in WGS 84 already or has no CRS.
// The error message says why GDAL cannot build it.
Result<std::unique_ptr<OGRCoordinateTransformation>> toLonLat(const OGRLayer &layer);

// The index of the first of `names` that `definition` has as a field; -1
// when it has none of them (sources name the same field differently).
int firstField(OGRFeatureDefn *definition, std::initializer_list<const char *> names);

// A vector dataset and one of its layers, open together.
struct OpenLayer
{
    GDALDatasetUniquePtr dataset;
    OGRLayer *layer = nullptr;
};

// Opens `path` and its layer `layerName` (the first layer when empty).
// Errors name `shown` as the file (a connection string with its password
// hidden, say); `mustExist` is false for database connections.
Result<OpenLayer> openLayer(const QString &path, const QString &shown, const QString &layerName, bool mustExist = true);

} // namespace crossroads::gdal
