// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/flight.h"

#include "render/canvas.h"
#include "render/view_animation.h"

namespace crossroads {
namespace {

QImage renderFrame(const MapRenderer &renderer, const MapSettings &settings, RenderCache &cache)
{
    QImage frame = canvas::create(settings.viewport.size(), settings.devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    QPainter painter;
    canvas::begin(painter, frame, settings.devicePixelRatio);
    renderer.render(painter, settings, &cache);
    return frame;
}

} // namespace

Flight::Flight(const MapRenderer &renderer, const QImage &startFrame, const MapSettings &from, const MapSettings &to,
               RenderCache &destinationCache)
    : m_start(startFrame), m_from(from.viewport), m_to(to.viewport), m_sea(renderer.style().sea)
{
    m_end = renderFrame(renderer, to, destinationCache);
    // The overview frames both views with a margin, at half resolution:
    // only what the sharp frames leave uncovered shows it.
    const QRectF both = m_from.visibleMetres().united(m_to.visibleMetres());
    MapSettings overview = to;
    overview.devicePixelRatio = to.devicePixelRatio * 0.5;
    overview.viewport.fitExtent(both.adjusted(-both.width() * 0.15, -both.height() * 0.15, both.width() * 0.15, both.height() * 0.15));
    overview.selectedCountry.clear();
    overview.changedSince.reset();
    m_overviewView = overview.viewport;
    RenderCache scratch;
    m_overview = renderFrame(renderer, overview, scratch);
}

Viewport Flight::viewportAt(double t) const
{
    return interpolate(m_from, m_to, t);
}

void Flight::drawFrame(QPainter &painter, const QImage &frame, const Viewport &drawnFor, const Viewport &now, double opacity)
{
    if (opacity <= 0.0 || frame.isNull())
        return;
    painter.save();
    // A logical pixel of the frame -> projected metres -> a pixel now.
    painter.setTransform(drawnFor.toPixels().inverted() * now.toPixels(), true);
    painter.setOpacity(opacity);
    canvas::draw(painter, frame, drawnFor.size());
    painter.restore();
}

void Flight::paint(QPainter &painter, double t) const
{
    const Viewport now = viewportAt(t);
    const double fade = easeInOut(t);
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(now.size())), m_sea);
    drawFrame(painter, m_overview, m_overviewView, now, 1.0);
    drawFrame(painter, m_end, m_to, now, 1.0);
    drawFrame(painter, m_start, m_from, now, 1.0 - fade);
}

} // namespace crossroads
