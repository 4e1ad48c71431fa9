// SPDX-License-Identifier: GPL-3.0-or-later
// Issue targets: 1920x1080 export < 120 ms and 3840x2160 < 400 ms with PNG
// encoding; --each-event over all events < 15 s. Also the page sizes the
// control images guard (A4 portrait at 300 dpi) and the vector formats.
#include "bench_data.h"

#include "export/frame_sequence.h"
#include "export/map_exporter.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace crossroads;

// One export to `file` (its extension picks the format) of range(0) x
// range(1) pixels at range(2) dpi (0: from the size).
static void exportOnce(benchmark::State &state, const char *file)
{
    QTemporaryDir dir;
    const MapExporter exporter(bench::renderer());
    ExportSettings s;
    s.date = Date::fromDay(2026, 2, 20);
    s.size = QSize(int(state.range(0)), int(state.range(1)));
    if (state.range(2) > 0)
        s.dpi = int(state.range(2));
    s.layers = bench::renderer()->defaultLayers();
    for (auto _ : state) {
        // A one-off export: no cache carried over between iterations.
        if (exporter.write(dir.filePath(QString::fromLatin1(file)), s))
            state.SkipWithError("export failed");
    }
}

static void ExportPng(benchmark::State &state) { exportOnce(state, "map.png"); }
BENCHMARK(ExportPng)->Args({1920, 1080, 0})->Args({3840, 2160, 0})->Args({2480, 3508, 300})->Unit(benchmark::kMillisecond);

static void ExportPdf(benchmark::State &state) { exportOnce(state, "map.pdf"); }
BENCHMARK(ExportPdf)->Args({1920, 1080, 0})->Args({2480, 3508, 300})->Unit(benchmark::kMillisecond);

static void ExportSvg(benchmark::State &state) { exportOnce(state, "map.svg"); }
BENCHMARK(ExportSvg)->Args({1920, 1080, 0})->Unit(benchmark::kMillisecond);

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
