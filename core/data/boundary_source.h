// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QString>

namespace crossroads {

// Where the country boundaries come from when they are not the data
// folder's own boundaries/countries.gpkg: any OGR vector dataset (a file
// GDAL reads, or a "PG:" connection), one of its layers, and the fields
// that hold each feature's country code and name. Given with --boundaries
// (and --boundaries-layer, --iso-field, --name-field) or in the data
// folder's region.json as {"boundaries": {"source", "layer", "iso_field",
// "name_field"}}.
struct BoundarySource
{
    QString dataset;    // a path, or "PG:" and a connection string
    QString layer;      // empty: the dataset's first layer
    QString isoField;   // empty: the first of the usual code fields
    QString nameField;  // empty: the first of the usual name fields

    bool isSet() const { return !dataset.isEmpty(); }
    friend bool operator==(const BoundarySource &, const BoundarySource &) = default;
    bool isConnection() const { return dataset.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive); }
    // The dataset as messages name it: a connection's password left out.
    QString displayName() const;

    // The "boundaries" section of region.json, a relative path taken from
    // the data folder; an unset source when there is none.
    static Result<BoundarySource> fromRegionFile(const QString &regionPath);
};

} // namespace crossroads
