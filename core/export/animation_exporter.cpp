// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/animation_exporter.h"

#include "export/frame_sink.h"
#include "render/canvas.h"
#include "render/flight.h"

#include <QFileInfo>

#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace crossroads {
namespace {

// Frames from the drawing thread to the encoding thread, a few at a time.
class FrameQueue
{
public:
    static constexpr size_t kCapacity = 4;

    // False when the consumer has stopped (an encoding error).
    bool push(QImage frame)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [&] { return m_frames.size() < kCapacity || m_stopped; });
        if (m_stopped)
            return false;
        m_frames.push_back(std::move(frame));
        m_ready.notify_one();
        return true;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_ready.notify_one();
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_space.notify_all();
    }
    // Null when closed and empty.
    std::optional<QImage> pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return !m_frames.empty() || m_closed; });
        if (m_frames.empty())
            return std::nullopt;
        QImage frame = std::move(m_frames.front());
        m_frames.pop_front();
        m_space.notify_one();
        return frame;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready, m_space;
    std::deque<QImage> m_frames;
    bool m_closed = false;
    bool m_stopped = false;
};

} // namespace

AnimationRenderer::AnimationRenderer(const MapExporter &exporter, const ExportSettings &base, const AnimationPlan &plan)
    : m_exporter(exporter), m_base(base), m_plan(plan)
{
    m_legend = plan.legend(exporter.renderer().geo().atlas(), base.layers, exporter.renderer().style());
}

AnimationRenderer::~AnimationRenderer() = default;

ExportSettings AnimationRenderer::settingsFor(int index) const
{
    const AnimationFrame &f = m_plan.frames[size_t(index)];
    ExportSettings s = m_base;
    s.date = f.date;
    s.caption = f.caption;
    s.legendItems = m_legend;
    if (m_plan.story && f.step >= 0) {
        const Story &story = *m_plan.story;
        const StoryStep &step = story.steps[size_t(f.step)];
        s.extent = std::array<double, 4>{step.west, step.south, step.east, step.north};
        s.projectedExtent.reset();
        if (step.layers)
            s.layers = *step.layers;
        if (s.title.isEmpty())
            s.title = story.title;
    }
    return s;
}

MapSettings AnimationRenderer::mapFor(int index) const
{
    const AnimationFrame &f = m_plan.frames[size_t(index)];
    MapSettings map = m_exporter.mapSettings(settingsFor(index));
    if (m_plan.story && f.step > 0) {
        map.changedSince = m_plan.story->steps[size_t(f.step) - 1].date;
        map.pulse = f.pulse;
    }
    return map;
}

void AnimationRenderer::drawMap(QPainter &painter, const MapSettings &map, int index)
{
    const AnimationFrame &f = m_plan.frames[size_t(index)];
    if (!m_plan.story) {
        // No flights: straight onto the page, as a still export draws it.
        m_exporter.renderer().render(painter, map, &m_cache);
        return;
    }
    const QSizeF logical = map.viewport.size();
    const QSize device(int(std::ceil(logical.width() * map.devicePixelRatio)), int(std::ceil(logical.height() * map.devicePixelRatio)));
    if (m_map.size() != device)
        m_map = canvas::create(logical, map.devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    QPainter p;
    if (f.step > 0 && f.flight < 1.0) {
        // A new step: fly from the map on screen (the last one drawn).
        if (!m_flight || m_flightStep != f.step) {
            m_flight = std::make_unique<Flight>(m_exporter.renderer(), m_map, m_mapSettings, map, m_cache);
            m_flightStep = f.step;
        }
        QImage next = canvas::create(logical, map.devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
        canvas::begin(p, next, map.devicePixelRatio);
        m_flight->paint(p, f.flight);
        p.end();
        m_map = next;
    } else {
        m_flight.reset();
        canvas::begin(p, m_map, map.devicePixelRatio);
        m_exporter.renderer().render(p, map, &m_cache);
        p.end();
        m_mapSettings = map;
    }
    canvas::draw(painter, m_map, logical);
}

QImage AnimationRenderer::frame(int index)
{
    if (m_lastIndex >= 0 && index == m_lastIndex + 1 && m_plan.frames[size_t(index)] == m_plan.frames[size_t(m_lastIndex)]) {
        m_lastIndex = index;
        return m_last;  // a held date: the same image, drawn once
    }
    ExportSettings settings = settingsFor(index);
    const MapSettings map = mapFor(index);
    settings.drawMap = [&](QPainter &painter, const MapSettings &) { drawMap(painter, map, index); };
    QImage image(settings.size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter;
    canvas::begin(painter, image, settings.layoutScale());
    m_exporter.compose(painter, settings, &m_cache);
    painter.end();
    m_last = image;
    m_lastIndex = index;
    return image;
}

bool AnimationExporter::handles(const QString &path)
{
    return FrameSink::handles(path);
}

std::optional<Error> AnimationExporter::write(const QString &path, const ExportSettings &base, const AnimationPlan &plan,
                                              const std::atomic<bool> *cancel,
                                              const std::function<void(int, int)> &progress) const
{
    const int total = int(plan.frames.size());
    if (total == 0)
        return Error{path, {}, QStringLiteral("the film has no frames")};
    Result<std::unique_ptr<FrameSink>> opened = FrameSink::open(path, base.size, plan.fps);
    if (!opened)
        return opened.error();
    std::unique_ptr<FrameSink> writer = std::move(opened.value());

    FrameQueue queue;
    std::optional<Error> encodeError;
    std::atomic<int> encoded{0};
    std::thread encoder([&] {
        while (std::optional<QImage> frame = queue.pop()) {
            if (auto problem = writer->addFrame(*frame)) {
                encodeError = problem;
                queue.stop();
                return;
            }
            ++encoded;
        }
    });

    AnimationRenderer renderer(m_exporter, base, plan);
    bool cancelled = false;
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load()) {
            cancelled = true;
            break;
        }
        if (!queue.push(renderer.frame(i)))
            break;  // the encoder failed: its error is reported below
        if (progress)
            progress(encoded.load(), total);
    }
    queue.close();
    encoder.join();
    if (encodeError || cancelled) {
        writer->cancel();
        return encodeError ? *encodeError : Error{path, {}, cancelledMessage()};
    }
    if (auto problem = writer->finish())
        return problem;
    if (progress)
        progress(total, total);
    return std::nullopt;
}

} // namespace crossroads
