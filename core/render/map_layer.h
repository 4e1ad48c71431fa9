// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/world_state.h"
#include "render/map_settings.h"
#include "render/palette.h"
#include "render/projected_atlas.h"
#include "render/render_cache.h"
#include "render/render_jobs.h"
#include "render/style.h"

#include <QPainter>
#include <QString>

namespace crossroads {

// All one layer needs to draw itself for one render.
struct RenderContext
{
    QPainter &painter;
    const MapSettings &settings;
    const ProjectedAtlas &geo;
    const Style &style;
    const WorldState &state;
    const Palette &palette;
    const std::vector<bool> *changed;  // countries to pulse, or null
    RenderCache *cache;             // null: draw everything directly (vector output)
    QTransform toPixels;            // projected metres -> logical pixels
    QRectF visibleMetres;           // with a margin, for culling
    const std::vector<bool> &active; // per country: does its outline hold in this date's boundary epoch?
    RenderJobs *jobs = nullptr;      // where overlays may be drawn beside the other layers; null: no other thread

    const Atlas &atlas() const { return geo.atlas(); }
    double scale() const { return settings.symbolScale; }
    bool countryActive(int i) const { return active[size_t(i)]; }
    bool countryVisible(int i) const { return active[size_t(i)] && geo.countries()[size_t(i)].bounds.intersects(visibleMetres); }
};

// One layer of the map, drawn in list order by MapRenderer.
class MapLayer
{
public:
    virtual ~MapLayer() = default;
    // The layer id a user toggles, or empty for layers always drawn.
    virtual QString id() const = 0;
    // Before any layer renders: a layer whose cached overlay is missing may
    // start drawing it on context.jobs, and waits for it in render().
    virtual void prepare(RenderContext &) const {}
    virtual void render(RenderContext &context) const = 0;
};

} // namespace crossroads
