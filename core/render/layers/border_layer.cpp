// SPDX-License-Identifier: GPL-3.0-or-later
// Country borders: hairlines, darker in the focus region. Static per view,
// so cached as an image when a cache is given.
#include "render/canvas.h"
#include "render/layers/layers.h"

#include <cmath>
#include <future>
#include <utility>

namespace crossroads::layers {
namespace {

const QString kCacheId = QStringLiteral("borders");

// The borders' overlay; `drawn` is pending while another thread draws it.
struct BorderCache final : OverlayCache
{
    std::shared_future<void> drawn;
};

// What drawing the borders reads: copies, or parts of the projected atlas
// (which outlives every render), so another thread can draw them.
struct BorderInputs
{
    const ProjectedAtlas *geo = nullptr;
    const std::vector<bool> *active = nullptr;
    QRectF visibleMetres;
    QTransform toPixels;
    QColor focusBorder;
    QColor mutedBorder;
    double scale = 1.0;

    static BorderInputs of(const RenderContext &ctx)
    {
        return {&ctx.geo, &ctx.active, ctx.visibleMetres, ctx.toPixels, ctx.style.focusBorder, ctx.style.mutedBorder, ctx.scale()};
    }
};

void drawBorders(QPainter &p, const BorderInputs &in)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    // Paths mapped to pixels, pens in pixels: a cosmetic pen under the
    // metres transform becomes a 1e-4 wide stroke in SVG viewers.
    p.setBrush(Qt::NoBrush);
    const auto &shapes = in.geo->countries();
    const auto &countries = in.geo->atlas().countries;
    const QSet<QString> &focus = in.geo->atlas().region.focus;
    for (bool focusPass : {false, true}) {
        QPen pen(focusPass ? in.focusBorder : in.mutedBorder, (focusPass ? 0.9 : 0.6) * in.scale);
        p.setPen(pen);
        for (int i = 0; i < int(shapes.size()); ++i) {
            const bool visible = (*in.active)[size_t(i)] && shapes[size_t(i)].bounds.intersects(in.visibleMetres);
            if (focus.contains(countries[size_t(i)].iso3) != focusPass || !visible)
                continue;
            p.drawPath(in.toPixels.map(shapes[size_t(i)].path));
        }
    }
    p.restore();
}

class BorderLayer final : public MapLayer
{
public:
    QString id() const override { return {}; }

    // A new view: the borders are drawn beside the land under them.
    void prepare(RenderContext &ctx) const override
    {
        if (!ctx.cache || ctx.cache->once || !ctx.jobs)
            return;
        BorderCache &cache = ctx.cache->layer<BorderCache>(kCacheId);
        if (!cache.image.isNull() || cache.drawn.valid())
            return;
        const qreal dpr = ctx.settings.devicePixelRatio;
        cache.image = canvas::image(canvas::deviceSize(ctx.settings.viewport.size(), dpr), QImage::Format_ARGB32_Premultiplied);
        if (cache.image.isNull())
            return;
        cache.drawn = ctx.jobs->start([image = &cache.image, in = BorderInputs::of(ctx), dpr] {
            image->fill(Qt::transparent);
            QPainter p;
            canvas::begin(p, *image, dpr);
            drawBorders(p, in);
        });
    }

    void render(RenderContext &ctx) const override
    {
        if (!ctx.cache) {
            drawBorders(ctx.painter, BorderInputs::of(ctx));
            return;
        }
        if (ctx.cache->bordersInLand)
            return;
        if (ctx.cache->overlaySize().isEmpty()) {  // drawn once: straight through
            drawBorders(ctx.painter, BorderInputs::of(ctx));
            return;
        }
        const QImage &overlay = borderOverlay(ctx);
        if (overlay.isNull()) {
            drawBorders(ctx.painter, BorderInputs::of(ctx));
            return;
        }
        canvas::draw(ctx.painter, overlay, ctx.settings.viewport.size());
    }
};

} // namespace

const QImage &borderOverlay(RenderContext &ctx)
{
    BorderCache &cache = ctx.cache->layer<BorderCache>(kCacheId);
    if (cache.drawn.valid()) {
        const std::shared_future<void> drawn = std::exchange(cache.drawn, {});
        drawn.get();
    }
    if (cache.image.isNull()) {
        cache.image = canvas::image(ctx.cache->deviceSize(), QImage::Format_ARGB32_Premultiplied);
        if (cache.image.isNull())
            return cache.image;
        cache.image.fill(Qt::transparent);
        QPainter p;
        canvas::begin(p, cache.image, ctx.settings.devicePixelRatio);
        drawBorders(p, BorderInputs::of(ctx));
    }
    return cache.image;
}

std::unique_ptr<MapLayer> makeBorderLayer() { return std::make_unique<BorderLayer>(); }

} // namespace crossroads::layers
