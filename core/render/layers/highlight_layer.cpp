// SPDX-License-Identifier: GPL-3.0-or-later
// The selected country's outline, and during a presenter step the pulse on
// the countries whose standing changed.
#include "render/canvas.h"
#include "render/layers/layers.h"

namespace crossroads::layers {
namespace {

// The presenter's pulse: the outline of the countries that changed between
// two dates, stroked once and faded in and out by opacity.
struct PulseCache final : OverlayCache
{
    std::pair<qint64, qint64> days{0, 0};
};

class HighlightLayer final : public MapLayer
{
public:
    QString id() const override { return {}; }

    void render(RenderContext &ctx) const override
    {
        if (ctx.changed && ctx.settings.pulse > 0.0)
            drawPulse(ctx);
        drawSelection(ctx);
    }

private:
    // Outlines of the changed countries, in logical pixels.
    static void strokeChanged(QPainter &painter, const RenderContext &ctx)
    {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setTransform(ctx.toPixels, true);
        QPen pen(QColor(0x11, 0x11, 0x11), 4.0 * ctx.scale());
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        for (size_t i = 0; i < ctx.changed->size(); ++i)
            if ((*ctx.changed)[i] && ctx.countryVisible(int(i)))
                painter.drawPath(ctx.geo.countries()[i].path);
        painter.restore();
    }

    // Stroked once per pair of dates into the cache, then faded in and out
    // by opacity: re-stroking twenty countries every frame is too slow.
    static void drawPulse(RenderContext &ctx)
    {
        QPainter &p = ctx.painter;
        p.save();
        p.setOpacity(ctx.settings.pulse);
        if (!ctx.cache) {
            strokeChanged(p, ctx);
            p.restore();
            return;
        }
        PulseCache &cache = ctx.cache->layer<PulseCache>(QStringLiteral("pulse"));
        const std::pair<qint64, qint64> days{ctx.settings.changedSince->julianDay(), ctx.state.date.julianDay()};
        const bool stale = cache.days != days;
        cache.days = days;
        canvas::drawOverlay(p, cache.image, stale, ctx.cache->overlaySize(), ctx.settings.devicePixelRatio, ctx.settings.viewport.size(),
                            [&](QPainter &overlay) { strokeChanged(overlay, ctx); });
        p.restore();
    }

    static void drawSelection(RenderContext &ctx)
    {
        const int selected = ctx.atlas().countryIndex.value(ctx.settings.selectedCountry, -1);
        if (selected < 0)
            return;
        QPainter &p = ctx.painter;
        p.save();
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setTransform(ctx.toPixels, true);
        p.setBrush(Qt::NoBrush);
        const QPainterPath &path = ctx.geo.countries()[size_t(selected)].path;
        QPen halo(QColor(255, 255, 255, 220), 4.5 * ctx.scale());
        halo.setCosmetic(true);
        p.setPen(halo);
        p.drawPath(path);
        QPen pen(ctx.style.selection, 2.2 * ctx.scale());
        pen.setCosmetic(true);
        p.setPen(pen);
        p.drawPath(path);
        p.restore();
    }
};

} // namespace

std::unique_ptr<MapLayer> makeHighlightLayer() { return std::make_unique<HighlightLayer>(); }

} // namespace crossroads::layers
