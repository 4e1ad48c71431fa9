// SPDX-License-Identifier: GPL-3.0-or-later
// Country borders: hairlines, darker in the focus region. Static per view,
// so cached as an image when a cache is given.
#include "render/canvas.h"
#include "render/layers/layers.h"

#include <cmath>

namespace crossroads::layers {
namespace {

const QString kCacheId = QStringLiteral("borders");

class BorderLayer final : public MapLayer
{
public:
    QString id() const override { return {}; }

    void render(RenderContext &ctx) const override
    {
        if (!ctx.cache) {
            drawBorders(ctx.painter, ctx);
            return;
        }
        if (ctx.cache->bordersInLand)
            return;
        canvas::drawOverlay(ctx.painter, ctx.cache->layer<OverlayCache>(kCacheId).image, false, ctx.cache->overlaySize(),
                            ctx.settings.devicePixelRatio, ctx.settings.viewport.size(), [&](QPainter &p) { drawBorders(p, ctx); });
    }

    static void drawBorders(QPainter &p, const RenderContext &ctx)
    {
        p.save();
        p.setRenderHint(QPainter::Antialiasing, true);
        // Paths mapped to pixels, pens in pixels: a cosmetic pen under the
        // metres transform becomes a 1e-4 wide stroke in SVG viewers.
        p.setBrush(Qt::NoBrush);
        const auto &shapes = ctx.geo.countries();
        const auto &countries = ctx.atlas().countries;
        for (bool focusPass : {false, true}) {
            QPen pen(focusPass ? ctx.style.focusBorder : ctx.style.mutedBorder, (focusPass ? 0.9 : 0.6) * ctx.scale());
            p.setPen(pen);
            for (int i = 0; i < int(shapes.size()); ++i) {
                if (ctx.atlas().region.focus.contains(countries[size_t(i)].iso3) != focusPass || !ctx.countryVisible(i))
                    continue;
                p.drawPath(ctx.toPixels.map(shapes[size_t(i)].path));
            }
        }
        p.restore();
    }
};

} // namespace

const QImage &borderOverlay(RenderContext &ctx)
{
    QImage &image = ctx.cache->layer<OverlayCache>(kCacheId).image;
    if (image.isNull()) {
        image = canvas::image(ctx.cache->deviceSize(), QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return image;
        image.fill(Qt::transparent);
        QPainter p;
        canvas::begin(p, image, ctx.settings.devicePixelRatio);
        BorderLayer::drawBorders(p, ctx);
    }
    return image;
}

std::unique_ptr<MapLayer> makeBorderLayer() { return std::make_unique<BorderLayer>(); }

} // namespace crossroads::layers
