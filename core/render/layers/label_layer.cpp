// SPDX-License-Identifier: GPL-3.0-or-later
// Country names, placed without collisions; static per view, so cached.
#include "render/layers/layers.h"

#include "render/canvas.h"
#include "render/label_placer.h"
#include "render/symbols.h"

#include <algorithm>
#include <future>
#include <utility>

namespace crossroads::layers {
namespace {

// The names' overlay; `drawn` is pending while another thread draws it.
struct LabelCache final : OverlayCache
{
    std::shared_future<void> drawn;
};

// The names, drawn once per view; the rects they took are shared with the
// layers that keep clear of them (RenderCache::labelRects). Placing them is
// quick and done first, so the layers under them know where they go;
// drawing them (outlined text) is most of a first frame's cost and runs
// beside the layers under them.
class LabelLayer final : public MapLayer
{
public:
    QString id() const override { return layers::labels; }

    void prepare(RenderContext &ctx) const override
    {
        if (!ctx.cache || ctx.cache->once)
            return;
        LabelCache &cache = ctx.cache->layer<LabelCache>(layers::labels);
        if (!cache.image.isNull() || cache.drawn.valid())
            return;
        const qreal dpr = ctx.settings.devicePixelRatio;
        cache.image = canvas::image(canvas::deviceSize(ctx.settings.viewport.size(), dpr), QImage::Format_ARGB32_Premultiplied);
        if (cache.image.isNull())
            return;  // no memory for it: drawn straight through in render()
        std::vector<PlacedLabel> placed = placeCountryLabels(ctx);
        ctx.cache->labelRects.assign(ctx.atlas().countries.size(), QRectF());
        ctx.cache->labelInk.clear();
        for (const PlacedLabel &label : placed) {
            ctx.cache->labelRects[size_t(label.country)] = label.rect;
            ctx.cache->labelInk.push_back(label.leaderFrom ? label.rect.united(QRectF(*label.leaderFrom, QSizeF(1, 1))) : label.rect);
        }
        // The job is given copies of all it reads, and the overlay it fills.
        auto drawOverlay = [image = &cache.image, placed = std::move(placed), style = ctx.style, scale = ctx.scale(), dpr] {
            image->fill(Qt::transparent);
            QPainter p;
            canvas::begin(p, *image, dpr);
            draw(p, style, scale, placed);
        };
        if (ctx.jobs) {
            cache.drawn = ctx.jobs->start(std::move(drawOverlay));
        } else {
            drawOverlay();
        }
    }

    void render(RenderContext &ctx) const override
    {
        if (!ctx.cache || ctx.cache->once) {
            draw(ctx.painter, ctx.style, ctx.scale(), placeCountryLabels(ctx));
            return;
        }
        LabelCache &cache = ctx.cache->layer<LabelCache>(layers::labels);
        if (cache.image.isNull() && !cache.drawn.valid())
            prepare(ctx);
        if (cache.drawn.valid()) {
            const std::shared_future<void> drawn = std::exchange(cache.drawn, {});
            drawn.get();
        }
        if (cache.image.isNull()) {
            draw(ctx.painter, ctx.style, ctx.scale(), placeCountryLabels(ctx));
            return;
        }
        // Blit only where labels are: most of the image is transparent.
        const qreal dpr = ctx.settings.devicePixelRatio;
        for (const QRectF &rect : ctx.cache->labelInk) {
            if (rect.isEmpty())
                continue;
            const double pad = 3.0 * ctx.scale() + 1.0;  // the halo's reach
            const QRectF padded = rect.adjusted(-pad, -pad, pad, pad);
            const QRectF source(padded.topLeft() * dpr, padded.size() * dpr);
            ctx.painter.drawImage(padded, cache.image, source);
        }
    }

private:
    static void draw(QPainter &p, const Style &style, double scale, const std::vector<PlacedLabel> &placed)
    {
        for (const PlacedLabel &label : placed) {
            if (!label.leaderFrom)
                continue;
            // From the country to the nearest point of the name's box.
            const QPointF to(std::clamp(label.leaderFrom->x(), label.rect.left(), label.rect.right()),
                             std::clamp(label.leaderFrom->y(), label.rect.top(), label.rect.bottom()));
            p.save();
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(QPen(style.halo, 3.0 * scale, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(*label.leaderFrom, to);
            p.setPen(QPen(style.label, 1.0 * scale, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(*label.leaderFrom, to);
            p.setBrush(style.label);
            p.setPen(Qt::NoPen);
            p.drawEllipse(*label.leaderFrom, 1.6 * scale, 1.6 * scale);
            p.restore();
        }
        for (const PlacedLabel &label : placed)
            symbols::drawHaloText(p, label.baseline, label.text, label.font, label.muted ? style.mutedLabel : style.label,
                                  style.halo, 3.0 * scale);
    }
};

} // namespace

std::unique_ptr<MapLayer> makeLabelLayer() { return std::make_unique<LabelLayer>(); }

} // namespace crossroads::layers
