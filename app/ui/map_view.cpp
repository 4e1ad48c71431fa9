// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map_view.h"

#include "model/territory_briefing.h"

#include "render/image_memory.h"
#include "render/layers/layers.h"
#include "render/view_session.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QToolTip>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace crossroads {

MapView::MapView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
    setSession(nullptr);
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);  // longer than between two frames of a drag or a flight
    connect(&m_settle, &QTimer::timeout, this, [this] {
        if (m_renderer && m_cache.framesDrawn == 1) {
            m_dirty = true;
            update();
        }
    });
}

MapView::~MapView() = default;

void MapView::setRenderer(std::shared_ptr<const MapRenderer> renderer)
{
    m_renderer = std::move(renderer);
    m_cache = RenderCache{};
    // A view kept from before (the last run, the last record) may lie
    // outside what this data covers.
    if (session().view())
        showView(viewport());
    changed();
}

void MapView::setSession(ViewSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    if (!session) {
        if (!m_ownSession)
            m_ownSession = std::make_unique<ViewSession>();
        session = m_ownSession.get();
    }
    m_session = session;
    connect(session, &ViewSession::dateChanged, this, &MapView::changed);
    connect(session, &ViewSession::layersChanged, this, &MapView::changed);
    connect(session, &ViewSession::selectionChanged, this, &MapView::changed);
    connect(session, &ViewSession::viewChanged, this, [this] {
        changed();
        Q_EMIT viewChanged();
    });
    changed();
}

ViewSession &MapView::session() const { return *m_session; }

MapSettings MapView::settings() const
{
    MapSettings base = m_settings;
    base.viewport = viewport();
    return session().mapSettings(std::move(base));
}

Viewport MapView::viewport() const
{
    Viewport viewport;
    viewport.setSize(size());
    if (!m_renderer)
        return viewport;
    if (const auto &view = session().view()) {
        viewport.setMetresPerPixel(view->metresPerPixel);
        viewport.setCentre(view->centre);
    } else {
        viewport.fitExtent(m_renderer->geo().homeExtent());
    }
    return viewport;
}

void MapView::setViewport(const Viewport &viewport) { showView(viewport); }

// Every change of view goes through here: kept inside the world, then
// handed to the session, whose signal repaints.
void MapView::showView(Viewport viewport)
{
    viewport.setSize(size());
    clampView(viewport);
    session().setView({viewport.centre(), viewport.metresPerPixel()});
}

void MapView::goHome()
{
    if (m_renderer)
        session().clearView();
}

void MapView::flyTo(const QRectF &metres)
{
    if (!m_renderer)
        return;
    Viewport viewport = this->viewport();
    const double margin = 0.15 * std::max(metres.width(), metres.height());
    viewport.fitExtent(metres.adjusted(-margin, -margin, margin, margin));
    showView(viewport);
}

void MapView::zoomBy(double factor, QPointF anchorPixel)
{
    if (!m_renderer)
        return;
    Viewport viewport = this->viewport();
    viewport.zoomAt(anchorPixel, factor);
    showView(viewport);
}

QPointF MapView::pixelOf(LonLat position) const
{
    if (!m_renderer)
        return {};
    return viewport().toPixels(m_renderer->geo().project(position));
}

QString MapView::countryAtPixel(QPointF pixel) const
{
    if (!m_renderer)
        return {};
    const int index = m_renderer->geo().countryAt(viewport().toMetres(pixel), settings().date);
    return index < 0 ? QString() : m_renderer->geo().atlas().countries[size_t(index)].iso3;
}

LonLat MapView::lonLatOf(QPointF pixel) const
{
    if (!m_renderer)
        return {qQNaN(), qQNaN()};
    return m_renderer->geo().projection().inverse(viewport().toMetres(pixel));
}

QString MapView::territoryToolTip(QPointF pixel) const
{
    if (!m_renderer)
        return {};
    const LonLat where = lonLatOf(pixel);
    if (!std::isfinite(where.lon) || !std::isfinite(where.lat))
        return {};
    const TerritorySection section = TerritorySection::at(m_renderer->geo().atlas(), where, settings().date);
    return section.lines.empty() ? QString() : section.lines.front().toHtml();
}

// The tooltip is the widget's own: Qt shows it after the usual hover delay
// and hides it when the pointer leaves the territory.
void MapView::hoverTerritory(QPointF pixel)
{
    const QString tip = territoryToolTip(pixel);
    if (tip != toolTip())
        setToolTip(tip);
}

void MapView::clickTerritory(QPointF pixel)
{
    if (!territoryToolTip(pixel).isEmpty())
        Q_EMIT territoryClicked(lonLatOf(pixel));
}

void MapView::changed()
{
    m_dirty = true;
    update();
}

// Keeps the view on the part of the world the data covers: from a few
// metres a pixel (street level is meaningless at this data's detail) out to
// the whole loaded world.
void MapView::clampView(Viewport &viewport) const
{
    if (!m_renderer)
        return;
    const QRectF world = m_renderer->geo().worldBounds();
    const QSize s = viewport.size();
    if (s.isEmpty() || world.isEmpty())
        return;
    // A view computed from bad numbers (a NaN label point) goes home
    // rather than showing, and saving, an empty sea.
    const QPointF centre = viewport.centre();
    if (!std::isfinite(centre.x()) || !std::isfinite(centre.y()) || !std::isfinite(viewport.metresPerPixel()) ||
        viewport.metresPerPixel() <= 0) {
        viewport.fitExtent(m_renderer->geo().homeExtent());
        return;
    }
    const double maxScale = std::max(40.0, std::max(world.width() / s.width(), world.height() / s.height()) * 0.6);
    viewport.setMetresPerPixel(std::clamp(viewport.metresPerPixel(), 40.0, maxScale));
    viewport.setCentre({std::clamp(centre.x(), world.left(), world.right()), std::clamp(centre.y(), world.top(), world.bottom())});
}

bool MapView::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip && showEventToolTip(static_cast<const QHelpEvent &>(*e)))
        return true;
    return QWidget::event(e);
}

QString MapView::eventToolTipAt(QPointF pixel) const
{
    if (!m_renderer)
        return {};
    const int i = layers::eventAtPixel(m_renderer->geo(), settings(), pixel);
    if (i < 0)
        return {};
    const Event &e = m_renderer->geo().atlas().timeline.events()[size_t(i)];
    return QStringLiteral("<b>%1</b><br>%2 · %3")
        .arg(e.title.toHtmlEscaped(), e.date.toDisplayString().toHtmlEscaped(), toString(e.certainty).toHtmlEscaped());
}

bool MapView::showEventToolTip(const QHelpEvent &help)
{
    const QString text = eventToolTipAt(help.pos());
    if (text.isEmpty())
        return false;  // elsewhere the map's other tooltips have their say
    QToolTip::showText(help.globalPos(), text, this);
    return true;
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!m_renderer) {
        painter.fillRect(rect(), Style{}.sea);  // the map's own sea, so nothing changes colour when it arrives
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(rect(), Qt::AlignCenter, tr("Loading the atlas…"));
        return;
    }
    const qreal dpr = devicePixelRatioF();
    if (m_dirty || m_frame.isNull() || m_frame.devicePixelRatio() != dpr) {
        m_settings.devicePixelRatio = dpr;
        const QSize device(int(std::ceil(width() * dpr)), int(std::ceil(height() * dpr)));
        if (m_frame.size() != device)
            m_frame = canvas::image(device, QImage::Format_ARGB32_Premultiplied);
        m_frame.setDevicePixelRatio(dpr);
        QPainter framePainter(&m_frame);
        m_renderer->render(framePainter, settings(), &m_cache);
        m_dirty = false;
        if (m_cache.framesDrawn == 1)
            m_settle.start();
    }
    painter.drawImage(QPointF(0, 0), m_frame);
    if (!m_paintedMap) {
        m_paintedMap = true;
        Q_EMIT firstMapPainted();
    }
}

// The centre and scale stay; the home view (no view set) refits.
void MapView::resizeEvent(QResizeEvent *) { changed(); }

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = m_lastDragPos = event->position().toPoint();
        m_dragging = false;
    }
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() > 4)
            m_dragging = true;
        if (m_dragging && m_renderer) {
            Viewport viewport = this->viewport();
            viewport.panBy(pos - m_lastDragPos);
            m_lastDragPos = pos;
            showView(viewport);
            return;
        }
    }
    hoverTerritory(event->position());
    const QString code = countryAtPixel(event->position());
    if (code != m_settings.hoveredCountry) {
        m_settings.hoveredCountry = code;
        changed();
        Q_EMIT countryHovered(code, code.isEmpty() || !m_renderer ? QString() : m_renderer->geo().atlas().displayName(code));
    }
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (!m_dragging) {
        Q_EMIT countryClicked(countryAtPixel(event->position()));
        clickTerritory(event->position());
    }
    m_dragging = false;
}

void MapView::wheelEvent(QWheelEvent *event)
{
    // 120 units is one notch; each notch zooms by 1.25.
    const double notches = event->angleDelta().y() / 120.0;
    if (notches != 0.0)
        zoomBy(std::pow(1.25, notches), event->position());
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const QPoint cursor = mapFromGlobal(QCursor::pos());
    const QPointF anchor = rect().contains(cursor) ? QPointF(cursor) : QPointF(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25, anchor);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8, anchor);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapView::leaveEvent(QEvent *)
{
    setToolTip({});
    if (!m_settings.hoveredCountry.isEmpty()) {
        m_settings.hoveredCountry.clear();
        changed();
        Q_EMIT countryHovered({}, {});
    }
}

} // namespace crossroads
