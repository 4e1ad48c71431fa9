// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/route_measure.h"

#include "geo/geodesy.h"
#include "geo/ogr_shapes.h"

#include <ogr_geometry.h>

#include <memory>

namespace crossroads {
namespace {

void addLengths(const OGRGeometry *geometry, double &total)
{
    if (!geometry)
        return;
    switch (wkbFlatten(geometry->getGeometryType())) {
    case wkbLineString: {
        const OGRLineString *line = geometry->toLineString();
        std::vector<LonLat> points;
        for (int i = 0; i < line->getNumPoints(); ++i)
            points.push_back({line->getX(i), line->getY(i)});
        total += geodesy::pathLength(points);
        break;
    }
    case wkbMultiLineString:
    case wkbGeometryCollection:
        for (const OGRGeometry *part : *geometry->toGeometryCollection())
            addLengths(part, total);
        break;
    default:
        break;
    }
}

} // namespace

RouteInside measureRouteInside(const std::vector<LonLat> &route, const MultiPolygon &country, double nearMetres)
{
    RouteInside result;
    if (route.size() < 2 || country.empty())
        return result;
    OGRLineString line;
    for (const LonLat &p : route)
        line.addPoint(p.lon, p.lat);
    const std::unique_ptr<OGRMultiPolygon> area = toOgrMultiPolygon(country);
    OGREnvelope lineBox, areaBox;
    line.getEnvelope(&lineBox);
    area->getEnvelope(&areaBox);
    // In degrees: a cheap reject before any GEOS call.
    const double pad = nearMetres / 111000.0 * 2;
    if (lineBox.MaxX < areaBox.MinX - pad || lineBox.MinX > areaBox.MaxX + pad || lineBox.MaxY < areaBox.MinY - pad ||
        lineBox.MinY > areaBox.MaxY + pad)
        return result;
    if (line.Intersects(area.get())) {
        std::unique_ptr<OGRGeometry> inside(line.Intersection(area.get()));
        addLengths(inside.get(), result.lengthMetres);
        result.touches = result.lengthMetres > 0;
    }
    for (const LonLat &end : {route.front(), route.back()}) {
        if (result.touches)
            break;
        OGRPoint point(end.lon, end.lat);
        // Distance in degrees, converted at the point's latitude (a ~15 km
        // tolerance needs no geodesic precision).
        const double degrees = point.Distance(area.get());
        if (degrees >= 0 && degrees * 111000.0 * std::max(0.3, std::cos(end.lat * M_PI / 180.0)) <= nearMetres)
            result.touches = true;
    }
    return result;
}

} // namespace crossroads
