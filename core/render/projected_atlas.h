// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/projection.h"
#include "model/atlas.h"

#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>

#include <atomic>
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
    // A territory outline (parallel to Territories::outlines()).
    struct OutlineShape
    {
        QPainterPath path;
        QRectF bounds;
    };
    struct LegShape
    {
        QPainterPath path;
    };
    struct CorridorShape
    {
        std::vector<LegShape> legs;  // parallel to Corridor::legs
        QPointF labelPoint;          // middle of the longest land leg
        // Further along that leg, for when the middle is crowded: nearest
        // the middle first.
        std::vector<QPointF> otherLabelPoints;
    };

    // Null when PROJ cannot make the preset's projection.
    static std::shared_ptr<const ProjectedAtlas> build(std::shared_ptr<const Atlas> atlas, const ProjectionPreset &preset);
    // The outlines of `countries` in `projection`, parallel to them (at the
    // region's label point where it names one): most of build()'s time,
    // which a loader spends while it reads the rest of the record.
    static std::vector<CountryShape> projectCountries(const std::vector<Country> &countries, const Region &region,
                                                      const Projection &projection);
    // A country's shape from its projected rings (outer rings and holes, as
    // they come), as projectCountries() makes it: for outlines projected
    // before (a cache of an earlier load).
    static CountryShape shapeOf(std::vector<QPolygonF> rings, QPointF labelPoint, double area);
    // build() with `countries` from projectCountries(atlas's countries and
    // region, projection).
    static std::shared_ptr<const ProjectedAtlas> build(std::shared_ptr<const Atlas> atlas, const ProjectionPreset &preset,
                                                       Projection projection, std::vector<CountryShape> countries);

    const Atlas &atlas() const { return *m_atlas; }
    std::shared_ptr<const Atlas> sharedAtlas() const { return m_atlas; }
    const Projection &projection() const { return *m_projection; }
    const ProjectionPreset &preset() const { return m_preset; }

    const std::vector<CountryShape> &countries() const { return m_countries; }
    const std::vector<OutlineShape> &outlines() const { return m_outlines; }

    // Boundary epochs: the spans between the days on which any country
    // outline starts or ends. Every outline of every epoch is projected once
    // here; an epoch is the set of outlines that hold in it.
    int epochCount() const { return int(m_epochStarts.size()) + 1; }
    int epochAt(const Date &date) const;
    // Per country index: does its outline hold in `epoch`?
    const std::vector<bool> &activeIn(int epoch) const { return m_active[size_t(epoch)]; }
    // How many ProjectedAtlas::build calls projected geometry, process-wide:
    // tests count it to prove a date change does not reproject.
    static int buildCount() { return s_builds.load(); }
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
    // Only outlines that hold on `date` count; no date: today's borders.
    int countryAt(QPointF metres, const Date &date = {}) const;

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
    std::vector<OutlineShape> m_outlines;
    std::vector<qint64> m_epochStarts;     // julian days, ascending
    std::vector<std::vector<bool>> m_active;  // per epoch, per country
    static inline std::atomic<int> s_builds{0};
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
