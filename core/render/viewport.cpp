// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/viewport.h"

#include <algorithm>

namespace crossroads {

Viewport::Viewport(QPointF centre, double metresPerPixel, QSize size)
    : m_centre(centre), m_metresPerPixel(metresPerPixel), m_size(size) {}

QTransform Viewport::toPixels() const
{
    const double s = 1.0 / m_metresPerPixel;
    // x' = (x - cx) * s + w/2 ; y' = -(y - cy) * s + h/2
    return QTransform(s, 0, 0, -s, m_size.width() / 2.0 - m_centre.x() * s, m_size.height() / 2.0 + m_centre.y() * s);
}

QPointF Viewport::toPixels(QPointF metres) const
{
    return {(metres.x() - m_centre.x()) / m_metresPerPixel + m_size.width() / 2.0,
            -(metres.y() - m_centre.y()) / m_metresPerPixel + m_size.height() / 2.0};
}

QPointF Viewport::toMetres(QPointF pixels) const
{
    return {(pixels.x() - m_size.width() / 2.0) * m_metresPerPixel + m_centre.x(),
            -(pixels.y() - m_size.height() / 2.0) * m_metresPerPixel + m_centre.y()};
}

QRectF Viewport::visibleMetres() const
{
    const double w = m_size.width() * m_metresPerPixel;
    const double h = m_size.height() * m_metresPerPixel;
    return QRectF(m_centre.x() - w / 2, m_centre.y() - h / 2, w, h);
}

void Viewport::fitExtent(const QRectF &metres)
{
    if (metres.isEmpty() || m_size.isEmpty())
        return;
    m_centre = metres.center();
    m_metresPerPixel = std::max(metres.width() / m_size.width(), metres.height() / m_size.height());
}

void Viewport::zoomAt(QPointF pixel, double factor)
{
    if (factor <= 0)
        return;
    const QPointF anchor = toMetres(pixel);
    m_metresPerPixel /= factor;
    // Move the centre so that `anchor` is again under `pixel`.
    const QPointF moved = toMetres(pixel);
    m_centre += anchor - moved;
}

void Viewport::panBy(QPointF pixelDelta)
{
    m_centre += QPointF(-pixelDelta.x() * m_metresPerPixel, pixelDelta.y() * m_metresPerPixel);
}

} // namespace crossroads
