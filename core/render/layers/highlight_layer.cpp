// SPDX-License-Identifier: GPL-3.0-or-later
// The selected country's outline, and during a presenter step the pulse on
// countries whose standing changed.
#include "render/layers/layers.h"

namespace crossroads::layers {
namespace {

class HighlightLayer final : public MapLayer
{
public:
    QString id() const override { return {}; }

    void render(RenderContext &ctx) const override
    {
        QPainter &p = ctx.painter;
        p.save();
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setTransform(ctx.toPixels, true);
        p.setBrush(Qt::NoBrush);
        const auto &shapes = ctx.geo.countries();
        if (ctx.changed && ctx.settings.pulse > 0.0) {
            QColor colour(0x11, 0x11, 0x11);
            colour.setAlphaF(float(0.35 + 0.55 * ctx.settings.pulse));
            QPen pen(colour, (1.5 + 3.5 * ctx.settings.pulse) * ctx.scale());
            pen.setCosmetic(true);
            p.setPen(pen);
            for (size_t i = 0; i < ctx.changed->size(); ++i)
                if ((*ctx.changed)[i] && ctx.countryVisible(int(i)))
                    p.drawPath(shapes[i].path);
        }
        const int selected = ctx.atlas().countryIndex.value(ctx.settings.selectedCountry, -1);
        if (selected >= 0) {
            QPen halo(QColor(255, 255, 255, 220), 4.5 * ctx.scale());
            halo.setCosmetic(true);
            p.setPen(halo);
            p.drawPath(shapes[size_t(selected)].path);
            QPen pen(ctx.style.selection, 2.2 * ctx.scale());
            pen.setCosmetic(true);
            p.setPen(pen);
            p.drawPath(shapes[size_t(selected)].path);
        }
        p.restore();
    }
};

} // namespace

std::unique_ptr<MapLayer> makeHighlightLayer() { return std::make_unique<HighlightLayer>(); }

} // namespace crossroads::layers
