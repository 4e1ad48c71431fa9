// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/vocabulary.h"
#include "render/style.h"

#include <QColor>
#include <QPainter>
#include <QPen>
#include <QRectF>

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

// Text with a light halo, for labels over busy maps.
void drawHaloText(QPainter &painter, QPointF baselineLeft, const QString &text, const QFont &font,
                  const QColor &colour, const QColor &halo, double haloWidth);

} // namespace crossroads::symbols
