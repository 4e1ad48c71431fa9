// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/label_placer.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace crossroads {
namespace {

// Whether a point in projected metres lies inside a country's outline.
bool shapeContains(const ProjectedAtlas::CountryShape &shape, QPointF metres)
{
    for (size_t r = 0; r < shape.rings.size(); ++r)
        if (shape.ringBounds[r].contains(metres) && shape.rings[r].containsPoint(metres, Qt::OddEvenFill))
            return true;
    return false;
}

// Where to name a country in this view: its label point when that is on
// screen; otherwise (zoomed in on a neighbour: Iran below Azerbaijan) the
// most interior point of the part that is on screen, so the country keeps
// its name. None when too little of it shows.
// Once a view's id buffer is built, it answers "is this pixel the
// country?" at once; before that (a new view's names are placed before its
// land is drawn, so they can be drawn beside it) and in vector output, the
// outline does.
std::optional<QPointF> anchorInView(const ProjectedAtlas::CountryShape &shape, int country, const RenderContext &ctx,
                                    const QRectF &view, double minSize)
{
    const QTransform &toPixels = ctx.toPixels;
    const IdRuns *ids = ctx.cache && !ctx.cache->runs.isNull() ? &ctx.cache->runs : nullptr;
    const qreal dpr = ctx.settings.devicePixelRatio;
    const QPointF anchor = toPixels.map(shape.labelPoint);
    if (view.contains(anchor))
        return anchor;
    const QRectF visible = toPixels.mapRect(shape.bounds).intersected(view);
    if (visible.width() < minSize || visible.height() < minSize)
        return std::nullopt;
    const QTransform toMetres = toPixels.inverted();
    auto inside = [&](QPointF pixel) {
        if (ids) {
            const QPoint device = (pixel * dpr).toPoint();
            return int(ids->idAt(device)) == country + 1;
        }
        return shapeContains(shape, toMetres.map(pixel));
    };
    // A coarse grid over the visible box: the inside point farthest from
    // the box's edges (and so from the screen's) whose neighbours are
    // inside too.
    constexpr int kSteps = 16;
    const double dx = visible.width() / kSteps, dy = visible.height() / kSteps;
    std::vector<bool> in(size_t((kSteps + 1) * (kSteps + 1)));
    for (int j = 0; j <= kSteps; ++j)
        for (int i = 0; i <= kSteps; ++i)
            in[size_t(j * (kSteps + 1) + i)] = inside(QPointF(visible.left() + i * dx, visible.top() + j * dy));
    auto at = [&](int i, int j) { return i >= 0 && j >= 0 && i <= kSteps && j <= kSteps && in[size_t(j * (kSteps + 1) + i)]; };
    std::optional<QPointF> best;
    double bestScore = -1;
    for (int j = 0; j <= kSteps; ++j)
        for (int i = 0; i <= kSteps; ++i) {
            if (!at(i, j))
                continue;
            const int around = int(at(i - 1, j)) + int(at(i + 1, j)) + int(at(i, j - 1)) + int(at(i, j + 1));
            const double edge = std::min({double(std::min(i, kSteps - i)) * dx, double(std::min(j, kSteps - j)) * dy});
            const double score = around * 1e6 + edge;
            if (score > bestScore) {
                bestScore = score;
                best = QPointF(visible.left() + i * dx, visible.top() + j * dy);
            }
        }
    return best;
}

// The country under a pixel of the view (-1: the sea, or none shown).
int countryAtPixel(QPointF pixel, const RenderContext &ctx)
{
    if (ctx.cache && !ctx.cache->runs.isNull()) {
        const QPoint device = (pixel * ctx.settings.devicePixelRatio).toPoint();
        return int(ctx.cache->runs.idAt(device)) - 1;
    }
    const QPointF m = ctx.toPixels.inverted().map(pixel);
    const auto &shapes = ctx.geo.countries();
    for (int i = 0; i < int(shapes.size()); ++i)
        if (ctx.countryActive(i) && shapes[size_t(i)].bounds.contains(m) && shapeContains(shapes[size_t(i)], m))
            return i;
    return -1;
}

// Whether a neighbour's name in `rect` reads as that country's: along the
// middle of the box, the centre and most of five points lie over the
// country itself or the sea, not over another country (a name that spills
// from the edge of the view over the next country names the wrong one).
bool readsAsItsOwn(const QRectF &rect, int country, const RenderContext &ctx)
{
    int own = 0;
    for (int k = 0; k < 5; ++k) {
        const int at = countryAtPixel(QPointF(rect.left() + rect.width() * (0.1 + 0.2 * k), rect.center().y()), ctx);
        const bool fits = at == country || at < 0;
        if (k == 2 && !fits)
            return false;
        own += int(fits);
    }
    return own >= 3;
}

} // namespace

std::vector<PlacedLabel> placeCountryLabels(const RenderContext &ctx)
{
    const Atlas &atlas = ctx.atlas();
    const auto &shapes = ctx.geo.countries();
    QSet<QString> named(atlas.timeline.countries().begin(), atlas.timeline.countries().end());

    struct Candidate
    {
        int country;
        bool focus;
        double area;
    };
    std::vector<Candidate> candidates;
    for (int i = 0; i < int(atlas.countries.size()); ++i) {
        const QString &code = atlas.countries[size_t(i)].iso3;
        const bool focus = atlas.region.focus.contains(code);
        // Large countries are landmarks even when the data never names them.
        const bool landmark = shapes[size_t(i)].area > 1.5e6;
        if (code.isEmpty() || !ctx.countryActive(i) || !(focus || named.contains(code) || landmark) ||
            !std::isfinite(shapes[size_t(i)].labelPoint.x()))
            continue;
        candidates.push_back({i, focus, shapes[size_t(i)].area});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.focus != b.focus ? a.focus : a.area > b.area;
    });

    const QRectF view = QRectF(QPointF(0, 0), QSizeF(ctx.settings.viewport.size())).adjusted(2, 2, -2, -2);
    const double gap = 3.0 * ctx.scale();
    std::vector<PlacedLabel> placed;
    for (const Candidate &c : candidates) {
        const std::optional<QPointF> inView = anchorInView(shapes[size_t(c.country)], c.country, ctx, view, 4.0 * ctx.scale());
        if (!inView)
            continue;
        const QPointF anchor = *inView;
        const bool major = c.focus && c.area > 60000.0;
        PlacedLabel label;
        label.country = c.country;
        // The outline's own name: an earlier state under the same code
        // (FR Yugoslavia before Serbia and Montenegro) keeps its name.
        const Country &country = atlas.countries[size_t(c.country)];
        label.text = atlas.region.displayNames.value(country.iso3, country.name);
        label.font = ctx.style.labelFont(ctx.scale(), major);
        label.muted = !c.focus;
        const QFontMetricsF metrics(label.font);
        const QSizeF size(metrics.horizontalAdvance(label.text), metrics.ascent() + metrics.descent());
        // Big enough on screen to deserve a name: a few pixels across.
        const QRectF extent = ctx.toPixels.mapRect(shapes[size_t(c.country)].bounds);
        const bool visibleEnough = std::max(extent.width(), extent.height()) >= 4.0 * ctx.scale();
        if (!visibleEnough)
            continue;
        const double w = size.width(), h = size.height();
        struct Spot
        {
            QPointF offset;  // of the box centre from the anchor
            bool leader;
        };
        std::vector<Spot> spots{{{0, 0}, false}, {{0, -0.9 * h}, false}, {{0, 0.9 * h}, false},
                                {{w / 2 + gap, 0}, false}, {{-w / 2 - gap, 0}, false}};
        if (c.focus && c.area < 60000.0) {
            for (double r : {1.6, 2.4, 3.4})
                for (const QPointF &dir : {QPointF(-1, -1), QPointF(1, 1), QPointF(-1, 1), QPointF(1, -1), QPointF(0, -1.4), QPointF(0, 1.4)})
                    spots.push_back({QPointF(dir.x() * (w / 2 + r * h), dir.y() * r * h), true});
        }
        for (const Spot &spot : spots) {
            const QPointF centre = anchor + spot.offset;
            const QRectF rect(centre - QPointF(w / 2, h / 2), size);
            if (!view.contains(rect))
                continue;
            const QRectF padded = rect.adjusted(-gap, -gap, gap, gap);
            if (std::any_of(placed.begin(), placed.end(), [&](const PlacedLabel &p) { return p.rect.intersects(padded); }))
                continue;
            if (!c.focus && !readsAsItsOwn(rect, c.country, ctx))
                continue;
            label.rect = rect;
            label.baseline = QPointF(rect.left(), rect.top() + metrics.ascent());
            if (spot.leader)
                label.leaderFrom = anchor;
            placed.push_back(label);
            break;
        }
    }
    return placed;
}

std::vector<QRectF> countryLabelRects(const RenderContext &ctx)
{
    if (!ctx.settings.showLayer(layers::labels))
        return {};
    if (ctx.cache && !ctx.cache->labelRects.empty())
        return ctx.cache->labelRects;
    std::vector<QRectF> rects(ctx.atlas().countries.size());
    for (const PlacedLabel &label : placeCountryLabels(ctx))
        rects[size_t(label.country)] = label.rect;
    return rects;
}

} // namespace crossroads
