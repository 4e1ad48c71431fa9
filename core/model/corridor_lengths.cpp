// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/corridor_lengths.h"

#include "geo/route_measure.h"

#include <QMutexLocker>
#include <QRectF>

namespace crossroads {
namespace {

QRectF boundsOf(const std::vector<LonLat> &points)
{
    double w = 180, s = 90, e = -180, n = -90;
    for (const LonLat &p : points) {
        w = std::min(w, p.lon);
        e = std::max(e, p.lon);
        s = std::min(s, p.lat);
        n = std::max(n, p.lat);
    }
    return QRectF(QPointF(w, s), QPointF(e, n));
}

QRectF boundsOf(const MultiPolygon &geometry)
{
    QRectF box;
    for (const Polygon &polygon : geometry)
        if (!polygon.empty())
            box = box.isNull() ? boundsOf(polygon.front()) : box.united(boundsOf(polygon.front()));
    return box;
}

} // namespace

const std::vector<CorridorLengths::Entry> &CorridorLengths::of(const Country &country, const std::vector<Corridor> &corridors) const
{
    QMutexLocker lock(&m_mutex);
    if (auto it = m_byCountry.constFind(country.iso3); it != m_byCountry.cend())
        return *it;
    // A route can only touch a country whose box it comes near (0.3° keeps
    // the 15 km "ends nearby" rule of measureRouteInside).
    const QRectF countryBox = boundsOf(country.geometry).adjusted(-0.3, -0.3, 0.3, 0.3);
    std::vector<Entry> entries(corridors.size());
    for (size_t k = 0; k < corridors.size(); ++k) {
        for (const CorridorLeg &leg : corridors[k].legs) {
            const QRectF legBox = boundsOf(leg.points);
            // Closed-interval overlap: a due east-west leg has a box of no height.
            if (legBox.left() > countryBox.right() || legBox.right() < countryBox.left() || legBox.top() > countryBox.bottom() ||
                legBox.bottom() < countryBox.top())
                continue;
            const RouteInside inside = measureRouteInside(leg.points, country.geometry);
            if (!inside.touches)
                continue;
            entries[k].touches = true;
            entries[k].metresInside += inside.lengthMetres;
            if (!entries[k].modes.contains(toString(leg.mode)))
                entries[k].modes << toString(leg.mode);
        }
    }
    return *m_byCountry.insert(country.iso3, std::move(entries));
}

} // namespace crossroads
