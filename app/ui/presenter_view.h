// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/story.h"
#include "render/flight.h"
#include "render/map_renderer.h"
#include "render/legend.h"
#include "ui/presenter_caption.h"

#include <QElapsedTimer>
#include <QImage>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace crossroads {

class PresenterConsole;

// Full-screen presenting: the map, a caption band (date, title, text,
// sources) and a thin progress line. One key per step, as slide software:
// Right/Down/PageDown/Space/Enter forward, Left/Up/PageUp/Backspace back,
// Home/End, B black, W white, N the presenter console, Esc leaves. Each
// step flies to its extent and cross-fades the colours in about half a
// second; the countries whose standing changed pulse. Sized for a room:
// names, markers and the legend grow with the screen height, the legend
// sits where it covers no country that carries data, and the map ends above
// an opaque caption band with a step counter. With a second screen the
// console (notes, next step, elapsed time) opens there by itself.
class PresenterView : public QWidget
{
    Q_OBJECT
public:
    PresenterView(std::shared_ptr<const MapRenderer> renderer, std::vector<Story> stories, const MapSettings &start,
                  QWidget *parent = nullptr);
    ~PresenterView() override;

    // Shows full screen on the parent's screen at the first step.
    void start();

    const Story &story() const { return m_stories[size_t(m_storyIndex)]; }
    int stepIndex() const { return m_step; }
    const MapSettings &settings() const { return m_settings; }
    bool isAnimating() const { return m_animation.isActive(); }
    // Where the step's animation is, in flights: 0..1 the flight, 1..2 the pulse.
    double animationPhase() const { return m_phase; }
    // The view of the frame last painted (mid-flight: between two steps).
    const Viewport &frameViewport() const { return m_frameViewport; }
    enum class Blank { None, Black, White };
    Blank blank() const { return m_blank; }
    // The last frame painted (for tests and the console preview).
    QImage grabFrame();

    void goToStep(int index, bool animate = true);
    void finishAnimation();

    // The presenter console: on another screen when there is one, else a
    // corner of this one. N toggles it.
    void toggleConsole();
    PresenterConsole *console() const { return m_console; }

    // Where things are on screen, in logical pixels (for tests): the map
    // frame above the caption band, the band, the legend (empty when
    // hidden or when no spot is free of data), the caption's text blocks.
    QRect mapRect() const;
    QRectF legendRect() const { return m_legendRect; }
    const PresenterCaption &caption() const { return m_caption; }
    // Text and symbol size on this screen: 1 is the desktop map's.
    double symbolScale() const;

    static constexpr int kAnimationMs = 500;

Q_SIGNALS:
    void finished();
    void stepChanged(int index);

protected:
    bool event(QEvent *) override;
    void paintEvent(QPaintEvent *) override;
    void keyPressEvent(QKeyEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void closeEvent(QCloseEvent *) override;

private:
    Viewport viewportFor(const StoryStep &step) const;
    void paintMap();
    void tick();
    void paintCaption(QPainter &painter);
    void layoutCaption();
    void placeLegend();
    // The legend's size on a screen of this height (it is read from further
    // away than the desktop's, but must leave room for the map).
    static double legendScale(int screenHeight);

    std::shared_ptr<const MapRenderer> m_renderer;
    std::vector<Story> m_stories;
    int m_storyIndex = 0;
    int m_step = 0;
    MapSettings m_settings;
    RenderCache m_cache;
    Blank m_blank = Blank::None;

    // The step in progress: a flight of kAnimationMs, then as long again
    // for the outline pulse on the countries that changed.
    QTimer m_animation;
    QElapsedTimer m_clock;
    double m_phase = 0;  // where the step's animation is, in flights (0..2)
    std::unique_ptr<Flight> m_flight;
    QImage m_frame;  // the last map frame painted, where the next flight starts
    Viewport m_frameViewport;  // the view m_frame shows (mid-flight, it is neither end)
    PresenterConsole *m_console = nullptr;
    QElapsedTimer m_sinceStart;
    PresenterCaption m_caption;
    std::vector<LegendItem> m_legend;
    QRectF m_legendRect;
    double m_legendScale = 1.0;
    double m_legendMaxHeight = 0;
    bool m_legendPlaced = false;  // for the landed view of the current step
};

} // namespace crossroads
