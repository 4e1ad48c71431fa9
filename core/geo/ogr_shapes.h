// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/country.h"

#include <ogr_geometry.h>

#include <memory>

namespace crossroads {

// Our lon/lat outline as an OGR geometry, for GDAL and GEOS to work on
// (geodesic lengths, GeoPackage features).
std::unique_ptr<OGRMultiPolygon> toOgrMultiPolygon(const MultiPolygon &geometry);

} // namespace crossroads
