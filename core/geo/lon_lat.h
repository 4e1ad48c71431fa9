// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace crossroads {

// A position on the WGS 84 ellipsoid, in degrees, longitude first.
struct LonLat
{
    double lon = 0.0;
    double lat = 0.0;
    friend bool operator==(const LonLat &, const LonLat &) = default;
};

} // namespace crossroads
