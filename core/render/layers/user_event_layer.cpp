// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst's own events (File > Add events…, --events), drawn apart
// from the record's: a hollow square in their own colour, so no one takes
// them for curated events (filled diamonds and dots).
#include "render/layers/layers.h"

#include "data/user_events_loader.h"

#include <cmath>

namespace crossroads::layers {

void drawUserEventMarker(QPainter &painter, QPointF centre, double scale)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double r = 5.0 * scale;
    painter.setPen(QPen(Qt::white, 4.0 * scale));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(centre - QPointF(r, r), centre + QPointF(r, r)));
    painter.setPen(QPen(userEventColour(), 2.5 * scale));
    painter.drawRect(QRectF(centre - QPointF(r, r), centre + QPointF(r, r)));
    painter.restore();
}

QColor userEventColour() { return QColor(0xd0, 0x1c, 0x8b); }

namespace {

class UserEventLayer final : public MapLayer
{
public:
    QString id() const override { return layers::userEvents; }

    void render(RenderContext &ctx) const override
    {
        if (!ctx.settings.userEvents)
            return;
        // True for its date: only what is dated on or before the day shown.
        const qint64 today = ctx.settings.date.julianDay();
        for (const UserEvent &e : ctx.settings.userEvents->events) {
            if (e.date.julianDay() > today)
                break;  // in date order
            const QPointF at = ctx.geo.project(e.position);
            if (!std::isfinite(at.x()) || !std::isfinite(at.y()))
                continue;
            drawUserEventMarker(ctx.painter, ctx.toPixels.map(at), ctx.scale());
        }
    }
};

} // namespace

std::unique_ptr<MapLayer> makeUserEventLayer() { return std::make_unique<UserEventLayer>(); }

} // namespace crossroads::layers
