// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/country.h"

#include <vector>

namespace crossroads {

// How a route relates to a country's territory.
struct RouteInside
{
    double lengthMetres = 0;  // geodesic length of the parts inside
    bool touches = false;     // crosses it, or starts/ends within `nearMetres`
};

// Clips the polyline to the country (GDAL/OGR, GEOS) and measures the parts
// inside geodesically (Qt Positioning). Ports often sit just off generalised
// coastlines, so an end within `nearMetres` counts as touching.
RouteInside measureRouteInside(const std::vector<LonLat> &route, const MultiPolygon &country, double nearMetres = 15000);

} // namespace crossroads
