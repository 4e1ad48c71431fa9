// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/vocabulary.h"
#include "render/style.h"

#include <QColor>
#include <QPainter>
#include <QPen>
#include <QRectF>

#include <vector>

namespace crossroads::symbols {

// The marks of the map, drawn the same way on the map and in every legend.
// Sizes are in logical pixels times `scale`.

// A round badge: solid for member, ringed for announced, dashed ring for
// reported, small dotted ring for prospective.
void drawBadge(QPainter &painter, QPointF centre, double scale, const QColor &colour, Standing standing);

struct CorridorPens
{
    QPen casing;
    QPen line;
};
// Cased line in the corridor's colour; dashed until operational; sea legs
// thinner and dotted, with no casing, so they read as crossings.
CorridorPens corridorPens(const QColor &colour, CorridorStatus status, LegMode mode, double scale);

// Recent events are larger and coloured; older ones small and grey.
void drawEventMarker(QPainter &painter, QPointF centre, double scale, bool recent, const Style &style);

// A country swatch for legends: land coloured with `fill`, optional hatch.
void drawFillSwatch(QPainter &painter, const QRectF &rect, const QColor &fill, const QColor &border);
void drawHatchSwatch(QPainter &painter, const QRectF &rect, const QColor &land, const QColor &hatch, Standing standing,
                     double scale, const QColor &border);

// Hatching as real line segments: lines x + y = n * period (logical
// pixels, period = Style::hatch(standing).period * scale), cut to the inside
// of `rings` (even-odd) by geometry, not by a clip or a pattern brush, so
// PDF and SVG carry the same lines as the raster at the same spacing in
// every renderer. The raster path marks pixels with (x + y) % period <
// width, the same family of lines.
std::vector<QLineF> hatchSegments(const std::vector<QPolygonF> &rings, double period);
void drawHatch(QPainter &painter, const std::vector<QPolygonF> &rings, const QColor &colour, Standing standing,
               double scale);

// Text with a light halo, for labels over busy maps. The halo is a stroked
// outline; the text itself is drawn as text, so PDF and SVG keep it
// selectable and editable.
void drawHaloText(QPainter &painter, QPointF baselineLeft, const QString &text, const QFont &font,
                  const QColor &colour, const QColor &halo, double haloWidth);

} // namespace crossroads::symbols
