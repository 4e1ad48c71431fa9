// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lon_lat.h"

#include <QString>

#include <vector>

namespace crossroads {

using Ring = std::vector<LonLat>;      // closed: the last point repeats the first
using Polygon = std::vector<Ring>;     // the outer ring, then holes
using MultiPolygon = std::vector<Polygon>;

struct Country
{
    QString iso3;   // ISO 3166-1 alpha-3; XKX for Kosovo
    QString name;
    MultiPolygon geometry;  // WGS 84 lon/lat
    LonLat labelPoint;      // inside the largest part
};

} // namespace crossroads
