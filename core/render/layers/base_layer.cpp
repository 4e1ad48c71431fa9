// SPDX-License-Identifier: GPL-3.0-or-later
// The base of the map: sea, graticule and land, land coloured by the
// fill-channel groups and hatched by the hatch-channel groups.
#include "render/canvas.h"
#include "render/layers/layers.h"
#include "render/symbols.h"

#include <QPainterPath>

#include <cmath>

namespace crossroads::layers {
namespace {

struct HatchPixels
{
    bool on = false;
    int period = 1;
    int width = 0;
    QRgb colour = 0;
};

HatchPixels hatchPixels(const CountryMarks &marks, const Atlas &atlas, double pixelScale)
{
    HatchPixels h;
    if (marks.hatch == Standing::None)
        return h;
    const Style::Hatch spec = Style::hatch(marks.hatch);
    h.on = true;
    h.period = std::max(2, int(std::lround(spec.period * pixelScale)));
    h.width = std::max(1, int(std::lround(spec.width * pixelScale)));
    h.colour = atlas.timeline.groups()[size_t(marks.hatchGroup)].colour.rgb();
    return h;
}

class BaseLayer final : public MapLayer
{
public:
    QString id() const override { return {}; }

    void render(RenderContext &ctx) const override
    {
        if (ctx.cache)
            ensureCache(ctx);
        // A cache that could not be allocated (a huge export) is dropped:
        // the vector path needs no buffers of the output's size.
        if (ctx.cache && (ctx.cache->ids.isNull() || ctx.cache->background.isNull()))
            ctx.cache = nullptr;
        if (ctx.cache)
            renderCached(ctx);
        else
            renderDirect(ctx);
    }

private:
    static QRgb fillOf(const RenderContext &ctx, int i)
    {
        QRgb fill = ctx.palette.marks(i).fill;
        if (ctx.atlas().countries[size_t(i)].iso3 == ctx.settings.hoveredCountry && !ctx.settings.hoveredCountry.isEmpty())
            fill = mixRgb(fill, qRgb(0, 0, 0), 0.10);
        return fill;
    }

    static void drawSeaAndGraticule(QPainter &p, const RenderContext &ctx, QSizeF size)
    {
        p.fillRect(QRectF(QPointF(0, 0), size), ctx.style.sea);
        if (!ctx.settings.showLayer(layers::graticule))
            return;
        p.save();
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(ctx.style.graticule, 0.8 * ctx.scale()));
        p.drawPath(ctx.toPixels.map(ctx.geo.graticule()));  // pixels: see the border layer
        p.restore();
    }

    // Per view: the sea image and the id buffer.
    static void ensureCache(RenderContext &ctx)
    {
        RenderCache &cache = *ctx.cache;
        if (!cache.ids.isNull())
            return;
        const qreal dpr = ctx.settings.devicePixelRatio;
        const QSize logical = ctx.settings.viewport.size();

        cache.background = canvas::create(logical, dpr, QImage::Format_RGB32);
        if (cache.background.isNull())
            return;
        {
            QPainter p;
            canvas::begin(p, cache.background, dpr);
            drawSeaAndGraticule(p, ctx, logical);
        }

        // Ids are exact colours: no antialiasing, opaque fills, so every pixel
        // holds one country's index. Borders drawn on top hide the jaggies.
        cache.ids = canvas::create(logical, dpr, QImage::Format_RGB32);
        if (cache.ids.isNull())
            return;
        cache.ids.fill(0);
        ++cache.geometryBuilds;
        QPainter p;
        canvas::begin(p, cache.ids, dpr);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(Qt::NoPen);
        p.setTransform(ctx.toPixels, true);
        const auto &shapes = ctx.geo.countries();
        for (int i = 0; i < int(shapes.size()); ++i) {
            if (!ctx.countryVisible(i))
                continue;
            p.setBrush(QColor::fromRgb(QRgb(0xff000000u | uint(i + 1))));
            p.drawPath(shapes[size_t(i)].path);
        }
    }

    static void renderCached(RenderContext &ctx)
    {
        RenderCache &cache = *ctx.cache;
        const int count = int(ctx.geo.countries().size());
        const double pixelScale = ctx.settings.devicePixelRatio * ctx.scale();
        // Index 0 is the sea.
        std::vector<QRgb> fills(size_t(count) + 1, 0);
        std::vector<HatchPixels> hatches(size_t(count) + 1);
        for (int i = 0; i < count; ++i) {
            fills[size_t(i) + 1] = fillOf(ctx, i);
            hatches[size_t(i) + 1] = hatchPixels(ctx.palette.marks(i), ctx.atlas(), pixelScale);
        }

        if (cache.composed.size() != cache.ids.size())
            cache.composed = QImage(cache.ids.size(), QImage::Format_RGB32);
        if (cache.composed.isNull()) {
            renderDirect(ctx);
            return;
        }
        const int width = cache.ids.width();
        const int height = cache.ids.height();
        for (int y = 0; y < height; ++y) {
            const QRgb *ids = reinterpret_cast<const QRgb *>(cache.ids.constScanLine(y));
            const QRgb *sea = reinterpret_cast<const QRgb *>(cache.background.constScanLine(y));
            QRgb *out = reinterpret_cast<QRgb *>(cache.composed.scanLine(y));
            for (int x = 0; x < width; ++x) {
                const uint id = ids[x] & 0xffffffu;
                if (id == 0) {
                    out[x] = sea[x];
                    continue;
                }
                const HatchPixels &h = hatches[id];
                out[x] = h.on && (x + y) % h.period < h.width ? h.colour : fills[id];
            }
        }
        canvas::draw(ctx.painter, cache.composed, ctx.settings.viewport.size());
    }

    // Vector hatching (symbols::drawHatch): real lines in page space, at the
    // raster's spacing.
    static void hatchDirect(RenderContext &ctx, int i, const QTransform &page)
    {
        const CountryMarks &marks = ctx.palette.marks(i);
        std::vector<QPolygonF> rings;
        for (const QPolygonF &ring : ctx.geo.countries()[size_t(i)].rings)
            rings.push_back(ctx.toPixels.map(ring));
        ctx.painter.save();
        ctx.painter.setTransform(page);
        symbols::drawHatch(ctx.painter, rings, ctx.atlas().timeline.groups()[size_t(marks.hatchGroup)].colour, marks.hatch,
                           ctx.scale());
        ctx.painter.restore();
    }

    // For vector output (PDF, SVG): the same marks as paths and lines.
    static void renderDirect(RenderContext &ctx)
    {
        QPainter &p = ctx.painter;
        drawSeaAndGraticule(p, ctx, ctx.settings.viewport.size());
        p.save();
        p.setRenderHint(QPainter::Antialiasing, true);
        const QTransform page = p.transform();
        p.setTransform(ctx.toPixels, true);
        p.setPen(Qt::NoPen);
        const auto &shapes = ctx.geo.countries();
        for (int i = 0; i < int(shapes.size()); ++i) {
            if (!ctx.countryVisible(i))
                continue;
            p.setBrush(QColor::fromRgb(fillOf(ctx, i)));
            p.drawPath(shapes[size_t(i)].path);
            const CountryMarks &marks = ctx.palette.marks(i);
            if (marks.hatch != Standing::None)
                hatchDirect(ctx, i, page);
        }
        p.restore();
    }
};

} // namespace

std::unique_ptr<MapLayer> makeBaseLayer() { return std::make_unique<BaseLayer>(); }

} // namespace crossroads::layers
