// SPDX-License-Identifier: GPL-3.0-or-later
// Issue targets: load + project < 150 ms; frame at 1920x1080 with labels
// < 8 ms; a hit test < 20 µs; stateAt < 5 µs; a date-change repaint at
// 1920x1080 < 16 ms; presenter animation frames < 16 ms.
#include "bench_data.h"

#include "data/boundary_loader.h"
#include "data/data_folder.h"
#include "model/briefing.h"

#include <QDir>
#include <QImage>

#include <benchmark/benchmark.h>

using namespace crossroads;

static void LoadAndProjectEmbeddedData(benchmark::State &state)
{
    for (auto _ : state) {
        AtlasLoader::Report report = AtlasLoader::load(QStringLiteral(CROSSROADS_GEODATA));
        auto geo = ProjectedAtlas::build(report.atlas, defaultProjectionPreset());
        benchmark::DoNotOptimize(geo);
    }
}
BENCHMARK(LoadAndProjectEmbeddedData)->Unit(benchmark::kMillisecond);

static void StateAt(benchmark::State &state)
{
    const Timeline &t = bench::atlas()->timeline;
    const qint64 first = t.firstDate().julianDay(), span = t.lastDate().julianDay() - first;
    qint64 i = 0;
    for (auto _ : state) {
        WorldState s = t.stateAt(Date::fromDay(QDate::fromJulianDay(first + (i++ * 97) % span)));
        benchmark::DoNotOptimize(s);
    }
}
BENCHMARK(StateAt)->Unit(benchmark::kMicrosecond);

static void HitTest(benchmark::State &state)
{
    const ProjectedAtlas &geo = bench::renderer()->geo();
    const QRectF home = geo.homeExtent();
    int i = 0;
    for (auto _ : state) {
        const QPointF p(home.left() + home.width() * ((i * 37) % 101) / 100.0, home.top() + home.height() * ((i * 53) % 103) / 102.0);
        benchmark::DoNotOptimize(geo.countryAt(p));
        ++i;
    }
}
BENCHMARK(HitTest)->Unit(benchmark::kMicrosecond);

// A full frame from a warm cache (the screen's steady state: hover, or a
// repaint of the same view).
static void FrameWarm1080(benchmark::State &state)
{
    MapSettings s = bench::homeSettings({1920, 1080}, "2026-02-20");
    QImage image(s.viewport.size(), QImage::Format_ARGB32_Premultiplied);
    RenderCache cache;
    for (auto _ : state) {
        QPainter p(&image);
        bench::renderer()->render(p, s, &cache);
    }
}
BENCHMARK(FrameWarm1080)->Unit(benchmark::kMillisecond);

// Scrubbing the slider: each frame is another date, same view.
static void DateChangeRepaint1080(benchmark::State &state)
{
    MapSettings s = bench::homeSettings({1920, 1080}, "2020-01-01");
    QImage image(s.viewport.size(), QImage::Format_ARGB32_Premultiplied);
    RenderCache cache;
    int i = 0;
    for (auto _ : state) {
        s.date = Date::fromDay(2019 + (i % 8), 1 + (i % 12), 1);
        ++i;
        QPainter p(&image);
        bench::renderer()->render(p, s, &cache);
    }
}
BENCHMARK(DateChangeRepaint1080)->Unit(benchmark::kMillisecond);

// A new view (pan or zoom): the cache is rebuilt.
static void FrameCold1080(benchmark::State &state)
{
    MapSettings s = bench::homeSettings({1920, 1080}, "2026-02-20");
    QImage image(s.viewport.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        RenderCache cache;
        QPainter p(&image);
        bench::renderer()->render(p, s, &cache);
    }
}
BENCHMARK(FrameCold1080)->Unit(benchmark::kMillisecond);

// Presenter: mid-flight frames (a new view every frame, colours fading).
static void PresenterAnimationFrame1080(benchmark::State &state)
{
    MapSettings s = bench::homeSettings({1920, 1080}, "2026-01-22");
    s.fadeFrom = Date::fromDay(2025, 11, 6);
    s.symbolScale = 1.3;
    const Viewport from = s.viewport;
    QImage image(s.viewport.size(), QImage::Format_ARGB32_Premultiplied);
    RenderCache cache;
    int i = 0;
    for (auto _ : state) {
        const double t = (i++ % 30) / 30.0;
        s.viewport = from;
        s.viewport.zoomAt(QPointF(900, 500), 1.0 + t);
        s.fadeProgress = t;
        s.pulse = t;
        QPainter p(&image);
        bench::renderer()->render(p, s, &cache);
    }
}
BENCHMARK(PresenterAnimationFrame1080)->Unit(benchmark::kMillisecond);

static void BriefingBuild(benchmark::State &state)
{
    for (auto _ : state) {
        Briefing b = Briefing::build(*bench::atlas(), QStringLiteral("KAZ"), Date::fromDay(2026, 2, 20));
        benchmark::DoNotOptimize(b);
    }
}
BENCHMARK(BriefingBuild)->Unit(benchmark::kMillisecond);
