// SPDX-License-Identifier: GPL-3.0-or-later
// Events that have happened by the date, at their places; those of the last
// year before the date stand out.
#include "render/layers/layers.h"

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

std::unique_ptr<MapLayer> makeEventLayer() { return std::make_unique<EventLayer>(); }

} // namespace crossroads::layers
