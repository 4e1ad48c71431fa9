// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/geodesy.h"

#include <QGeoCoordinate>
#include <QGeoPath>

namespace crossroads::geodesy {

double distance(LonLat from, LonLat to)
{
    return QGeoCoordinate(from.lat, from.lon).distanceTo(QGeoCoordinate(to.lat, to.lon));
}

double pathLength(std::span<const LonLat> points)
{
    QList<QGeoCoordinate> path;
    path.reserve(qsizetype(points.size()));
    for (const LonLat &p : points)
        path.append(QGeoCoordinate(p.lat, p.lon));
    // length()'s default end index (-1) adds the closing segment from the
    // last point back to the first; an open route must name its last index.
    return path.size() < 2 ? 0.0 : QGeoPath(path).length(0, path.size() - 1);
}

} // namespace crossroads::geodesy
