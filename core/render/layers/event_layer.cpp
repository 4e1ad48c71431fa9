// SPDX-License-Identifier: GPL-3.0-or-later
// Events that have happened by the date, at their places; those of the last
// year before the date stand out.
#include "render/layers/layers.h"

#include "render/projected_atlas.h"
#include "render/symbols.h"

#include <cmath>

namespace crossroads::layers {
namespace {

constexpr qint64 kRecentDays = 365;

class EventLayer final : public MapLayer
{
public:
    QString id() const override { return layers::events; }

    void render(RenderContext &ctx) const override
    {
        const auto &events = ctx.atlas().timeline.events();
        const auto &points = ctx.geo.eventPoints();
        const qint64 today = ctx.state.date.julianDay();
        // Older first, so recent markers sit on top.
        for (bool recentPass : {false, true}) {
            for (int i = 0; i < ctx.state.eventCount && i < int(events.size()); ++i) {
                const QPointF at = points[size_t(i)];
                if (!std::isfinite(at.x()))
                    continue;
                const bool recent = today - events[size_t(i)].date.julianDay() < kRecentDays;
                if (recent != recentPass)
                    continue;
                symbols::drawEventMarker(ctx.painter, ctx.toPixels.map(at), ctx.scale(), recent, ctx.style);
            }
        }
    }
};

} // namespace

int eventAtPixel(const ProjectedAtlas &geo, const MapSettings &settings, QPointF pixel)
{
    if (!settings.showLayer(layers::events) || !settings.date.isValid())
        return -1;
    const auto &events = geo.atlas().timeline.events();
    const auto &points = geo.eventPoints();
    const qint64 today = settings.date.julianDay();
    // A little more than a recent marker's half width, so the pointer need
    // not land exactly on a small diamond.
    const double reach = 7.0 * settings.symbolScale;
    int best = -1;
    for (int i = 0; i < int(events.size()) && i < int(points.size()); ++i) {
        if (events[size_t(i)].date.julianDay() > today || !std::isfinite(points[size_t(i)].x()))
            continue;
        const QPointF d = settings.viewport.toPixels(points[size_t(i)]) - pixel;
        if (std::abs(d.x()) + std::abs(d.y()) <= reach &&
            (best < 0 || events[size_t(i)].date.julianDay() >= events[size_t(best)].date.julianDay()))
            best = i;
    }
    return best;
}

std::unique_ptr<MapLayer> makeEventLayer() { return std::make_unique<EventLayer>(); }

} // namespace crossroads::layers
