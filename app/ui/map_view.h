// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/map_renderer.h"
#include "render/map_settings.h"
#include "render/render_cache.h"

#include <QImage>
#include <QTimer>
#include <QWidget>

#include <memory>

class QHelpEvent;

namespace crossroads {

class ViewSession;

// The interactive map: wraps MapRenderer, keeps a frame image and a render
// cache so date changes only recolour, and turns mouse and keys into view
// changes. Drag pans, the wheel and +/- zoom around the cursor, clicking
// selects a country.
class MapView : public QWidget
{
    Q_OBJECT
public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    void setRenderer(std::shared_ptr<const MapRenderer> renderer);
    const MapRenderer *renderer() const { return m_renderer.get(); }

    // The date, layers, selection, user events and the part of the world
    // in view come from the session, read at each paint; the map keeps only
    // its hover and pixel ratio. Panning and zooming change the session's
    // view. Without a session the map keeps a private one.
    void setSession(ViewSession *session);
    // What the next paint draws: the session's view of the world at this
    // widget's size.
    MapSettings settings() const;
    // The session's view at this widget's size (the home view when the
    // session has none).
    Viewport viewport() const;
    // Shows `viewport`'s part of the world (kept inside the data's world).
    void setViewport(const Viewport &viewport);

    void goHome();
    // Fits the view to the extent in projected metres, with a margin.
    void flyTo(const QRectF &metres);
    void zoomBy(double factor, QPointF anchorPixel);

    // Logical-pixel position of a lon/lat, for tests and tools.
    QPointF pixelOf(LonLat position) const;
    QString countryAtPixel(QPointF pixel) const;
    // Lon/lat under a pixel (NaN off the projection's domain).
    LonLat lonLatOf(QPointF pixel) const;
    // Who controls and claims the territory under a pixel on the shown
    // date, as `identify` answers it (escaped HTML); empty where none.
    QString territoryToolTip(QPointF pixel) const;
    // The tooltip of the event marker under `pixel` (rich text, the record's
    // words escaped): title, day and certainty; empty where there is none.
    QString eventToolTipAt(QPointF pixel) const;
    // The last rendered frame (device pixels).
    const QImage &frame() const { return m_frame; }
    // What the map keeps between frames of its view (for tests and tools).
    const RenderCache &renderCache() const { return m_cache; }

    QSize sizeHint() const override { return {1200, 800}; }

Q_SIGNALS:
    void countryClicked(const QString &iso3);  // empty for the sea
    void countryHovered(const QString &iso3, const QString &name);
    // A click on disputed or controlled territory (after countryClicked).
    void territoryClicked(LonLat point);
    void viewChanged();
    void firstMapPainted();

protected:
    bool event(QEvent *) override;
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;
    void wheelEvent(QWheelEvent *) override;
    void keyPressEvent(QKeyEvent *) override;
    void leaveEvent(QEvent *) override;

private:
    bool showEventToolTip(const QHelpEvent &help);
    ViewSession &session() const;
    void changed();
    void clampView(Viewport &viewport) const;
    void showView(Viewport viewport);
    void hoverTerritory(QPointF pixel);
    void clickTerritory(QPointF pixel);

    std::shared_ptr<const MapRenderer> m_renderer;
    ViewSession *m_session = nullptr;
    std::unique_ptr<ViewSession> m_ownSession;  // when none is set
    MapSettings m_settings;  // pixel ratio and hover only
    RenderCache m_cache;
    // A view's first frame leaves out what only later frames reuse
    // (RenderCache::framesDrawn); once the view has stayed a moment, it is
    // drawn again so that the next date change finds it kept.
    QTimer m_settle;
    QImage m_frame;
    bool m_dirty = true;
    bool m_paintedMap = false;

    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
};

} // namespace crossroads
