// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/map_renderer.h"

#include <QImage>

namespace crossroads {

// A presenter's step as frames: the view flies from one extent to another
// while the colours cross-fade from the old date to the new. Every frame
// would be a new view, and a new view means re-rasterising every country,
// so the flight is composed from frames MapRenderer drew once: the frame on
// screen when the step began, the destination (drawn into the caller's
// cache, which then serves the frames after landing) and an overview of
// both at half resolution for what neither covers. A flight frame is then
// three transformed images.
class Flight
{
public:
    // `startFrame` is what is on screen, drawn for `from`; device pixels at
    // from.devicePixelRatio.
    Flight(const MapRenderer &renderer, const QImage &startFrame, const MapSettings &from, const MapSettings &to,
           RenderCache &destinationCache);

    // Paints the frame at t in [0, 1] (eased inside) over the logical
    // rectangle of the destination's viewport.
    void paint(QPainter &painter, double t) const;
    Viewport viewportAt(double t) const;
    const QImage &destinationFrame() const { return m_end; }

private:
    static void drawFrame(QPainter &painter, const QImage &frame, const Viewport &drawnFor, const Viewport &now, double opacity);

    QImage m_start, m_end, m_overview;
    Viewport m_from, m_to, m_overviewView;
    QColor m_sea;
};

} // namespace crossroads
