// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lon_lat.h"
#include "model/date.h"

#include <QString>
#include <QStringList>

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
    // The days this outline holds (boundary epochs): from validFrom
    // (inclusive) until validUntil (exclusive); an invalid Date is open.
    // Historical states keep their code with another validity (Sudan before
    // 2011 is SDN too).
    Date validFrom;
    Date validUntil;
    // Registry ids of the record the epoch rests on (optional column
    // "sources", comma-separated): a new state's founding act.
    QStringList sources;

    bool validOn(const Date &d) const
    {
        return (!validFrom.isValid() || validFrom.julianDay() <= d.julianDay()) &&
               (!validUntil.isValid() || d.julianDay() < validUntil.julianDay());
    }
};

// An outline of territory from the boundary data (layer "territories"),
// named by id from the territory records.
struct Outline
{
    QString id;
    bool approximate = false;
    QString method;  // how it was made, for the briefing
    MultiPolygon geometry;
};

} // namespace crossroads
