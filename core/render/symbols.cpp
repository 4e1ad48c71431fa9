// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/symbols.h"

#include <QPainterPath>

#include <cmath>

namespace crossroads::symbols {

void drawBadge(QPainter &painter, QPointF centre, double scale, const QColor &colour, Standing standing)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double r = 5.5 * scale;
    QPen ring(colour, 2.0 * scale);
    switch (standing) {
    case Standing::Member:
        painter.setPen(QPen(Qt::white, 1.5 * scale));
        painter.setBrush(colour);
        painter.drawEllipse(centre, r, r);
        break;
    case Standing::Announced:
        painter.setPen(ring);
        painter.setBrush(Qt::white);
        painter.drawEllipse(centre, r, r);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(centre, r * 0.45, r * 0.45);
        break;
    case Standing::Reported:
        ring.setStyle(Qt::DashLine);
        painter.setPen(ring);
        painter.setBrush(Qt::white);
        painter.drawEllipse(centre, r, r);
        break;
    case Standing::Prospective:
        ring.setWidthF(1.5 * scale);
        ring.setStyle(Qt::DotLine);
        painter.setPen(ring);
        painter.setBrush(QColor(255, 255, 255, 200));
        painter.drawEllipse(centre, r * 0.8, r * 0.8);
        break;
    case Standing::None:
        break;
    }
    painter.restore();
}

CorridorPens corridorPens(const QColor &colour, CorridorStatus status, LegMode mode, double scale)
{
    CorridorPens pens;
    const bool operational = status == CorridorStatus::Operational;
    if (mode == LegMode::Sea) {
        pens.casing = QPen(Qt::NoPen);
        pens.line = QPen(colour, 2.0 * scale, Qt::DotLine, Qt::RoundCap, Qt::RoundJoin);
        return pens;
    }
    pens.casing = QPen(QColor(255, 255, 255, 230), 6.0 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    pens.line = QPen(colour, 3.0 * scale, operational ? Qt::SolidLine : Qt::DashLine, Qt::FlatCap, Qt::RoundJoin);
    if (!operational)
        pens.line.setDashPattern({3.0, 1.6});
    return pens;
}

void drawEventMarker(QPainter &painter, QPointF centre, double scale, bool recent, const Style &style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (recent) {
        painter.setPen(QPen(Qt::white, 1.5 * scale));
        painter.setBrush(style.eventMarker);
        const double r = 5.0 * scale;
        // A diamond, so events never read as ISF badges (circles).
        QPolygonF diamond({centre + QPointF(0, -r), centre + QPointF(r, 0), centre + QPointF(0, r), centre + QPointF(-r, 0)});
        painter.drawPolygon(diamond);
    } else {
        painter.setPen(QPen(Qt::white, 1.0 * scale));
        painter.setBrush(style.oldEventMarker);
        const double r = 3.0 * scale;
        QPolygonF diamond({centre + QPointF(0, -r), centre + QPointF(r, 0), centre + QPointF(0, r), centre + QPointF(-r, 0)});
        painter.drawPolygon(diamond);
    }
    painter.restore();
}

void drawFillSwatch(QPainter &painter, const QRectF &rect, const QColor &fill, const QColor &border)
{
    painter.save();
    painter.setPen(QPen(border, 1.0));
    painter.setBrush(fill);
    painter.drawRect(rect);
    painter.restore();
}

void drawHatchSwatch(QPainter &painter, const QRectF &rect, const QColor &land, const QColor &hatch, Standing standing,
                     double scale, const QColor &border)
{
    painter.save();
    painter.setBrush(land);
    painter.setPen(Qt::NoPen);
    painter.drawRect(rect);
    painter.setClipRect(rect);
    const Style::Hatch h = Style::hatch(standing);
    const double period = h.period * scale;
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(hatch, h.width * scale));
    // Lines where x + y is a multiple of the period: the same diagonal as
    // the map's per-pixel hatching.
    for (double k = -rect.height(); k < rect.width() + rect.height(); k += period)
        painter.drawLine(QPointF(rect.left() + k, rect.top()), QPointF(rect.left() + k - rect.height(), rect.bottom()));
    painter.setClipping(false);
    painter.setPen(QPen(border, 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
    painter.restore();
}

void drawHaloText(QPainter &painter, QPointF baselineLeft, const QString &text, const QFont &font,
                  const QColor &colour, const QColor &halo, double haloWidth)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPainterPath path;
    path.addText(baselineLeft, font, text);
    painter.setPen(QPen(halo, haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPath(path);
    painter.restore();
}

} // namespace crossroads::symbols
