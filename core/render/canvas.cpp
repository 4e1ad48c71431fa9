// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/canvas.h"

#include <cmath>

namespace crossroads::canvas {

QSize deviceSize(QSizeF logical, qreal scale)
{
    return QSize(int(std::ceil(logical.width() * scale)), int(std::ceil(logical.height() * scale)));
}

QImage create(QSizeF logical, qreal scale, QImage::Format format)
{
    return QImage(deviceSize(logical, scale), format);
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

} // namespace crossroads::canvas
