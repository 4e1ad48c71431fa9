// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/map_layer.h"
#include "render/map_settings.h"
#include "render/projected_atlas.h"
#include "render/render_cache.h"
#include "render/style.h"

#include <QPainter>

#include <memory>
#include <vector>

namespace crossroads {

// The one place that draws the map. The window, the exporter (PNG, PDF,
// SVG) and the presenter all call render(); there is no second drawing path.
class MapRenderer
{
public:
    explicit MapRenderer(std::shared_ptr<const ProjectedAtlas> geo, Style style = {});
    ~MapRenderer();

    // Draws the map for `settings` into `painter`, whose device must be
    // settings.viewport.size() logical pixels. With a cache (raster targets
    // drawn repeatedly), what depends only on the view is kept and a date
    // change only recolours; without one everything is drawn as vectors.
    void render(QPainter &painter, const MapSettings &settings, RenderCache *cache = nullptr) const;

    const ProjectedAtlas &geo() const { return *m_geo; }
    const Style &style() const { return m_style; }

    // Every layer id a user can toggle, in drawing order: graticule, the
    // groups, corridors, events, labels.
    QStringList toggleableLayers() const;
    QSet<QString> defaultLayers() const;

private:
    static void switchCache(RenderCache &cache, const RenderCache::Key &key);

    std::shared_ptr<const ProjectedAtlas> m_geo;
    Style m_style;
    std::vector<std::unique_ptr<MapLayer>> m_layers;
};

} // namespace crossroads
