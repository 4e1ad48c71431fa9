// SPDX-License-Identifier: GPL-3.0-or-later
// Disputed, controlled and leased territory: a stipple and a dashed outline
// in one colour no group uses, over the fill and hatch of the groups, so a
// territory stays readable whatever its state's memberships. Leased territory
// (Baikonur) gets the outline only: its state's colour shows through.
#include "render/canvas.h"
#include "render/layers/layers.h"
#include "render/territory_style.h"

#include <cmath>
#include <map>

namespace crossroads::layers {
namespace {

// Stipples cost more to fill than the rest of a date change together, and
// the set of territories shown changes with the date. So each territory is
// drawn once per view, as a sprite of its box, and the territories of the
// date are composed from sprites, in the same order as drawn straight.
struct TerritoryCache final : LayerCache
{
    std::vector<int> shown;                 // what the overlay shows
    std::map<int, canvas::Sprite> sprites;  // by territory record
    canvas::SpriteOverlay overlay;
};

class TerritoryLayer final : public MapLayer
{
public:
    QString id() const override { return {}; }

    void render(RenderContext &ctx) const override
    {
        const std::vector<int> shown = ctx.atlas().territories.at(ctx.settings.date);
        if (!ctx.cache || ctx.cache->once) {
            draw(ctx.painter, ctx, shown);
            return;
        }
        TerritoryCache &cache = ctx.cache->layer<TerritoryCache>(QStringLiteral("territories"));
        if (ctx.cache->framesDrawn == 0) {
            draw(ctx.painter, ctx, shown);  // a view's first frame (RenderCache::framesDrawn)
            return;
        }
        const qreal dpr = ctx.settings.devicePixelRatio;
        if (cache.overlay.image.isNull() || cache.shown != shown) {
            std::vector<const canvas::Sprite *> sprites;
            for (int index : shown) {
                auto found = cache.sprites.find(index);
                if (found == cache.sprites.end()) {
                    const std::vector<int> one{index};
                    found = cache.sprites.emplace(index, canvas::paintSprite(deviceBox(ctx, one), dpr, [&](QPainter &p) {
                        draw(p, ctx, one);
                    })).first;
                    ++ctx.cache->spritesPainted;
                }
                sprites.push_back(&found->second);
            }
            if (!cache.overlay.compose(ctx.cache->deviceSize(), sprites)) {
                draw(ctx.painter, ctx, shown);  // no memory for the overlay
                return;
            }
            cache.shown = shown;
        }
        cache.overlay.draw(ctx.painter, dpr);
    }

private:
    // The device pixels the territories' outlines cover, with room for the
    // pen, its corner on a multiple of the stipple's 8 pixels so the
    // pattern falls where it falls when drawn straight.
    static QRect deviceBox(const RenderContext &ctx, const std::vector<int> &shown)
    {
        const Territories &territories = ctx.atlas().territories;
        QRectF metres;
        for (int index : shown) {
            const int outline = territories.records()[size_t(index)].outlineIndex;
            if (outline >= 0 && ctx.geo.outlines()[size_t(outline)].bounds.intersects(ctx.visibleMetres))
                metres |= ctx.geo.outlines()[size_t(outline)].bounds;
        }
        if (metres.isEmpty())
            return {};
        const qreal dpr = ctx.settings.devicePixelRatio;
        const double pad = 8.0 * ctx.scale() + 2.0;
        const QRectF pixels = ctx.toPixels.mapRect(metres).adjusted(-pad, -pad, pad, pad);
        const QRect view(QPoint(0, 0), ctx.cache->deviceSize());
        const int left = std::max(0, int(std::floor(pixels.left() * dpr)) & ~7), top = std::max(0, int(std::floor(pixels.top() * dpr)) & ~7);
        return QRect(QPoint(left, top), QPoint(int(std::ceil(pixels.right() * dpr)), int(std::ceil(pixels.bottom() * dpr)))) & view;
    }

    static void draw(QPainter &p, const RenderContext &ctx, const std::vector<int> &shown)
    {
        const Territories &territories = ctx.atlas().territories;
        const auto &shapes = ctx.geo.outlines();
        p.save();
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setTransform(ctx.toPixels, true);
        for (int index : shown) {
            const TerritoryRecord &record = territories.records()[size_t(index)];
            if (record.outlineIndex < 0)
                continue;
            const ProjectedAtlas::OutlineShape &shape = shapes[size_t(record.outlineIndex)];
            if (!shape.bounds.intersects(ctx.visibleMetres))
                continue;
            const bool approximate = territories.outlines()[size_t(record.outlineIndex)].approximate;
            const TerritoryStyle::Mark mark = TerritoryStyle::mark(record.status, approximate, ctx.scale());
            if (mark.stipple) {
                QBrush stipple(TerritoryStyle::colour(), Qt::Dense6Pattern);
                stipple.setTransform(ctx.toPixels.inverted());  // pattern in device space
                p.setBrush(stipple);
            } else {
                p.setBrush(Qt::NoBrush);
            }
            p.setPen(mark.pen);
            p.drawPath(shape.path);
        }
        p.restore();
    }
};

} // namespace

std::unique_ptr<MapLayer> makeTerritoryLayer() { return std::make_unique<TerritoryLayer>(); }

} // namespace crossroads::layers
