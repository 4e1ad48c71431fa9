// SPDX-License-Identifier: GPL-3.0-or-later
// Disputed, controlled and leased territory: a stipple and a dashed outline
// in one colour no group uses, over the fill and hatch of the groups, so a
// territory stays readable whatever its state's memberships. Leased territory
// (Baikonur) gets the outline only: its state's colour shows through.
#include "render/layers/layers.h"
#include "render/territory_style.h"

namespace crossroads::layers {
namespace {

class TerritoryLayer final : public MapLayer
{
public:
    QString id() const override { return {}; }

    void render(RenderContext &ctx) const override
    {
        const Territories &territories = ctx.atlas().territories;
        const auto &shapes = ctx.geo.outlines();
        QPainter &p = ctx.painter;
        p.save();
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setTransform(ctx.toPixels, true);
        for (int index : territories.at(ctx.settings.date)) {
            const TerritoryRecord &record = territories.records()[size_t(index)];
            if (record.outlineIndex < 0)
                continue;
            const ProjectedAtlas::OutlineShape &shape = shapes[size_t(record.outlineIndex)];
            if (!shape.bounds.intersects(ctx.visibleMetres))
                continue;
            const bool approximate = territories.outlines()[size_t(record.outlineIndex)].approximate;
            const TerritoryStyle::Mark mark = TerritoryStyle::mark(record.status, approximate, ctx.scale());
            if (mark.stipple) {
                QBrush stipple(TerritoryStyle::colour(), Qt::Dense6Pattern);
                stipple.setTransform(ctx.toPixels.inverted());  // pattern in device space
                p.setBrush(stipple);
            } else {
                p.setBrush(Qt::NoBrush);
            }
            p.setPen(mark.pen);
            p.drawPath(shape.path);
        }
        p.restore();
    }
};

} // namespace

std::unique_ptr<MapLayer> makeTerritoryLayer() { return std::make_unique<TerritoryLayer>(); }

} // namespace crossroads::layers
