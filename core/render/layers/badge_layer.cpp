// SPDX-License-Identifier: GPL-3.0-or-later
// Badge-channel groups (ISF contributors): a round badge beside the
// country's label, or at its label point when it has no label.
#include "render/layers/layers.h"

#include "render/label_placer.h"
#include "render/symbols.h"

#include <cmath>

namespace crossroads::layers {
namespace {

class BadgeLayer final : public MapLayer
{
public:
    QString id() const override { return {}; }

    void render(RenderContext &ctx) const override
    {
        const std::vector<QRectF> labelRects = countryLabelRects(ctx);
        const double spacing = 13.0 * ctx.scale();
        const auto &groups = ctx.atlas().timeline.groups();
        for (int i = 0; i < int(ctx.palette.size()); ++i) {
            const CountryMarks &marks = ctx.palette.marks(i);
            if (marks.badges.empty())
                continue;
            QPointF at;
            const QRectF label = size_t(i) < labelRects.size() ? labelRects[size_t(i)] : QRectF();
            if (!label.isEmpty()) {
                at = QPointF(label.right() + spacing * 0.6, label.center().y());
            } else {
                at = ctx.toPixels.map(ctx.geo.countries()[size_t(i)].labelPoint);
                if (!std::isfinite(at.x()))
                    continue;
            }
            for (const CountryMarks::Badge &badge : marks.badges) {
                symbols::drawBadge(ctx.painter, at, ctx.scale(), groups[size_t(badge.group)].colour, badge.standing);
                at.rx() += spacing;
            }
        }
    }
};

} // namespace

std::unique_ptr<MapLayer> makeBadgeLayer() { return std::make_unique<BadgeLayer>(); }

} // namespace crossroads::layers
