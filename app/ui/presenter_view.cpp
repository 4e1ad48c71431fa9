// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presenter_view.h"

#include "render/canvas.h"
#include "ui/presenter_console.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <QWindow>

#include <cmath>

namespace crossroads {

PresenterView::PresenterView(std::shared_ptr<const MapRenderer> renderer, std::vector<Story> stories,
                             const MapSettings &start, QWidget *parent)
    : QWidget(parent, Qt::Window), m_renderer(std::move(renderer)), m_stories(std::move(stories)), m_settings(start)
{
    setObjectName(QStringLiteral("presenter"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::BlankCursor);
    if (m_stories.empty() || m_stories.front().steps.empty())
        m_stories = {Story::allEvents(m_renderer->geo().atlas())};
    // With no events either, a title card stands in so nothing indexes an
    // empty list.
    if (m_stories.front().steps.empty()) {
        StoryStep card;
        card.id = QStringLiteral("empty");
        card.date = start.date.isValid() ? start.date : Date::fromDay(2026, 1, 1);
        const Region &r = m_renderer->geo().atlas().region;
        card.west = r.homeWest, card.south = r.homeSouth, card.east = r.homeEast, card.north = r.homeNorth;
        card.title = tr("No events in this data");
        m_stories.front().steps.push_back(card);
    }
    m_settings.selectedCountry.clear();
    m_settings.hoveredCountry.clear();
    // Roughly the display's frame rate; each frame renders from the cache.
    m_animation.setInterval(16);
    connect(&m_animation, &QTimer::timeout, this, &PresenterView::tick);
}

PresenterView::~PresenterView()
{
    delete m_console;
}

void PresenterView::start()
{
    // The screen the main window is on.
    QScreen *screen = parentWidget() && parentWidget()->screen() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
    if (screen)
        setGeometry(screen->geometry());
    showFullScreen();
    activateWindow();
    setFocus();
    m_sinceStart.start();
    if (QGuiApplication::screens().size() > 1)
        toggleConsole();
    m_settings.viewport.setSize(mapRect().size());
    goToStep(0, false);
}

void PresenterView::toggleConsole()
{
    if (m_console) {
        m_console->close();
        m_console->deleteLater();
        m_console = nullptr;
        return;
    }
    if (!m_sinceStart.isValid())
        m_sinceStart.start();
    m_console = new PresenterConsole(m_sinceStart);
    QScreen *presenting = screen() ? screen() : QGuiApplication::primaryScreen();
    m_console->placeBeside(presenting, QGuiApplication::screens());
    const Story &s = story();
    const StoryStep *next = m_step + 1 < int(s.steps.size()) ? &s.steps[size_t(m_step) + 1] : nullptr;
    m_console->showStep(s.steps[size_t(m_step)], next, m_step, int(s.steps.size()));
    m_console->show();
    // The keys stay with the presentation.
    if (isVisible())
        activateWindow();
}

QRect PresenterView::mapRect() const
{
    return QRect(0, 0, width(), std::max(1, height() - int(PresenterCaption::bandHeight(height()))));
}

double PresenterView::symbolScale() const
{
    // Names of about 30 px and event markers of about 27 px at 1080 lines:
    // readable from the back of a room, and growing with the screen.
    return std::max(1.0, 2.7 * height() / 1080.0);
}

Viewport PresenterView::viewportFor(const StoryStep &step) const
{
    // The map ends above the caption band: the extent fills what is left.
    const QRectF box = m_renderer->geo().projectBox(step.west, step.south, step.east, step.north);
    Viewport v = m_settings.viewport;
    v.setSize(mapRect().size());
    v.setCentre(box.center());
    v.fitExtent(box);
    return v;
}

void PresenterView::goToStep(int index, bool animate)
{
    const Story &s = story();
    index = std::clamp(index, 0, int(s.steps.size()) - 1);
    const StoryStep &step = s.steps[size_t(index)];
    const MapSettings from = m_settings;
    MapSettings to = m_settings;
    to.viewport = viewportFor(step);
    to.date = step.date;
    to.layers = step.layers ? *step.layers : m_renderer->defaultLayers();
    to.changedSince = from.date.isValid() ? std::optional<Date>(from.date) : std::nullopt;
    to.pulse = 0.0;
    m_step = index;
    m_blank = Blank::None;
    m_legendPlaced = false;
    m_legendRect = {};
    layoutCaption();
    m_animation.stop();
    m_flight.reset();
    m_settings = to;
    if (animate && from.date.isValid()) {
        // Nothing painted yet (the window has just opened): no flight, but
        // the step still pulses.
        if (!m_frame.isNull()) {
            MapSettings onScreen = from;
            onScreen.viewport = m_frameViewport;
            m_flight = std::make_unique<Flight>(*m_renderer, m_frame, onScreen, to, m_cache);
        }
        m_clock.start();
        m_phase = 0;
        m_animation.start();
    }
    if (m_console) {
        const StoryStep *next = index + 1 < int(s.steps.size()) ? &s.steps[size_t(index) + 1] : nullptr;
        m_console->showStep(step, next, index, int(s.steps.size()));
    }
    Q_EMIT stepChanged(index);
    update();
}

void PresenterView::finishAnimation()
{
    if (!m_animation.isActive())
        return;
    m_animation.stop();
    m_flight.reset();
    m_settings.pulse = 0.0;
    update();
}

void PresenterView::tick()
{
    // 0..1: the flight; 1..2: landed, the changed countries pulse once.
    // A slow frame (a busy machine, a projector on a weak laptop) moves the
    // animation on by at most a few frames' worth: it slows down rather than
    // jumping past the landing or the pulse's peak.
    constexpr double kMostPerTick = 0.15;
    m_phase = std::min(m_clock.elapsed() / double(kAnimationMs), m_phase + kMostPerTick);
    const double t = m_phase;
    if (t >= 1.0)
        m_flight.reset();
    m_settings.pulse = t >= 1.0 && t < 2.0 ? std::sin((t - 1.0) * M_PI) : 0.0;
    if (t >= 2.0)
        m_animation.stop();
    update();
}

QImage PresenterView::grabFrame()
{
    return grab().toImage();
}

void PresenterView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_blank != Blank::None) {
        painter.fillRect(rect(), m_blank == Blank::Black ? Qt::black : Qt::white);
        return;
    }
    paintMap();
    painter.drawImage(QRectF(mapRect()), m_frame, QRectF(m_frame.rect()));
    if (!m_flight && !m_legendPlaced)
        placeLegend();
    // No legend mid-flight: it belongs to the view that lands.
    if (!m_flight && !m_legendRect.isEmpty())
        drawLegend(painter, m_legendRect.topLeft(), m_legend, m_renderer->style(), m_legendScale, m_legendMaxHeight);
    paintCaption(painter);
}

void PresenterView::paintMap()
{
    const qreal dpr = devicePixelRatioF();
    m_settings.devicePixelRatio = dpr;
    const QSize map = mapRect().size();
    m_settings.viewport.setSize(map);
    m_settings.symbolScale = symbolScale();
    const QImage probe = canvas::create(map, dpr, QImage::Format_ARGB32_Premultiplied);
    if (m_frame.size() != probe.size())
        m_frame = probe;
    QPainter painter;
    canvas::begin(painter, m_frame, dpr);
    if (m_flight) {
        // The phase, not the clock: a slow frame slows the flight down
        // rather than jumping to its end (tick()).
        const double t = std::min(1.0, m_phase);
        m_flight->paint(painter, t);
        m_frameViewport = m_flight->viewportAt(t);
    } else {
        m_renderer->render(painter, m_settings, &m_cache);
        m_frameViewport = m_settings.viewport;
    }
}

void PresenterView::layoutCaption()
{
    const StoryStep &step = story().steps[size_t(m_step)];
    const QStringList cited = m_renderer->geo().atlas().timeline.citations(step.sources);
    m_caption = PresenterCaption::layout(size(), step.date.toDisplayString(), step.title, step.text,
                                         cited.isEmpty() ? QString() : tr("Sources: %1").arg(cited.join(QStringLiteral("; "))),
                                         m_step, int(story().steps.size()));
}

void PresenterView::placeLegend()
{
    // The legend the export would draw for this view, in the spot nearest a
    // corner that covers no country carrying data; shrunk a little when no
    // spot is free, and left out rather than laid over the data.
    m_legendPlaced = true;
    m_legendRect = {};
    const Atlas &atlas = m_renderer->geo().atlas();
    m_legend = legendItems(atlas, m_settings, m_renderer->style());
    if (m_legend.empty() || m_cache.runs.isNull())
        return;
    std::vector<bool> carries(atlas.countries.size(), false);
    for (int i : markedCountries(atlas, m_settings, m_settings.date))
        carries[size_t(i)] = true;
    const QRect map = mapRect();
    const double margin = height() / 40.0;
    for (double shrink : {1.0, 0.85, 0.7}) {
        const double scale = legendScale(height()) * shrink;
        const QSizeF size = measureLegend(m_legend, scale, map.height() * 0.8);
        m_legendMaxHeight = map.height() * 0.8;
        const QRectF spot = emptySpot(m_cache.runs, m_frame.devicePixelRatio(), carries, size, margin, m_cache.labelInk);
        if (!spot.isEmpty()) {
            m_legendScale = scale;
            m_legendRect = spot;
            return;
        }
    }
}

double PresenterView::legendScale(int screenHeight)
{
    return std::max(1.0, 1.8 * screenHeight / 1080.0);
}

void PresenterView::paintCaption(QPainter &painter)
{
    if (m_caption.band.size() != QSizeF(width(), PresenterCaption::bandHeight(height())))
        layoutCaption();
    const QRectF &band = m_caption.band;
    painter.setRenderHint(QPainter::Antialiasing, true);
    // Opaque: the map ends above it, and nothing shows through.
    painter.fillRect(band, QColor(18, 24, 32));
    for (const PageText *block : m_caption.blocks())
        block->draw(painter);

    // Progress: a thin line along the band's top edge.
    const int count = int(story().steps.size());
    const double progress = count > 1 ? double(m_step) / (count - 1) : 1.0;
    const double line = std::max(2.0, height() / 270.0);
    painter.fillRect(QRectF(0, band.top(), width(), line), QColor(255, 255, 255, 50));
    painter.fillRect(QRectF(0, band.top(), width() * progress, line), QColor(0xff, 0xd2, 0x7f));
}

bool PresenterView::event(QEvent *e)
{
    // While presenting, every key is the presenter's: the main window's
    // window-wide shortcuts (Right, Space, Home...) must not see them.
    if (e->type() == QEvent::ShortcutOverride) {
        e->accept();
        return true;
    }
    return QWidget::event(e);
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    // A key during a flight completes it first, then acts.
    finishAnimation();
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_blank != Blank::None) {
            m_blank = Blank::None;
            update();
        } else if (m_step + 1 < int(story().steps.size())) {
            goToStep(m_step + 1);
        }
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        if (m_step > 0)
            goToStep(m_step - 1);
        return;
    case Qt::Key_Home:
        goToStep(0);
        return;
    case Qt::Key_End:
        goToStep(int(story().steps.size()) - 1);
        return;
    case Qt::Key_B:
    case Qt::Key_Period:
        m_blank = m_blank == Blank::Black ? Blank::None : Blank::Black;
        update();
        return;
    case Qt::Key_W:
    case Qt::Key_Comma:
        m_blank = m_blank == Blank::White ? Blank::None : Blank::White;
        update();
        return;
    case Qt::Key_N:
        toggleConsole();
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresenterView::resizeEvent(QResizeEvent *)
{
    if (story().steps.empty())
        return;
    finishAnimation();
    m_settings.viewport = viewportFor(story().steps[size_t(m_step)]);
    m_legendPlaced = false;
    layoutCaption();
}

void PresenterView::closeEvent(QCloseEvent *event)
{
    m_animation.stop();
    if (m_console)
        m_console->close();
    event->accept();
    Q_EMIT finished();
}

} // namespace crossroads
