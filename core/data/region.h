// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lon_lat.h"
#include "util/error.h"

#include <QHash>
#include <QRectF>
#include <QSet>
#include <QString>

namespace crossroads {

// The atlas's region, from region.json: which countries are in focus (drawn
// emphasised and labelled), the home view, and display overrides.
struct Region
{
    QSet<QString> focus;
    // West, south, east, north in degrees.
    double homeWest = 25.0, homeSouth = 12.0, homeEast = 90.0, homeNorth = 56.0;
    QHash<QString, QString> displayNames;  // e.g. TUR -> Türkiye
    QHash<QString, LonLat> labelPoints;    // where the source's point is poor for this map

    static Result<Region> load(const QString &path);
};

} // namespace crossroads
