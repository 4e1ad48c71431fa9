// SPDX-License-Identifier: GPL-3.0-or-later
// Issue target: a 1080p, 30 fps, 60 s film of 2020-2026 encodes at least in
// real time (here: a 5 s slice of that film, at the film's pace of about
// 1.2 days per frame, so its frames/s is the whole film's). Also the parts:
// drawing a frame, and encoding one.
#include "bench_data.h"

#include "export/animation_exporter.h"
#include "export/frame_sink.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace crossroads;

namespace {

ExportSettings filmSettings()
{
    ExportSettings s;
    s.size = QSize(1920, 1080);
    s.date = Date::fromDay(2026, 1, 1);
    s.layers = bench::renderer()->defaultLayers();
    return s;
}

// 150 frames from 1 Jan 2020 at the pace of a 60 s film up to 1 Mar 2026.
AnimationPlan slice()
{
    const Date from = Date::fromDay(2020, 1, 1), to = Date::fromDay(2026, 3, 1);
    const qint64 days = to.julianDay() - from.julianDay();
    const Date end = Date::fromDay(from.firstDay().addDays(days * 150 / 1800));
    return AnimationPlan::forDates(bench::atlas()->timeline, from, end, 30, 5.0, {}).value();
}

} // namespace

static void FilmFrames(benchmark::State &state)
{
    const MapExporter exporter(bench::renderer());
    const AnimationPlan plan = slice();
    for (auto _ : state) {
        AnimationRenderer renderer(exporter, filmSettings(), plan);
        for (int i = 0; i < int(plan.frames.size()); ++i)
            benchmark::DoNotOptimize(renderer.frame(i));
    }
    state.counters["frames/s"] = benchmark::Counter(double(plan.frames.size()) * double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(FilmFrames)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

static void FilmEncode(benchmark::State &state)
{
    const bool webm = state.range(0) == 1;
    QTemporaryDir dir;
    const MapExporter exporter(bench::renderer());
    const QImage frame = exporter.renderImage(filmSettings());
    const int count = 150;
    for (auto _ : state) {
        auto encoder = FrameSink::open(dir.filePath(webm ? QStringLiteral("f.webm") : QStringLiteral("f.mp4")), QSize(1920, 1080), 30);
        if (!encoder) {
            state.SkipWithError("cannot open the encoder");
            return;
        }
        // Alternate two frames so the encoder has something to do.
        QImage other = frame.copy();
        other.fill(Qt::white);
        for (int i = 0; i < count; ++i)
            encoder.value()->addFrame(i % 15 == 0 ? other : frame);
        encoder.value()->finish();
    }
    state.counters["frames/s"] = benchmark::Counter(double(count) * double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(FilmEncode)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

static void FilmWhole(benchmark::State &state)
{
    const bool webm = state.range(0) == 1;
    QTemporaryDir dir;
    const MapExporter exporter(bench::renderer());
    const AnimationPlan plan = slice();
    for (auto _ : state) {
        if (AnimationExporter(exporter).write(dir.filePath(webm ? QStringLiteral("f.webm") : QStringLiteral("f.mp4")), filmSettings(), plan))
            state.SkipWithError("film failed");
    }
    // Real time is 30 frames/s.
    state.counters["frames/s"] = benchmark::Counter(double(plan.frames.size()) * double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(FilmWhole)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
