// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/symbols.h"

#include <QPainterPath>

#include <algorithm>
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
    // The same segments as on the map, cut to the swatch by geometry: SVG
    // viewers that ignore clipping still keep them inside the box.
    drawHatch(painter, {QPolygonF(rect)}, hatch, standing, scale);
    painter.setPen(QPen(border, 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
    painter.restore();
}

std::vector<QLineF> hatchSegments(const std::vector<QPolygonF> &rings, double period)
{
    std::vector<QLineF> lines;
    if (!(period > 0))
        return lines;
    // In u = x + y, v = x - y each hatch line is u = n * period; collect
    // where every ring edge crosses each line, then pair the crossings
    // along v (even-odd, as the country fills).
    std::vector<std::pair<long, double>> crossings;  // (n, v)
    for (const QPolygonF &ring : rings) {
        const int count = int(ring.size());
        for (int i = 0; i < count; ++i) {
            const QPointF a = ring[i], b = ring[(i + 1) % count];
            const double ua = a.x() + a.y(), ub = b.x() + b.y();
            if (ua == ub)
                continue;
            const double va = a.x() - a.y(), vb = b.x() - b.y();
            const double lo = std::min(ua, ub), hi = std::max(ua, ub);
            // Half-open [lo, hi): a vertex on a line counts once.
            for (long n = long(std::ceil(lo / period)); n * period < hi; ++n) {
                const double t = (n * period - ua) / (ub - ua);
                crossings.emplace_back(n, va + t * (vb - va));
            }
        }
    }
    std::sort(crossings.begin(), crossings.end());
    for (size_t i = 0; i + 1 < crossings.size(); i += 2) {
        if (crossings[i].first != crossings[i + 1].first) {
            --i;  // unpaired (a degenerate ring): resynchronise on the next line
            continue;
        }
        const double u = crossings[i].first * period;
        const double v1 = crossings[i].second, v2 = crossings[i + 1].second;
        if (v1 == v2)
            continue;  // a line just touching a corner
        lines.emplace_back(QPointF((u + v1) / 2, (u - v1) / 2), QPointF((u + v2) / 2, (u - v2) / 2));
    }
    return lines;
}

void drawHatch(QPainter &painter, const std::vector<QPolygonF> &rings, const QColor &colour, Standing standing, double scale)
{
    const Style::Hatch h = Style::hatch(standing);
    if (!(h.period > 0))
        return;
    const std::vector<QLineF> lines = hatchSegments(rings, h.period * scale);
    if (lines.empty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    // The raster marks `width` pixels along x per line: that is width / √2
    // across the line.
    painter.setPen(QPen(colour, h.width * scale / std::sqrt(2.0), Qt::SolidLine, Qt::FlatCap));
    painter.drawLines(lines.data(), int(lines.size()));
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
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(baselineLeft, text);
    painter.restore();
}

} // namespace crossroads::symbols
