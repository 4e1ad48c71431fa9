// SPDX-License-Identifier: GPL-3.0-or-later
// Corridors in their status on the date: cased lines, dashed until
// operational, sea legs dotted, each labelled. Not drawn before their first
// phase.
#include "render/layers/layers.h"

#include "render/canvas.h"
#include "render/label_placer.h"
#include "render/symbols.h"

#include <QFontMetricsF>

#include <algorithm>

namespace crossroads::layers {
namespace {

// Corridors change only when a status does: kept with the statuses they
// show (anti-aliased dashed strokes cost more than the rest together), and
// the image of the statuses shown before kept aside, so scrubbing back and
// forth across one change of status swaps images instead of redrawing.
struct CorridorCache final : OverlayCache
{
    std::vector<int> statuses;
    QImage before;
    std::vector<int> statusesBefore;
};

class CorridorLayer final : public MapLayer
{
public:
    QString id() const override { return layers::corridors; }

    void render(RenderContext &ctx) const override
    {
        if (!ctx.cache) {
            draw(ctx.painter, ctx);
            return;
        }
        CorridorCache &cache = ctx.cache->layer<CorridorCache>(layers::corridors);
        std::vector<int> statuses;
        for (const WorldState::CorridorCell &cell : ctx.state.corridors)
            statuses.push_back(int(cell.status));
        bool stale = cache.statuses != statuses;
        if (stale && !cache.before.isNull() && cache.statusesBefore == statuses) {
            std::swap(cache.image, cache.before);
            std::swap(cache.statuses, cache.statusesBefore);
            stale = false;
        } else if (stale && !cache.image.isNull()) {
            cache.before = cache.image;  // shared until drawOverlay makes a new one
            cache.statusesBefore = cache.statuses;
        }
        cache.statuses = statuses;
        canvas::drawOverlay(ctx.painter, cache.image, stale, ctx.cache->overlaySize(), ctx.settings.devicePixelRatio,
                            ctx.settings.viewport.size(), [&](QPainter &p) { draw(p, ctx); });
    }

private:
    static void draw(QPainter &p, const RenderContext &ctx)
    {
        const auto &corridors = ctx.atlas().timeline.corridors();
        const auto &shapes = ctx.geo.corridors();
        p.save();
        p.setRenderHint(QPainter::Antialiasing, true);
        for (size_t k = 0; k < corridors.size() && k < ctx.state.corridors.size(); ++k) {
            const CorridorStatus status = ctx.state.corridors[k].status;
            if (status == CorridorStatus::None)
                continue;
            // Casings first, so crossing legs of one corridor join cleanly.
            for (bool casing : {true, false}) {
                for (size_t l = 0; l < corridors[k].legs.size(); ++l) {
                    const symbols::CorridorPens pens =
                        symbols::corridorPens(corridors[k].colour, status, corridors[k].legs[l].mode, ctx.scale());
                    const QPen &pen = casing ? pens.casing : pens.line;
                    if (pen.style() == Qt::NoPen)
                        continue;
                    p.setPen(pen);
                    p.setBrush(Qt::NoBrush);
                    p.drawPath(ctx.toPixels.map(shapes[k].legs[l].path));
                }
            }
        }
        // Labels beside the line, on the first side free of country names
        // and of the other corridors' labels.
        std::vector<QRectF> taken;
        for (const QRectF &r : countryLabelRects(ctx))
            if (!r.isEmpty())
                taken.push_back(r);
        QFont font = ctx.style.labelFont(ctx.scale(), false);
        font.setItalic(true);
        font.setBold(true);
        const QFontMetricsF metrics(font);
        const double gap = 6 * ctx.scale();
        for (size_t k = 0; k < corridors.size() && k < ctx.state.corridors.size(); ++k) {
            if (ctx.state.corridors[k].status == CorridorStatus::None)
                continue;
            const QPointF anchor = ctx.toPixels.map(shapes[k].labelPoint);
            const QSizeF size(metrics.horizontalAdvance(corridors[k].shortName), metrics.height());
            QRectF chosen;
            for (const QPointF offset : {QPointF(gap, -gap - size.height()), QPointF(gap, gap), QPointF(-gap - size.width(), gap),
                                         QPointF(-gap - size.width(), -gap - size.height())}) {
                const QRectF box(anchor + offset, size);
                if (std::none_of(taken.begin(), taken.end(), [&](const QRectF &t) { return t.intersects(box); })) {
                    chosen = box;
                    break;
                }
            }
            if (chosen.isEmpty())
                chosen = QRectF(anchor + QPointF(gap, gap), size);  // crowded: below right regardless
            taken.push_back(chosen);
            symbols::drawHaloText(p, QPointF(chosen.left(), chosen.top() + metrics.ascent()), corridors[k].shortName, font,
                                  corridors[k].colour.darker(135), ctx.style.halo, 3.0 * ctx.scale());
        }
        p.restore();
    }
};

} // namespace

std::unique_ptr<MapLayer> makeCorridorLayer() { return std::make_unique<CorridorLayer>(); }

} // namespace crossroads::layers
