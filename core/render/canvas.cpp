// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/canvas.h"

#include <algorithm>
#include <cmath>

namespace crossroads::canvas {

QSize deviceSize(QSizeF logical, qreal scale)
{
    return QSize(int(std::ceil(logical.width() * scale)), int(std::ceil(logical.height() * scale)));
}

QImage create(QSizeF logical, qreal scale, QImage::Format format)
{
    return image(deviceSize(logical, scale), format);
}

void begin(QPainter &painter, QImage &image, qreal scale)
{
    painter.begin(&image);
    painter.scale(scale, scale);
}

void draw(QPainter &painter, const QImage &image, QSizeF logical)
{
    painter.drawImage(QRectF(QPointF(0, 0), logical), image, QRectF(image.rect()));
}

QRect deviceBox(const QRectF &logical, qreal scale, QRect view)
{
    if (logical.isEmpty())
        return {};
    const QPoint topLeft(int(std::floor(logical.left() * scale)), int(std::floor(logical.top() * scale)));
    const QPoint bottomRight(int(std::ceil(logical.right() * scale)), int(std::ceil(logical.bottom() * scale)));
    return QRect(topLeft, bottomRight - QPoint(1, 1)) & view;
}

QRegion inkedTiles(const QImage &image, QPoint at)
{
    // Small enough to follow a line, large enough to keep the blits few.
    constexpr int kTile = 32;
    QRegion ink;
    for (int top = 0; top < image.height(); top += kTile) {
        const int bottom = std::min(top + kTile, image.height());
        for (int left = 0; left < image.width(); left += kTile) {
            const int right = std::min(left + kTile, image.width());
            bool inked = false;
            for (int y = top; y < bottom && !inked; ++y) {
                const QRgb *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
                inked = std::any_of(row + left, row + right, [](QRgb p) { return p != 0; });
            }
            if (inked)
                ink += QRect(at + QPoint(left, top), at + QPoint(right - 1, bottom - 1));
        }
    }
    return ink;
}

bool SpriteOverlay::compose(QSize deviceSize, const std::vector<const Sprite *> &sprites)
{
    if (image.size() != deviceSize) {
        image = canvas::image(deviceSize, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return false;
        image.fill(Qt::transparent);
        ink = QRegion();
    }
    QPainter p(&image);
    // Only what the last sprites covered needs clearing.
    p.setCompositionMode(QPainter::CompositionMode_Source);
    for (const QRect &r : ink)
        p.fillRect(r, Qt::transparent);
    p.setCompositionMode(QPainter::CompositionMode_SourceOver);
    ink = QRegion();
    for (const Sprite *sprite : sprites) {
        if (sprite->image.isNull())
            continue;
        for (const QRect &r : sprite->ink)
            p.drawImage(r.topLeft(), sprite->image, r.translated(-sprite->at));
        ink += sprite->ink;
    }
    return true;
}

void SpriteOverlay::draw(QPainter &painter, qreal scale) const
{
    for (const QRect &r : ink)
        painter.drawImage(QRectF(QPointF(r.topLeft()) / scale, QSizeF(r.size()) / scale), image, QRectF(r));
}

} // namespace crossroads::canvas
