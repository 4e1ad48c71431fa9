// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lon_lat.h"

#include <span>

namespace crossroads {

// Geodesic measures through Qt Positioning (great-circle distances on its
// spherical earth model, mean radius 6371 km: within 0.5 % of the ellipsoid).
namespace geodesy {

// In metres.
double distance(LonLat from, LonLat to);
// Length of the polyline through `points`, in metres.
double pathLength(std::span<const LonLat> points);

} // namespace geodesy
} // namespace crossroads
