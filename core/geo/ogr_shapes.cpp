// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/ogr_shapes.h"

namespace crossroads {

std::unique_ptr<OGRMultiPolygon> toOgrMultiPolygon(const MultiPolygon &geometry)
{
    auto multi = std::make_unique<OGRMultiPolygon>();
    for (const Polygon &polygon : geometry) {
        OGRPolygon part;
        for (const Ring &ring : polygon) {
            OGRLinearRing r;
            for (const LonLat &p : ring)
                r.addPoint(p.lon, p.lat);
            part.addRing(&r);
        }
        multi->addGeometry(&part);
    }
    return multi;
}

} // namespace crossroads
