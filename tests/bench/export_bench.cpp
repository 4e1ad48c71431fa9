// SPDX-License-Identifier: GPL-3.0-or-later
// Issue targets: 1920x1080 export < 120 ms and 3840x2160 < 400 ms with PNG
// encoding; --each-event over all events < 15 s.
#include "bench_data.h"

#include "export/frame_sequence.h"
#include "export/map_exporter.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace crossroads;

static void ExportPng(benchmark::State &state)
{
    QTemporaryDir dir;
    const MapExporter exporter(bench::renderer());
    ExportSettings s;
    s.date = Date::fromDay(2026, 2, 20);
    s.size = QSize(int(state.range(0)), int(state.range(1)));
    s.layers = bench::renderer()->defaultLayers();
    for (auto _ : state) {
        // A one-off export: no cache carried over between iterations.
        if (exporter.write(dir.filePath(QStringLiteral("map.png")), s))
            state.SkipWithError("export failed");
    }
}
BENCHMARK(ExportPng)->Args({1920, 1080})->Args({3840, 2160})->Unit(benchmark::kMillisecond);

static void ExportEachEvent(benchmark::State &state)
{
    const MapExporter exporter(bench::renderer());
    ExportSettings s;
    s.size = QSize(1920, 1080);
    s.layers = bench::renderer()->defaultLayers();
    for (auto _ : state) {
        QTemporaryDir dir;
        if (!FrameSequence(exporter).write(dir.path(), s).ok())
            state.SkipWithError("frames failed");
    }
    state.counters["frames"] = double(bench::atlas()->timeline.events().size());
}
BENCHMARK(ExportEachEvent)->Unit(benchmark::kMillisecond)->Iterations(1);
