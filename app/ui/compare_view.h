// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/map_renderer.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace crossroads {

class CompareMap;
class CompareTrack;

// Compare mode: the map on two dates, side by side or as a swipe with a
// draggable divider, one view for both (pan and zoom move both), one
// legend for both dates, and the countries whose standing differs
// outlined. Dates are chosen with two handles on a track or typed.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { SideBySide, Swipe };

    CompareView(std::shared_ptr<const MapRenderer> renderer, const MapSettings &start, QWidget *parent = nullptr);

    void setDates(const Date &a, const Date &b);
    Date dateA() const;
    Date dateB() const;
    void setMode(Mode mode);
    Mode mode() const;

    CompareMap *map() const { return m_map; }
    CompareTrack *track() const { return m_track; }
    QLineEdit *fieldA() const { return m_fieldA; }
    QLineEdit *fieldB() const { return m_fieldB; }
    QString message() const;

private:
    void typed(QLineEdit *field, bool first);
    void syncFields();

    CompareMap *m_map = nullptr;
    CompareTrack *m_track = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_fieldA = nullptr;
    QLineEdit *m_fieldB = nullptr;
    QLabel *m_message = nullptr;
};

// The two maps and the shared legend.
class CompareMap : public QWidget
{
    Q_OBJECT
public:
    CompareMap(std::shared_ptr<const MapRenderer> renderer, const MapSettings &start, QWidget *parent = nullptr);

    void setDates(const Date &a, const Date &b);
    Date dateA() const { return m_a.date; }
    Date dateB() const { return m_b.date; }
    void setMode(CompareView::Mode mode);
    CompareView::Mode mode() const { return m_mode; }

    // The swipe divider, in logical pixels from the left.
    double divider() const { return m_divider; }
    // The shared view (the full widget in swipe; one half side by side).
    const Viewport &viewport() const { return m_viewport; }
    // Where a lon/lat shows on date A's map and on date B's (logical pixels).
    QPointF pixelOnA(LonLat p) const;
    QPointF pixelOnB(LonLat p) const;
    // ISO3 codes whose standing in a shown group differs between the dates.
    QStringList differing() const { return m_differing; }

Q_SIGNALS:
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;
    void wheelEvent(QWheelEvent *) override;

private:
    QRectF paneA() const;
    QRectF paneB() const;
    void updateDiffering();
    bool nearDivider(QPointF p) const;

    std::shared_ptr<const MapRenderer> m_renderer;
    MapSettings m_a, m_b;
    Viewport m_viewport;
    RenderCache m_cacheA, m_cacheB;
    CompareView::Mode m_mode = CompareView::Mode::Swipe;
    double m_divider = 0;
    bool m_fitted = false;
    enum class Drag { None, Divider, Pan } m_drag = Drag::None;
    QPointF m_last;
    QStringList m_differing;
};

// A track from the first to the last date with two handles, A and B.
class CompareTrack : public QWidget
{
    Q_OBJECT
public:
    CompareTrack(Date first, Date last, QWidget *parent = nullptr);
    void setDates(const Date &a, const Date &b);
    double xOf(const Date &date) const;
    Date dateAt(double x) const;
    QSize sizeHint() const override { return {600, 40}; }

Q_SIGNALS:
    void datesRequested(const crossroads::Date &a, const crossroads::Date &b);

protected:
    void paintEvent(QPaintEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;

private:
    Date m_first, m_last, m_a, m_b;
    int m_dragging = 0;  // 1: A, 2: B
};

} // namespace crossroads
