// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/story.h"
#include "render/flight.h"
#include "render/map_renderer.h"

#include <QElapsedTimer>
#include <QImage>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;

namespace crossroads {

class PresenterConsole;

// Full-screen presenting: the map, a caption band (date, title, text,
// sources) and a thin progress line. One key per step, as slide software:
// Right/Down/PageDown/Space/Enter forward, Left/Up/PageUp/Backspace back,
// Home/End, B black, W white, Esc leaves. Each step flies to its extent
// and cross-fades the colours in about half a second; the countries whose
// standing changed pulse. With a second screen, a console there shows the
// notes, the next step and the elapsed time.
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
    // The view of the frame last painted (mid-flight: between two steps).
    const Viewport &frameViewport() const { return m_frameViewport; }
    enum class Blank { None, Black, White };
    Blank blank() const { return m_blank; }
    // The last frame painted (for tests and the console preview).
    QImage grabFrame();

    void goToStep(int index, bool animate = true);
    void finishAnimation();

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
    void paintCaption(QPainter &painter, const StoryStep &step);

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
    std::unique_ptr<Flight> m_flight;
    QImage m_frame;  // the last map frame painted, where the next flight starts
    Viewport m_frameViewport;  // the view m_frame shows (mid-flight, it is neither end)
    PresenterConsole *m_console = nullptr;
    QElapsedTimer m_sinceStart;
};

// The presenter's own screen: current step's notes, the next step, time.
class PresenterConsole : public QWidget
{
    Q_OBJECT
public:
    explicit PresenterConsole(QWidget *parent = nullptr);
    void showStep(const StoryStep &current, const StoryStep *next, int index, int count);
    void setElapsed(qint64 ms);
    QString notesText() const;

private:
    QLabel *m_position = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_elapsed = nullptr;
};

} // namespace crossroads
