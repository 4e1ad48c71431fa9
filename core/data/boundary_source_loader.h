// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/boundary_source.h"
#include "data/country.h"
#include "util/error.h"

#include <vector>

namespace crossroads {

// Reads country boundaries from any OGR dataset (BoundarySource). Unlike
// the data folder's own GeoPackage, such a layer may draw a country in
// several features (islands, provinces of an admin-1 layer): features with
// the same code and the same validity are merged into one outline with
// GEOS (OGR's UnionCascaded). A layer whose features are parts of
// countries (several names under one code) takes its names from the
// country-name field (Natural Earth's admin) or is refused, so it never
// colours one province per country. Outlines that cross the seam of the
// regional conic are cut there with GEOS. Every problem names the source,
// the layer or feature, and the field.
class BoundarySourceLoader
{
public:
    static Result<std::vector<Country>> load(const BoundarySource &source);

    // The meridian opposite the regional conic's centre (lon_0 = 55°E),
    // where a polygon would be torn across the map.
    static constexpr double kSeamLongitude = -125.0;
};

} // namespace crossroads
