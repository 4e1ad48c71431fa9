// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/country.h"
#include "util/error.h"

#include <QString>

#include <optional>
#include <vector>

class OGRFeature;
class OGRGeometry;

namespace crossroads {

// Reads country boundaries from any OGR vector source (GeoPackage,
// Shapefile, GeoJSON, ...). The code comes from the first of the fields
// iso_a3 / ISO_A3 / ADM0_A3 / iso3 that exists, the name from name / NAME /
// ADMIN. Natural Earth writes '-99' where ISO has no code or NE chose none;
// those are resolved by name or ISO alpha-2 (Kosovo -> XKX, France -> FRA,
// Norway -> NOR). Geometry is transformed to WGS 84 lon/lat if needed.
// Optional fields valid_from / valid_until (YYYY-MM-DD, until exclusive,
// empty or NULL open) give a feature's boundary epoch.
class BoundaryLoader
{
public:
    struct Options
    {
        QString layer;  // empty: the dataset's first layer
    };

    static Result<std::vector<Country>> load(const QString &path, const Options &options);
    static Result<std::vector<Country>> load(const QString &path) { return load(path, Options{}); }

    // Territory outlines: layer `layer` with fields id, approximate, method.
    // A dataset without that layer has none (an empty list, not an error).
    static Result<std::vector<Outline>> loadOutlines(const QString &path, const QString &layer);

    // The ISO 3166-1 alpha-3 code for a Natural Earth record whose ISO_A3 is
    // '-99' (or empty); an empty string when there is none.
    static QString resolveMissingIso3(const QString &iso2, const QString &name);

    // The checks and conversions load() applies to each feature, for other
    // readers of OGR layers (BoundarySourceLoader): a polygon or
    // multipolygon in lon/lat into `out` (or what is wrong with it); the
    // label point inside its largest part; a valid_from / valid_until field
    // (unset, NULL or empty is open).
    static std::optional<QString> readOutline(const OGRGeometry &geometry, MultiPolygon &out);
    static LonLat outlineLabelPoint(const OGRGeometry &geometry);
    static std::optional<QString> readValidityField(OGRFeature &feature, int field, const char *name, Date &out);
};

} // namespace crossroads
