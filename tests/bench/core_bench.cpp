// SPDX-License-Identifier: GPL-3.0-or-later
// Issue targets: load + project < 150 ms; frame at 1920x1080 with labels
// < 8 ms; a hit test < 20 µs; stateAt < 5 µs; a date-change repaint at
// 1920x1080 warm <= 4 ms; presenter animation frames < 16 ms.
#include "bench_data.h"

#include "data/boundary_loader.h"
#include "data/data_folder.h"
#include "model/briefing.h"
#include "render/flight.h"
#include "render/outline_cache.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>

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

// Scrubbing the slider: each frame is another date, same view; corridors
// appear and territories change on most frames.
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

// Presenter: a step flies from the whole region to the Caucasus while the
// date moves from Kazakhstan's announcement to Davos. Each animation frame
// is measured (the flight is prepared once per step, measured apart).
static void PresenterFlightFrame1080(benchmark::State &state)
{
    MapSettings from = bench::homeSettings({1920, 1080}, "2025-11-06");
    from.symbolScale = 1.3;
    MapSettings to = from;
    to.date = Date::fromDay(2026, 1, 22);
    to.viewport.fitExtent(bench::renderer()->geo().projectBox(38, 36, 52, 44));
    QImage start(from.viewport.size(), QImage::Format_ARGB32_Premultiplied);
    RenderCache cache;
    {
        QPainter p(&start);
        bench::renderer()->render(p, from, &cache);
    }
    const Flight flight(*bench::renderer(), start, from, to, cache);
    QImage frame(to.viewport.size(), QImage::Format_ARGB32_Premultiplied);
    int i = 0;
    for (auto _ : state) {
        QPainter p(&frame);
        flight.paint(p, (i++ % 30) / 30.0);
    }
}
BENCHMARK(PresenterFlightFrame1080)->Unit(benchmark::kMillisecond);

static void PresenterFlightPrepare1080(benchmark::State &state)
{
    MapSettings from = bench::homeSettings({1920, 1080}, "2025-11-06");
    MapSettings to = from;
    to.date = Date::fromDay(2026, 1, 22);
    to.viewport.fitExtent(bench::renderer()->geo().projectBox(38, 36, 52, 44));
    QImage start(from.viewport.size(), QImage::Format_ARGB32_Premultiplied);
    start.fill(Qt::white);
    for (auto _ : state) {
        RenderCache cache;
        const Flight flight(*bench::renderer(), start, from, to, cache);
        benchmark::DoNotOptimize(flight.destinationFrame());
    }
}
BENCHMARK(PresenterFlightPrepare1080)->Unit(benchmark::kMillisecond);

// After landing: the destination view from the warm cache, with the pulse.
static void PresenterPulseFrame1080(benchmark::State &state)
{
    MapSettings s = bench::homeSettings({1920, 1080}, "2026-01-22");
    s.symbolScale = 1.3;
    s.changedSince = Date::fromDay(2025, 11, 6);
    QImage image(s.viewport.size(), QImage::Format_ARGB32_Premultiplied);
    RenderCache cache;
    int i = 0;
    for (auto _ : state) {
        s.pulse = (i++ % 30) / 30.0;
        QPainter p(&image);
        bench::renderer()->render(p, s, &cache);
    }
}
BENCHMARK(PresenterPulseFrame1080)->Unit(benchmark::kMillisecond);

// A briefing is rebuilt on every playback tick: warm (corridor lengths
// already measured for the country), for the largest country and a focus one.
static void BriefingBuild(benchmark::State &state, const char *iso3)
{
    const QString code = QString::fromLatin1(iso3);
    Briefing::build(*bench::atlas(), code, Date::fromDay(2026, 2, 20));  // measures the routes once
    for (auto _ : state) {
        Briefing b = Briefing::build(*bench::atlas(), code, Date::fromDay(2026, 2, 20));
        benchmark::DoNotOptimize(b);
    }
}
BENCHMARK_CAPTURE(BriefingBuild, KAZ, "KAZ")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BriefingBuild, RUS, "RUS")->Unit(benchmark::kMillisecond);

// A start with the outlines kept from the last one (OutlineCache): the
// file read, checked and decoded, in place of opening the GeoPackage and
// projecting it.
static void ReadKeptOutlines(benchmark::State &state)
{
    QTemporaryDir dir;
    const DataFolder folder{QDir(QStringLiteral(CROSSROADS_GEODATA))};
    const QByteArray key = OutlineCache::key(folder, defaultProjectionPreset().definition).value();
    const QString file = OutlineCache::fileFor(dir.path(), key);
    const ProjectedAtlas &geo = bench::renderer()->geo();
    const OutlineCache::Entry entry{geo.atlas().countries, geo.atlas().territories.outlines(), geo.countries()};
    if (OutlineCache::write(file, key, entry)) {
        state.SkipWithError("cannot write the cache");
        return;
    }
    for (auto _ : state) {
        std::optional<OutlineCache::Entry> read = OutlineCache::read(file, key);
        if (!read)
            state.SkipWithError("the cache did not read back");
        benchmark::DoNotOptimize(read);
    }
    state.counters["bytes"] = double(QFileInfo(file).size());
}
BENCHMARK(ReadKeptOutlines)->Unit(benchmark::kMillisecond);
