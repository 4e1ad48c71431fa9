// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace crossroads {

// What part of the projected plane is shown, and how big: a centre in
// projected metres, a scale in metres per logical pixel, and an output size
// in logical pixels. A small value; knows nothing of widgets.
class Viewport
{
public:
    Viewport() = default;
    Viewport(QPointF centre, double metresPerPixel, QSize size);

    QPointF centre() const { return m_centre; }
    double metresPerPixel() const { return m_metresPerPixel; }
    QSize size() const { return m_size; }

    // Projected metres (y north) -> logical pixels (y down), and back.
    QTransform toPixels() const;
    QPointF toPixels(QPointF metres) const;
    QPointF toMetres(QPointF pixels) const;
    QRectF visibleMetres() const;

    // The smallest scale that shows `metres` whole, centred.
    void fitExtent(const QRectF &metres);
    // Zooms by `factor` (>1 zooms in) keeping the point under `pixel` fixed.
    void zoomAt(QPointF pixel, double factor);
    void panBy(QPointF pixelDelta);
    void setSize(QSize size) { m_size = size; }
    void setCentre(QPointF metres) { m_centre = metres; }
    void setMetresPerPixel(double value) { m_metresPerPixel = value; }

    friend bool operator==(const Viewport &, const Viewport &) = default;

private:
    QPointF m_centre;
    double m_metresPerPixel = 1000.0;
    QSize m_size{800, 600};
};

} // namespace crossroads
