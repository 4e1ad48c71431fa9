// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/projection.h"
#include "model/atlas.h"

#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>

#include <memory>
#include <vector>

namespace crossroads {

// The atlas's geometry in one projection, in projected metres: built once
// per projection (off the GUI thread), then only transformed per view.
class ProjectedAtlas
{
public:
    struct CountryShape
    {
        QPainterPath path;  // all parts, odd-even fill
        QRectF bounds;
        std::vector<QPolygonF> rings;
        std::vector<QRectF> ringBounds;
        QPointF labelPoint;
        double area = 0;  // in km², projected (equal-area in the default projection)
    };
    struct LegShape
    {
        QPainterPath path;
    };
    struct CorridorShape
    {
        std::vector<LegShape> legs;  // parallel to Corridor::legs
        QPointF labelPoint;          // middle of the longest land leg
    };

    static std::shared_ptr<const ProjectedAtlas> build(std::shared_ptr<const Atlas> atlas, const ProjectionPreset &preset);

    const Atlas &atlas() const { return *m_atlas; }
    std::shared_ptr<const Atlas> sharedAtlas() const { return m_atlas; }
    const Projection &projection() const { return *m_projection; }
    const ProjectionPreset &preset() const { return m_preset; }

    const std::vector<CountryShape> &countries() const { return m_countries; }
    const std::vector<CorridorShape> &corridors() const { return m_corridors; }  // parallel to Timeline::corridors()
    // Projected position of each event's place (NaN when it has none),
    // parallel to Timeline::events().
    const std::vector<QPointF> &eventPoints() const { return m_eventPoints; }
    const QPainterPath &graticule() const { return m_graticule; }
    QRectF homeExtent() const { return m_home; }
    QRectF worldBounds() const { return m_worldBounds; }

    // Index into atlas().countries of the country at a projected point, or
    // -1 for sea. Bounding boxes through a grid first, then exact odd-even
    // containment of the rings.
    int countryAt(QPointF metres) const;

    QPointF project(LonLat p) const { return m_projection->forward(p); }
    // The projected bounding box of a lon/lat box, through its densified
    // edges (parallels curve in a conic).
    QRectF projectBox(double west, double south, double east, double north) const;

private:
    ProjectedAtlas() = default;
    void buildIndex();

    std::shared_ptr<const Atlas> m_atlas;
    std::unique_ptr<Projection> m_projection;
    ProjectionPreset m_preset;
    std::vector<CountryShape> m_countries;
    std::vector<CorridorShape> m_corridors;
    std::vector<QPointF> m_eventPoints;
    QPainterPath m_graticule;
    QRectF m_home;
    QRectF m_worldBounds;

    // Uniform grid over m_worldBounds; each cell lists the countries whose
    // bounds touch it.
    static constexpr int kGrid = 64;
    std::vector<std::vector<int>> m_cells;
};

} // namespace crossroads
