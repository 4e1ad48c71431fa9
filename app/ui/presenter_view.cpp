// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presenter_view.h"

#include "render/canvas.h"

#include <QFontMetricsF>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScreen>
#include <QVBoxLayout>
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
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        m_console = new PresenterConsole;
        for (QScreen *other : screens)
            if (other != screen) {
                m_console->setGeometry(other->availableGeometry());
                break;
            }
        m_console->show();
    }
    m_sinceStart.start();
    m_settings.viewport.setSize(size());
    goToStep(0, false);
}

Viewport PresenterView::viewportFor(const StoryStep &step) const
{
    Viewport v = m_settings.viewport;
    v.setSize(size());
    // The caption band covers the bottom fifth: frame the extent above it.
    const QRectF box = m_renderer->geo().projectBox(step.west, step.south, step.east, step.north);
    const double band = height() * 0.22;
    Viewport fitted(box.center(), 1.0, QSize(width(), std::max(1, int(height() - band))));
    fitted.fitExtent(box);
    v.setMetresPerPixel(fitted.metresPerPixel());
    v.setCentre(box.center() - QPointF(0, band / 2 * fitted.metresPerPixel()));
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
    const double t = m_clock.elapsed() / double(kAnimationMs);
    if (t >= 1.0)
        m_flight.reset();
    m_settings.pulse = t >= 1.0 && t < 2.0 ? std::sin((t - 1.0) * M_PI) : 0.0;
    if (m_console)
        m_console->setElapsed(m_sinceStart.elapsed());
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
    painter.drawImage(QRectF(rect()), m_frame, QRectF(m_frame.rect()));
    paintCaption(painter, story().steps[size_t(m_step)]);
}

void PresenterView::paintMap()
{
    const qreal dpr = devicePixelRatioF();
    m_settings.devicePixelRatio = dpr;
    m_settings.viewport.setSize(size());
    // Text and symbols grow with the screen: 1080 lines is scale 1.
    m_settings.symbolScale = std::max(1.0, height() / 1080.0) * 1.3;
    const QImage probe = canvas::create(size(), dpr, QImage::Format_ARGB32_Premultiplied);
    if (m_frame.size() != probe.size())
        m_frame = probe;
    QPainter painter;
    canvas::begin(painter, m_frame, dpr);
    if (m_flight) {
        const double t = std::min(1.0, m_clock.elapsed() / double(kAnimationMs));
        m_flight->paint(painter, t);
        m_frameViewport = m_flight->viewportAt(t);
    } else {
        m_renderer->render(painter, m_settings, &m_cache);
        m_frameViewport = m_settings.viewport;
    }
}

void PresenterView::paintCaption(QPainter &painter, const StoryStep &step)
{
    const double h = height();
    const double band = h * 0.22;
    const QRectF area(0, h - band, width(), band);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillRect(area, QColor(18, 24, 32, 225));
    const double margin = h * 0.03;
    QFont dateFont(QStringLiteral("DejaVu Sans"));
    dateFont.setPixelSize(int(h / 22));
    dateFont.setBold(true);
    QFont titleFont = dateFont;
    titleFont.setPixelSize(int(h / 30));
    QFont textFont(QStringLiteral("DejaVu Sans"));
    textFont.setPixelSize(int(h / 46));
    QFont sourceFont = textFont;
    sourceFont.setPixelSize(int(h / 70));

    const QString date = step.date.toDisplayString();
    const double dateWidth = QFontMetricsF(dateFont).horizontalAdvance(date) + margin;
    painter.setPen(QColor(0xff, 0xd2, 0x7f));
    painter.setFont(dateFont);
    painter.drawText(QRectF(area.left() + margin, area.top() + margin * 0.6, dateWidth, band * 0.35),
                     Qt::AlignLeft | Qt::AlignVCenter, date);
    const double textLeft = area.left() + margin * 2 + dateWidth;
    const double textWidth = area.width() - textLeft - margin;
    painter.setPen(Qt::white);
    painter.setFont(titleFont);
    painter.drawText(QRectF(textLeft, area.top() + margin * 0.6, textWidth, band * 0.35), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(titleFont).elidedText(step.title, Qt::ElideRight, textWidth));
    painter.setFont(textFont);
    painter.setPen(QColor(0xe8, 0xe8, 0xe8));
    painter.drawText(QRectF(textLeft, area.top() + band * 0.40, textWidth, band * 0.42), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     step.text);
    painter.setFont(sourceFont);
    painter.setPen(QColor(0xaa, 0xb4, 0xc0));
    painter.drawText(QRectF(textLeft, area.bottom() - band * 0.16, textWidth, band * 0.14), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(sourceFont).elidedText(tr("Sources: %1").arg(m_renderer->geo().atlas().timeline.citations(step.sources).join(QStringLiteral("; "))),
                                                          Qt::ElideRight, textWidth));

    // Progress: a thin line along the band's top edge.
    const int count = int(story().steps.size());
    const double progress = count > 1 ? double(m_step) / (count - 1) : 1.0;
    painter.fillRect(QRectF(0, area.top(), width(), std::max(2.0, h / 270)), QColor(255, 255, 255, 50));
    painter.fillRect(QRectF(0, area.top(), width() * progress, std::max(2.0, h / 270)), QColor(0xff, 0xd2, 0x7f));
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
}

void PresenterView::closeEvent(QCloseEvent *event)
{
    m_animation.stop();
    if (m_console)
        m_console->close();
    event->accept();
    Q_EMIT finished();
}

PresenterConsole::PresenterConsole(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setWindowTitle(tr("Crossroads — presenter console"));
    setStyleSheet(QStringLiteral("background:#111; color:#eee;"));
    m_position = new QLabel(this);
    m_elapsed = new QLabel(this);
    m_notes = new QLabel(this);
    m_next = new QLabel(this);
    for (QLabel *l : {m_position, m_elapsed, m_notes, m_next}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }
    QFont big = font();
    big.setPointSize(22);
    m_notes->setFont(big);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_position);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_next);
}

void PresenterConsole::showStep(const StoryStep &current, const StoryStep *next, int index, int count)
{
    m_position->setText(tr("Step %1 of %2: %3 — %4").arg(index + 1).arg(count).arg(current.date.toDisplayString(), current.title));
    m_notes->setText(current.notes.isEmpty() ? tr("(no notes)") : current.notes);
    m_next->setText(next ? tr("Next: %1 — %2").arg(next->date.toDisplayString(), next->title) : tr("Last step"));
}

void PresenterConsole::setElapsed(qint64 ms)
{
    m_elapsed->setText(tr("Elapsed %1:%2").arg(ms / 60000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0')));
}

QString PresenterConsole::notesText() const
{
    return m_notes->text();
}

} // namespace crossroads
