// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/image_memory.h"

#include <QImage>
#include <QPainter>
#include <QRegion>

#include <vector>

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
        slot = image(deviceSize, QImage::Format_ARGB32_Premultiplied);
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

// A piece of an overlay drawn once and composited many times (a corridor
// in one status, a territory): an image of just the device pixels its ink
// may cover, and where that box sits in the view.
struct Sprite
{
    QImage image;  // Format_ARGB32_Premultiplied; null when it covers nothing
    QPoint at;     // device pixels
    QRegion ink;   // device pixels: the tiles of the box that hold ink (a long diagonal line leaves most of its box empty)
};

// The tiles of `image` holding any pixel that is not transparent, moved by `at`.
QRegion inkedTiles(const QImage &image, QPoint at);

// Paints `paint` (in logical pixels, as into a whole overlay) into a sprite
// of the device box `box`. The painter is moved by whole device pixels, so
// the ink is the same as when painted into the whole overlay.
template <typename Paint>
Sprite paintSprite(QRect box, qreal scale, Paint &&paint)
{
    Sprite sprite;
    if (box.isEmpty())
        return sprite;
    sprite.image = image(box.size(), QImage::Format_ARGB32_Premultiplied);
    if (sprite.image.isNull())
        return sprite;
    sprite.at = box.topLeft();
    sprite.image.fill(Qt::transparent);
    QPainter p(&sprite.image);
    p.translate(-box.topLeft());
    p.scale(scale, scale);
    paint(p);
    p.end();
    sprite.ink = inkedTiles(sprite.image, sprite.at);
    return sprite;
}

// The device pixels of a logical box, grown to whole pixels and kept
// inside `view`.
QRect deviceBox(const QRectF &logical, qreal scale, QRect view);

// An overlay composed of sprites: `image` is transparent outside `ink`,
// the union of the sprites drawn into it, and only `ink` is blended over
// the target, so a mostly empty overlay costs what its ink covers.
struct SpriteOverlay
{
    QImage image;  // Format_ARGB32_Premultiplied, the view's device size
    QRegion ink;   // device pixels

    // Makes the overlay the sprites in `sprites`, in order (SourceOver, as
    // if their ink had been painted in that order). False when there is no
    // memory for it.
    bool compose(QSize deviceSize, const std::vector<const Sprite *> &sprites);
    // Blends the ink over `painter` (logical pixels, `scale` device pixels each).
    void draw(QPainter &painter, qreal scale) const;
};

} // namespace crossroads::canvas
