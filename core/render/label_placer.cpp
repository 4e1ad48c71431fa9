// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/label_placer.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace crossroads {

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
        const QPointF anchor = ctx.toPixels.map(shapes[size_t(c.country)].labelPoint);
        if (!view.contains(anchor))
            continue;
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
