// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/map_renderer.h"

#include "render/layers/layers.h"
#include "render/palette.h"

namespace crossroads {

MapRenderer::MapRenderer(std::shared_ptr<const ProjectedAtlas> geo, Style style)
    : m_geo(std::move(geo)), m_style(std::move(style))
{
    m_layers.push_back(layers::makeBaseLayer());
    m_layers.push_back(layers::makeBorderLayer());
    m_layers.push_back(layers::makeTerritoryLayer());
    m_layers.push_back(layers::makeHighlightLayer());
    m_layers.push_back(layers::makeCorridorLayer());
    m_layers.push_back(layers::makeEventLayer());
    m_layers.push_back(layers::makeUserEventLayer());
    m_layers.push_back(layers::makeLabelLayer());
    m_layers.push_back(layers::makeBadgeLayer());
}

MapRenderer::~MapRenderer() = default;

QStringList MapRenderer::toggleableLayers() const
{
    QStringList ids{layers::graticule};
    for (const Group &group : m_geo->atlas().timeline.groups())
        ids << group.id;
    ids << layers::corridors << layers::events << layers::labels;
    return ids;
}

QSet<QString> MapRenderer::defaultLayers() const
{
    const QStringList ids = toggleableLayers();
    return QSet<QString>(ids.begin(), ids.end());
}

// Makes `cache` hold the images for `key`. Crossing a boundary epoch in the
// same view keeps the old epoch's images aside and takes the other epoch's
// when they match, so scrubbing across one boundary redraws nothing.
void MapRenderer::switchCache(RenderCache &cache, const RenderCache::Key &key)
{
    const int builds = cache.geometryBuilds;
    if (cache.otherEpoch && cache.otherEpoch->matches(key)) {
        std::shared_ptr<RenderCache> other = std::move(cache.otherEpoch);
        auto current = std::make_shared<RenderCache>(std::move(cache));
        cache = std::move(*other);
        cache.otherEpoch = std::move(current);
    } else if (!cache.once && !cache.runs.isNull() && cache.key.sameViewAs(key)) {
        auto current = std::make_shared<RenderCache>(std::move(cache));
        current->otherEpoch.reset();
        cache.reset(key);
        cache.otherEpoch = std::move(current);
    } else {
        cache.reset(key);
    }
    cache.geometryBuilds = builds;
}

void MapRenderer::render(QPainter &painter, const MapSettings &settings, RenderCache *cache) const
{
    const Atlas &atlas = m_geo->atlas();
    const int epoch = m_geo->epochAt(settings.date);
    const std::shared_ptr<const WorldState> shared = worldStateFor(atlas.timeline, settings);
    const WorldState &state = *shared;
    const Palette palette = Palette::build(atlas, m_style, state, settings);

    std::vector<bool> changed;
    if (settings.changedSince && settings.pulse > 0.0)
        changed = Palette::changedCountries(atlas, atlas.timeline.stateAt(*settings.changedSince), state);

    if (cache) {
        const RenderCache::Key key{m_geo.get(),
                                   settings.viewport,
                                   settings.devicePixelRatio,
                                   settings.symbolScale,
                                   settings.showLayer(layers::graticule),
                                   settings.showLayer(layers::labels),
                                   epoch};
        if (!cache->matches(key))
            switchCache(*cache, key);
    }

    const QRectF visible = settings.viewport.visibleMetres();
    const double margin = 0.05 * std::max(visible.width(), visible.height());
    RenderContext context{painter,
                          settings,
                          *m_geo,
                          m_style,
                          state,
                          palette,
                          changed.empty() ? nullptr : &changed,
                          cache,
                          settings.viewport.toPixels(),
                          visible.adjusted(-margin, -margin, margin, margin),
                          m_geo->activeIn(epoch)};
    RenderJobs jobs;  // declared after the context it reads: ends first
    context.jobs = &jobs;

    painter.save();
    painter.setClipRect(QRectF(QPointF(0, 0), QSizeF(settings.viewport.size())));
    auto shown = [&settings](const MapLayer &layer) {
        const QString id = layer.id();
        return id.isEmpty() || settings.showLayer(id);
    };
    for (const auto &layer : m_layers)
        if (shown(*layer))
            layer->prepare(context);
    for (const auto &layer : m_layers)
        if (shown(*layer))
            layer->render(context);
    jobs.waitForAll();
    painter.restore();
    if (cache)
        ++cache->framesDrawn;
}

} // namespace crossroads
