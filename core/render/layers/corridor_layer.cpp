// SPDX-License-Identifier: GPL-3.0-or-later
// Corridors in their status on the date: cased lines, dashed until
// operational, sea legs dotted, each labelled. Not drawn before their first
// phase.
#include "render/layers/layers.h"

#include "render/symbols.h"

namespace crossroads::layers {
namespace {

class CorridorLayer final : public MapLayer
{
public:
    QString id() const override { return layers::corridors; }

    void render(RenderContext &ctx) const override
    {
        QPainter &p = ctx.painter;
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
        for (size_t k = 0; k < corridors.size() && k < ctx.state.corridors.size(); ++k) {
            if (ctx.state.corridors[k].status == CorridorStatus::None)
                continue;
            QFont font = ctx.style.labelFont(ctx.scale(), false);
            font.setItalic(true);
            font.setBold(true);
            const QPointF at = ctx.toPixels.map(shapes[k].labelPoint) + QPointF(6 * ctx.scale(), -6 * ctx.scale());
            symbols::drawHaloText(p, at, corridors[k].shortName, font, corridors[k].colour.darker(135), ctx.style.halo,
                                  3.0 * ctx.scale());
        }
        p.restore();
    }
};

} // namespace

std::unique_ptr<MapLayer> makeCorridorLayer() { return std::make_unique<CorridorLayer>(); }

} // namespace crossroads::layers
