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
#include <array>
#include <optional>

namespace crossroads::layers {
namespace {

// Where a corridor's label goes: beside the middle of its longest land
// leg, above right, below right, below left, above left; when all four
// collide with names, the same four beside points further along the leg
// (inside the view); when all of those collide too, no label (the legend
// still names the corridor): a name over a name reads as neither.
constexpr int kSides = 4;
constexpr int kAnchors = 5;  // the middle and ProjectedAtlas::CorridorShape::otherLabelPoints
constexpr int kLabelPlaces = kSides * kAnchors;

// The pens of each leg of one corridor in one status.
using LegPens = std::vector<symbols::CorridorPens>;

// One corridor drawn in one look (its statuses share a look when their
// pens match: a dashed line reads the same proposed or agreed).
struct LineSprite
{
    LegPens pens;
    canvas::Sprite sprite;
};

// Anti-aliased dashed strokes cost more than the rest of a date change
// together, and a date change mostly changes a status or two. So each
// corridor is drawn once per look and each label once per place, as
// sprites of just their boxes; a change of status composes the overlay
// from sprites instead of stroking again. Same order, same pixels.
struct CorridorCache final : LayerCache
{
    std::vector<int> statuses;                       // what the overlay shows
    std::vector<std::vector<LineSprite>> lines;      // per corridor, per look
    std::vector<std::array<std::optional<canvas::Sprite>, kLabelPlaces>> labels;  // per corridor, per place
    canvas::SpriteOverlay overlay;
};

bool sameLook(const LegPens &a, const LegPens &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const symbols::CorridorPens &x, const symbols::CorridorPens &y) {
        return x.casing == y.casing && x.line == y.line;
    });
}

// The font, metrics and gap of corridor labels.
struct LabelStyle
{
    QFont font;
    QFontMetricsF metrics;
    double gap;

    explicit LabelStyle(const RenderContext &ctx) : font(makeFont(ctx)), metrics(font), gap(6 * ctx.scale()) {}

    static QFont makeFont(const RenderContext &ctx)
    {
        QFont font = ctx.style.labelFont(ctx.scale(), false);
        font.setItalic(true);
        font.setBold(true);
        return font;
    }
};

class CorridorLayer final : public MapLayer
{
public:
    QString id() const override { return layers::corridors; }

    void render(RenderContext &ctx) const override
    {
        if (!ctx.cache || ctx.cache->once) {
            drawStraight(ctx.painter, ctx);
            return;
        }
        CorridorCache &cache = ctx.cache->layer<CorridorCache>(layers::corridors);
        // Sprites and their overlay take about twice what stroking once
        // does: a view's first frame is drawn straight (RenderCache::framesDrawn).
        if (ctx.cache->framesDrawn == 0) {
            drawStraight(ctx.painter, ctx);
            return;
        }
        std::vector<int> statuses;
        for (const WorldState::CorridorCell &cell : ctx.state.corridors)
            statuses.push_back(int(cell.status));
        const qreal dpr = ctx.settings.devicePixelRatio;
        if (cache.overlay.image.isNull() || cache.statuses != statuses) {
            if (!cache.overlay.compose(ctx.cache->deviceSize(), sprites(ctx, cache))) {
                drawStraight(ctx.painter, ctx);  // no memory for the overlay
                return;
            }
            cache.statuses = statuses;
        }
        cache.overlay.draw(ctx.painter, dpr);
    }

private:
    static size_t shownCount(const RenderContext &ctx)
    {
        return std::min(ctx.atlas().timeline.corridors().size(), ctx.state.corridors.size());
    }

    static LegPens pensOf(const RenderContext &ctx, size_t k)
    {
        const Corridor &corridor = ctx.atlas().timeline.corridors()[k];
        LegPens pens;
        for (const auto &leg : corridor.legs)
            pens.push_back(symbols::corridorPens(corridor.colour, ctx.state.corridors[k].status, leg.mode, ctx.scale()));
        return pens;
    }

    // Casings first, so crossing legs of one corridor join cleanly.
    static void drawLine(QPainter &p, const RenderContext &ctx, size_t k, const LegPens &pens)
    {
        const auto &legs = ctx.geo.corridors()[k].legs;
        p.save();
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setBrush(Qt::NoBrush);
        for (bool casing : {true, false}) {
            for (size_t l = 0; l < legs.size() && l < pens.size(); ++l) {
                const QPen &pen = casing ? pens[l].casing : pens[l].line;
                if (pen.style() == Qt::NoPen)
                    continue;
                p.setPen(pen);
                p.drawPath(ctx.toPixels.map(legs[l].path));
            }
        }
        p.restore();
    }

    // Labels beside the line, in the first place (kLabelPlaces) free of
    // country names and of the other corridors' labels; calls
    // `place(k, place, box)` for each corridor labelled.
    template <typename Place>
    static void placeLabels(const RenderContext &ctx, const LabelStyle &style, Place &&place)
    {
        const auto &corridors = ctx.atlas().timeline.corridors();
        std::vector<QRectF> taken;
        for (const QRectF &r : countryLabelRects(ctx))
            if (!r.isEmpty())
                taken.push_back(r);
        const size_t countryLabels = taken.size();
        for (size_t k = 0; k < shownCount(ctx); ++k) {
            if (ctx.state.corridors[k].status == CorridorStatus::None)
                continue;
            const auto &shape = ctx.geo.corridors()[k];
            const QSizeF size(style.metrics.horizontalAdvance(corridors[k].shortName), style.metrics.height());
            const std::array<QPointF, kSides> offsets{QPointF(style.gap, -style.gap - size.height()), QPointF(style.gap, style.gap),
                                                      QPointF(-style.gap - size.width(), style.gap),
                                                      QPointF(-style.gap - size.width(), -style.gap - size.height())};
            const QRectF view(QPointF(0, 0), QSizeF(ctx.settings.viewport.size()));
            for (int a = 0; a < kAnchors && a <= int(shape.otherLabelPoints.size()); ++a) {
                const QPointF anchor = ctx.toPixels.map(a == 0 ? shape.labelPoint : shape.otherLabelPoints[size_t(a) - 1]);
                const auto free = [&](const QRectF &box) {
                    return (a == 0 || view.contains(box)) &&
                           std::none_of(taken.begin(), taken.end(), [&](const QRectF &t) { return t.intersects(box); });
                };
                const auto side = std::find_if(offsets.begin(), offsets.end(), [&](QPointF o) { return free(QRectF(anchor + o, size)); });
                if (side != offsets.end()) {
                    const QRectF box(anchor + *side, size);
                    taken.push_back(box);
                    place(k, a * kSides + int(side - offsets.begin()), box);
                    break;
                }
            }
        }
        if (ctx.cache)
            ctx.cache->corridorLabelRects.assign(taken.begin() + std::ptrdiff_t(countryLabels), taken.end());
    }

    static void drawLabel(QPainter &p, const RenderContext &ctx, const LabelStyle &style, size_t k, const QRectF &box)
    {
        const Corridor &corridor = ctx.atlas().timeline.corridors()[k];
        symbols::drawHaloText(p, QPointF(box.left(), box.top() + style.metrics.ascent()), corridor.shortName, style.font,
                              corridor.colour.darker(135), ctx.style.halo, 3.0 * ctx.scale());
    }

    // Vector output and one-off renders: everything straight into the target.
    static void drawStraight(QPainter &p, const RenderContext &ctx)
    {
        for (size_t k = 0; k < shownCount(ctx); ++k)
            if (ctx.state.corridors[k].status != CorridorStatus::None)
                drawLine(p, ctx, k, pensOf(ctx, k));
        const LabelStyle style(ctx);
        placeLabels(ctx, style, [&](size_t k, int, const QRectF &box) { drawLabel(p, ctx, style, k, box); });
    }

    // The sprites of the date, in drawing order: lines, then labels.
    static std::vector<const canvas::Sprite *> sprites(const RenderContext &ctx, CorridorCache &cache)
    {
        const qreal dpr = ctx.settings.devicePixelRatio;
        const QRect view(QPoint(0, 0), ctx.cache->deviceSize());
        const size_t count = shownCount(ctx);
        cache.lines.resize(count);
        cache.labels.resize(count);
        std::vector<const canvas::Sprite *> out;
        for (size_t k = 0; k < count; ++k) {
            if (ctx.state.corridors[k].status == CorridorStatus::None)
                continue;
            LegPens pens = pensOf(ctx, k);
            auto &looks = cache.lines[k];
            auto found = std::find_if(looks.begin(), looks.end(), [&](const LineSprite &s) { return sameLook(s.pens, pens); });
            if (found == looks.end()) {
                QRectF bounds;
                double reach = 0;
                for (size_t l = 0; l < pens.size(); ++l) {
                    bounds |= ctx.toPixels.map(ctx.geo.corridors()[k].legs[l].path).boundingRect();
                    reach = std::max({reach, pens[l].casing.widthF(), pens[l].line.widthF()});
                }
                const double pad = reach / 2 + 2;  // half the widest pen, and the antialiasing
                canvas::Sprite sprite = canvas::paintSprite(canvas::deviceBox(bounds.adjusted(-pad, -pad, pad, pad), dpr, view), dpr,
                                                            [&](QPainter &p) { drawLine(p, ctx, k, pens); });
                looks.push_back({std::move(pens), std::move(sprite)});
                ++ctx.cache->spritesPainted;
                found = std::prev(looks.end());
            }
            out.push_back(&found->sprite);
        }
        const LabelStyle style(ctx);
        placeLabels(ctx, style, [&](size_t k, int place, const QRectF &box) {
            std::optional<canvas::Sprite> &slot = cache.labels[k][size_t(place)];
            if (!slot) {
                // The halo's reach, and the italic's lean past the advance.
                const double pad = 3.0 * ctx.scale() + 2 + 0.3 * box.height();
                slot = canvas::paintSprite(canvas::deviceBox(box.adjusted(-pad, -pad, pad, pad), dpr, view), dpr,
                                           [&](QPainter &p) { drawLabel(p, ctx, style, k, box); });
                ++ctx.cache->spritesPainted;
            }
            out.push_back(&*slot);
        });
        return out;
    }
};

} // namespace

std::unique_ptr<MapLayer> makeCorridorLayer() { return std::make_unique<CorridorLayer>(); }

} // namespace crossroads::layers
