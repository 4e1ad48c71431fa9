// SPDX-License-Identifier: GPL-3.0-or-later
// Country names, placed without collisions; static per view, so cached.
#include "render/layers/layers.h"

#include "render/canvas.h"
#include "render/label_placer.h"
#include "render/symbols.h"

#include <algorithm>

namespace crossroads::layers {
namespace {

// The names, drawn once per view; the rects they took are shared with the
// layers that keep clear of them (RenderCache::labelRects).
class LabelLayer final : public MapLayer
{
public:
    QString id() const override { return layers::labels; }

    void render(RenderContext &ctx) const override
    {
        if (!ctx.cache || ctx.cache->once) {
            draw(ctx.painter, ctx, placeCountryLabels(ctx));
            return;
        }
        OverlayCache &cache = ctx.cache->layer<OverlayCache>(layers::labels);
        if (cache.image.isNull()) {
            cache.image = canvas::image(ctx.cache->deviceSize(), QImage::Format_ARGB32_Premultiplied);
            cache.image.fill(Qt::transparent);
            const std::vector<PlacedLabel> placed = placeCountryLabels(ctx);
            ctx.cache->labelRects.assign(ctx.atlas().countries.size(), QRectF());
            ctx.cache->labelInk.clear();
            for (const PlacedLabel &label : placed) {
                ctx.cache->labelRects[size_t(label.country)] = label.rect;
                ctx.cache->labelInk.push_back(label.leaderFrom ? label.rect.united(QRectF(*label.leaderFrom, QSizeF(1, 1))) : label.rect);
            }
            QPainter p;
            canvas::begin(p, cache.image, ctx.settings.devicePixelRatio);
            draw(p, ctx, placed);
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
    static void draw(QPainter &p, const RenderContext &ctx, const std::vector<PlacedLabel> &placed)
    {
        for (const PlacedLabel &label : placed) {
            if (!label.leaderFrom)
                continue;
            // From the country to the nearest point of the name's box.
            const QPointF to(std::clamp(label.leaderFrom->x(), label.rect.left(), label.rect.right()),
                             std::clamp(label.leaderFrom->y(), label.rect.top(), label.rect.bottom()));
            p.save();
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(QPen(ctx.style.halo, 3.0 * ctx.scale(), Qt::SolidLine, Qt::RoundCap));
            p.drawLine(*label.leaderFrom, to);
            p.setPen(QPen(ctx.style.label, 1.0 * ctx.scale(), Qt::SolidLine, Qt::RoundCap));
            p.drawLine(*label.leaderFrom, to);
            p.setBrush(ctx.style.label);
            p.setPen(Qt::NoPen);
            p.drawEllipse(*label.leaderFrom, 1.6 * ctx.scale(), 1.6 * ctx.scale());
            p.restore();
        }
        for (const PlacedLabel &label : placed)
            symbols::drawHaloText(p, label.baseline, label.text, label.font,
                                  label.muted ? ctx.style.mutedLabel : ctx.style.label, ctx.style.halo, 3.0 * ctx.scale());
    }
};

} // namespace

std::unique_ptr<MapLayer> makeLabelLayer() { return std::make_unique<LabelLayer>(); }

} // namespace crossroads::layers
