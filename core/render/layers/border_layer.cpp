// SPDX-License-Identifier: GPL-3.0-or-later
// Country borders: hairlines, darker in the focus region. Static per view,
// so cached as an image when a cache is given.
#include "render/canvas.h"
#include "render/layers/layers.h"

#include <cmath>

namespace crossroads::layers {
namespace {

class BorderLayer final : public MapLayer
{
public:
    QString id() const override { return {}; }

    void render(RenderContext &ctx) const override
    {
        if (!ctx.cache) {
            draw(ctx.painter, ctx);
            return;
        }
        canvas::drawOverlay(ctx.painter, ctx.cache->layer<OverlayCache>(QStringLiteral("borders")).image, false,
                            ctx.cache->overlaySize(), ctx.settings.devicePixelRatio,
                            ctx.settings.viewport.size(), [&](QPainter &p) { draw(p, ctx); });
    }

private:
    static void draw(QPainter &p, const RenderContext &ctx)
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

std::unique_ptr<MapLayer> makeBorderLayer() { return std::make_unique<BorderLayer>(); }

} // namespace crossroads::layers
