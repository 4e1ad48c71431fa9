// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/projected_atlas.h"

#include "util/big_pages.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <system_error>

namespace crossroads {
namespace {

bool finite(QPointF p) { return std::isfinite(p.x()) && std::isfinite(p.y()); }

QPolygonF toPolygon(const std::vector<QPointF> &points)
{
    QPolygonF polygon;
    polygon.reserve(qsizetype(points.size()));
    for (const QPointF &p : points)
        if (finite(p))
            polygon.append(p);
    return polygon;
}

// One country's outline in `projection`, in projected metres.
ProjectedAtlas::CountryShape projectCountry(const Country &country, const Projection &projection, const Region &region)
{
    std::vector<LonLat> buffer;
    for (const Polygon &polygon : country.geometry)
        for (const Ring &ring : polygon)
            buffer.insert(buffer.end(), ring.begin(), ring.end());
    const std::vector<QPointF> projected = projection.forward(buffer);
    std::vector<QPolygonF> rings;
    double area = 0;
    size_t offset = 0;
    for (const Polygon &polygon : country.geometry) {
        bool outer = true;  // a polygon's first ring; the others are holes
        for (const Ring &ring : polygon) {
            std::vector<QPointF> part(projected.begin() + long(offset), projected.begin() + long(offset + ring.size()));
            offset += ring.size();
            QPolygonF poly = toPolygon(part);
            if (poly.size() < 3)
                continue;
            // Shoelace area in km²; holes subtract.
            double twiceArea = 0;
            for (qsizetype k = 0, n = poly.size(); k < n; ++k)
                twiceArea += poly[k].x() * poly[(k + 1) % n].y() - poly[(k + 1) % n].x() * poly[k].y();
            area += (outer ? 1 : -1) * std::abs(twiceArea) / 2e6;
            outer = false;
            rings.push_back(std::move(poly));
        }
    }
    const LonLat label = region.labelPoints.value(country.iso3, country.labelPoint);
    return ProjectedAtlas::shapeOf(std::move(rings), projection.forward(label), area);
}

// The first country of the half of all points that comes second; the size
// when there are too few points to be worth a thread.
size_t pointsHalfway(const std::vector<Country> &countries)
{
    std::vector<size_t> points;
    size_t total = 0;
    for (const Country &country : countries) {
        for (const Polygon &polygon : country.geometry)
            for (const Ring &ring : polygon)
                total += ring.size();
        points.push_back(total);
    }
    constexpr size_t kWorthAThread = 20000;
    if (total < kWorthAThread)
        return countries.size();
    return size_t(std::lower_bound(points.begin(), points.end(), total / 2) - points.begin()) + 1;
}

} // namespace

std::shared_ptr<const ProjectedAtlas> ProjectedAtlas::build(std::shared_ptr<const Atlas> atlas, const ProjectionPreset &preset)
{
    Result<Projection> projection = Projection::create(preset.definition);
    if (!projection)
        return nullptr;
    std::vector<CountryShape> countries = projectCountries(atlas->countries, atlas->region, projection.value());
    return build(std::move(atlas), preset, std::move(projection).value(), std::move(countries));
}

ProjectedAtlas::CountryShape ProjectedAtlas::shapeOf(std::vector<QPolygonF> rings, QPointF labelPoint, double area)
{
    CountryShape shape;
    shape.path.setFillRule(Qt::OddEvenFill);
    for (const QPolygonF &ring : rings) {
        shape.path.addPolygon(ring);
        shape.path.closeSubpath();
        shape.ringBounds.push_back(ring.boundingRect());
    }
    shape.bounds = shape.path.boundingRect();
    shape.rings = std::move(rings);
    shape.labelPoint = labelPoint;
    shape.area = area;
    return shape;
}

std::vector<ProjectedAtlas::CountryShape> ProjectedAtlas::projectCountries(const std::vector<Country> &countries, const Region &region,
                                                                           const Projection &projection)
{
    // All rings of one country in one batched PROJ call. Half of the points
    // go to another thread with a copy of the projection (a PROJ object
    // serves one thread at a time).
    std::vector<CountryShape> shapes(countries.size());
    auto projectRange = [&](const Projection &with, size_t from, size_t to) {
        for (size_t i = from; i < to; ++i)
            shapes[i] = projectCountry(countries[i], with, region);
    };
    const size_t split = pointsHalfway(countries);
    std::future<bool> secondHalf;  // true once done there
    if (split < countries.size()) {
        try {
            secondHalf = std::async(std::launch::async, [&] {
                bigPages::adoptThisThread();
                Result<Projection> own = projection.clone();
                if (own)
                    projectRange(own.value(), split, countries.size());
                return bool(own);
            });
        } catch (const std::system_error &) {
            // No thread to be had: all of it here.
        }
    }
    projectRange(projection, 0, std::min(split, countries.size()));
    if (!secondHalf.valid() || !secondHalf.get())
        projectRange(projection, split, countries.size());
    return shapes;
}

std::shared_ptr<const ProjectedAtlas> ProjectedAtlas::build(std::shared_ptr<const Atlas> atlas, const ProjectionPreset &preset,
                                                            Projection projection, std::vector<CountryShape> countries)
{
    ++s_builds;
    std::shared_ptr<ProjectedAtlas> out(new ProjectedAtlas);
    out->m_atlas = atlas;
    out->m_preset = preset;
    out->m_projection = std::make_unique<Projection>(std::move(projection));
    const Projection &proj = *out->m_projection;
    out->m_countries = countries.size() == atlas->countries.size() ? std::move(countries)
                                                                   : projectCountries(atlas->countries, atlas->region, proj);

    // Territory outlines, drawn over the countries.
    for (const Outline &outline : atlas->territories.outlines()) {
        OutlineShape shape;
        shape.path.setFillRule(Qt::OddEvenFill);
        for (const Polygon &polygon : outline.geometry)
            for (const Ring &ring : polygon) {
                QPolygonF poly = toPolygon(proj.forward(ring));
                if (poly.size() >= 3) {
                    shape.path.addPolygon(poly);
                    shape.path.closeSubpath();
                }
            }
        shape.bounds = shape.path.boundingRect();
        out->m_outlines.push_back(std::move(shape));
    }

    // Epochs: every day an outline starts or ends opens a new one.
    for (const Country &country : atlas->countries)
        for (const Date &d : {country.validFrom, country.validUntil})
            if (d.isValid())
                out->m_epochStarts.push_back(d.julianDay());
    std::sort(out->m_epochStarts.begin(), out->m_epochStarts.end());
    out->m_epochStarts.erase(std::unique(out->m_epochStarts.begin(), out->m_epochStarts.end()), out->m_epochStarts.end());
    for (int e = 0; e < out->epochCount(); ++e) {
        // A day inside epoch e: its first day, or any day before the first start.
        const Date day = e == 0 ? Date::fromDay(QDate::fromJulianDay(out->m_epochStarts.empty() ? 2440588 : out->m_epochStarts.front() - 1))
                                : Date::fromDay(QDate::fromJulianDay(out->m_epochStarts[size_t(e - 1)]));
        std::vector<bool> active(atlas->countries.size());
        for (size_t i = 0; i < atlas->countries.size(); ++i)
            active[i] = atlas->countries[i].validOn(day);
        out->m_active.push_back(std::move(active));
    }

    // Corridors: each leg densified along great circles is not needed at
    // these lengths; the data's vertices carry the shape.
    const std::vector<Corridor> &corridors = atlas->timeline.corridors();
    out->m_corridors.resize(corridors.size());
    for (size_t k = 0; k < corridors.size(); ++k) {
        CorridorShape &shape = out->m_corridors[k];
        double longest = -1;
        for (const CorridorLeg &leg : corridors[k].legs) {
            const QPolygonF line = toPolygon(proj.forward(leg.points));
            LegShape legShape;
            if (line.size() >= 2) {
                legShape.path.addPolygon(line);
                const double length = legShape.path.length();
                if (leg.mode != LegMode::Sea && length > longest) {
                    longest = length;
                    shape.labelPoint = legShape.path.pointAtPercent(0.5);
                    shape.otherLabelPoints.clear();
                    for (double at : {0.3, 0.7, 0.15, 0.85})
                        shape.otherLabelPoints.push_back(legShape.path.pointAtPercent(at));
                }
            }
            shape.legs.push_back(std::move(legShape));
        }
        if (longest < 0 && !shape.legs.empty())
            shape.labelPoint = shape.legs.front().path.pointAtPercent(0.5);
    }

    for (const Event &event : atlas->timeline.events()) {
        const Place *place = event.place.isEmpty() ? nullptr : atlas->timeline.place(event.place);
        out->m_eventPoints.push_back(place ? proj.forward(place->position) : QPointF(qQNaN(), qQNaN()));
    }

    // Graticule every 10°, densified every degree so it curves in conics.
    for (int lon = -30; lon <= 160; lon += 10) {
        std::vector<LonLat> line;
        for (int lat = -60; lat <= 80; ++lat)
            line.push_back({double(lon), double(lat)});
        out->m_graticule.addPolygon(toPolygon(proj.forward(line)));
    }
    for (int lat = -50; lat <= 80; lat += 10) {
        std::vector<LonLat> line;
        for (int lon = -30; lon <= 160; ++lon)
            line.push_back({double(lon), double(lat)});
        out->m_graticule.addPolygon(toPolygon(proj.forward(line)));
    }

    const Region &r = atlas->region;
    out->m_home = out->projectBox(r.homeWest, r.homeSouth, r.homeEast, r.homeNorth);
    out->buildIndex();
    return out;
}

QRectF ProjectedAtlas::projectBox(double west, double south, double east, double north) const
{
    std::vector<LonLat> edge;
    constexpr int kSteps = 20;
    for (int i = 0; i <= kSteps; ++i) {
        const double t = double(i) / kSteps;
        edge.push_back({west + t * (east - west), south});
        edge.push_back({west + t * (east - west), north});
        edge.push_back({west, south + t * (north - south)});
        edge.push_back({east, south + t * (north - south)});
    }
    return toPolygon(m_projection->forward(edge)).boundingRect();
}

void ProjectedAtlas::buildIndex()
{
    m_worldBounds = QRectF();
    for (const CountryShape &shape : m_countries)
        if (!shape.bounds.isEmpty())
            m_worldBounds = m_worldBounds.united(shape.bounds);
    m_cells.assign(size_t(kGrid * kGrid), {});
    if (m_worldBounds.isEmpty())
        return;
    const double cw = m_worldBounds.width() / kGrid;
    const double ch = m_worldBounds.height() / kGrid;
    for (size_t i = 0; i < m_countries.size(); ++i) {
        const QRectF &b = m_countries[i].bounds;
        if (b.isEmpty())
            continue;
        const int x0 = std::clamp(int((b.left() - m_worldBounds.left()) / cw), 0, kGrid - 1);
        const int x1 = std::clamp(int((b.right() - m_worldBounds.left()) / cw), 0, kGrid - 1);
        const int y0 = std::clamp(int((b.top() - m_worldBounds.top()) / ch), 0, kGrid - 1);
        const int y1 = std::clamp(int((b.bottom() - m_worldBounds.top()) / ch), 0, kGrid - 1);
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                m_cells[size_t(y * kGrid + x)].push_back(int(i));
    }
    // Countries do not overlap, so the first hit ends a lookup: try the
    // cheapest outlines first, and Russia's long rings only when the point
    // is in none of its smaller neighbours.
    std::vector<size_t> cost(m_countries.size(), 0);
    for (size_t i = 0; i < m_countries.size(); ++i)
        for (const QPolygonF &ring : m_countries[i].rings)
            cost[i] += size_t(ring.size());
    for (std::vector<int> &cell : m_cells)
        std::stable_sort(cell.begin(), cell.end(), [&](int a, int b) { return cost[size_t(a)] < cost[size_t(b)]; });
}

int ProjectedAtlas::epochAt(const Date &date) const
{
    if (!date.isValid())
        return epochCount() - 1;  // no date: today's borders
    return int(std::upper_bound(m_epochStarts.begin(), m_epochStarts.end(), date.julianDay()) - m_epochStarts.begin());
}

int ProjectedAtlas::countryAt(QPointF metres, const Date &date) const
{
    const std::vector<bool> &active = activeIn(epochAt(date));
    if (!m_worldBounds.contains(metres))
        return -1;
    const int x = std::clamp(int((metres.x() - m_worldBounds.left()) / (m_worldBounds.width() / kGrid)), 0, kGrid - 1);
    const int y = std::clamp(int((metres.y() - m_worldBounds.top()) / (m_worldBounds.height() / kGrid)), 0, kGrid - 1);
    for (int index : m_cells[size_t(y * kGrid + x)]) {
        const CountryShape &shape = m_countries[size_t(index)];
        if (!active[size_t(index)] || !shape.bounds.contains(metres))
            continue;
        bool inside = false;  // odd-even over all rings: holes and parts alike
        for (size_t r = 0; r < shape.rings.size(); ++r)
            if (shape.ringBounds[r].contains(metres) && shape.rings[r].containsPoint(metres, Qt::OddEvenFill))
                inside = !inside;
        if (inside)
            return index;
    }
    return -1;
}

} // namespace crossroads
