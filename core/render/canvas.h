// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QPainter>

namespace crossroads::canvas {

// Images the renderer paints into at `scale` device pixels per logical
// pixel. QPainter honours a QImage's device pixel ratio only when it is 1 or
// more (Qt 6.4: below 1 it is ignored), and exports and previews scale
// below 1, so canvases keep a ratio of 1 and are painted and blitted with
// an explicit scale instead.

// ceil(logical * scale) device pixels: the size of every canvas.
QSize deviceSize(QSizeF logical, qreal scale);
// An image of deviceSize(logical, scale).
QImage create(QSizeF logical, qreal scale, QImage::Format format);
// Begins painting in logical pixels.
void begin(QPainter &painter, QImage &image, qreal scale);
// Draws a whole canvas over the logical rectangle (0, 0, logical).
void draw(QPainter &painter, const QImage &image, QSizeF logical);

// A transparent overlay kept in `slot`: redrawn by `paint` (in logical
// pixels) when empty or `stale`, then drawn over `painter`. An empty
// `deviceSize` keeps nothing and paints straight through.
template <typename Paint>
void drawOverlay(QPainter &painter, QImage &slot, bool stale, QSize deviceSize, qreal scale, QSizeF logical, Paint &&paint)
{
    if (deviceSize.isEmpty()) {  // nothing to keep (a one-off render)
        paint(painter);
        return;
    }
    if (slot.isNull() || stale) {
        slot = QImage(deviceSize, QImage::Format_ARGB32_Premultiplied);
        if (slot.isNull()) {  // no memory for it: draw straight through
            paint(painter);
            return;
        }
        slot.fill(Qt::transparent);
        QPainter overlay;
        begin(overlay, slot, scale);
        paint(overlay);
    }
    draw(painter, slot, logical);
}

} // namespace crossroads::canvas
