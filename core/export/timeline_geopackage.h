// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/atlas.h"
#include "util/error.h"

#include <optional>

namespace crossroads {

// The timeline as a GeoPackage that QGIS's Temporal Controller plays as it
// is: layers standings (country polygons, one feature per standing record),
// corridor_legs (one feature per leg and phase) and events (points), each
// with start_date and end_date fields (end exclusive, empty while it still
// holds) and a default style in layer_styles that switches QGIS's temporal
// properties on for those fields. Written with GDAL, all or nothing.
class TimelineGeoPackage
{
public:
    static std::optional<Error> write(const Atlas &atlas, const QString &path);
};

} // namespace crossroads
