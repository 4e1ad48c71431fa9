// SPDX-License-Identifier: GPL-3.0-or-later
// Scrubbing across boundary epochs at 1920x1080, warm (target: a date change
// across an epoch <= 16 ms; inside one unchanged from DateChangeRepaint1080).
// The home view holds the Balkans' and Sudan's epochs, so the dates below
// cross the 2006 (Montenegro) and 2008 (Kosovo) boundaries.
#include "bench_data.h"

#include <benchmark/benchmark.h>

using namespace crossroads;

namespace {

void alternate(benchmark::State &state, const char *a, const char *b)
{
    MapSettings s = bench::homeSettings({1920, 1080}, a);
    const Date first = s.date;
    const Date second = Date::parse(QString::fromLatin1(b)).value();
    QImage image(s.viewport.size(), QImage::Format_ARGB32_Premultiplied);
    RenderCache cache;
    for (const Date &d : {first, second}) {  // warm both dates' caches
        s.date = d;
        QPainter painter(&image);
        bench::renderer()->render(painter, s, &cache);
    }
    int i = 0;
    for (auto _ : state) {
        s.date = (i++ % 2) ? second : first;
        QPainter painter(&image);
        bench::renderer()->render(painter, s, &cache);
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["geometry_builds"] = cache.geometryBuilds;
}

} // namespace

// Two dates in one epoch (2008-02-17 .. 2011-07-09): a recolour.
static void DateChangeInsideEpoch1080(benchmark::State &state) { alternate(state, "2009-01-01", "2010-06-01"); }
BENCHMARK(DateChangeInsideEpoch1080)->Unit(benchmark::kMillisecond);

// Two dates in neighbouring epochs (before and after Kosovo's independence):
// the kept images of the other epoch are swapped in.
static void DateChangeAcrossEpoch1080(benchmark::State &state) { alternate(state, "2007-01-01", "2009-01-01"); }
BENCHMARK(DateChangeAcrossEpoch1080)->Unit(benchmark::kMillisecond);

// Crossing into an epoch not seen before: the id buffer, borders and labels
// of that epoch are drawn from the projected outlines (nothing reprojected).
static void FirstVisitOfAnEpoch1080(benchmark::State &state)
{
    MapSettings s = bench::homeSettings({1920, 1080}, "2009-01-01");
    QImage image(s.viewport.size(), QImage::Format_ARGB32_Premultiplied);
    const char *dates[] = {"1992-01-01", "1993-01-01", "1995-01-01", "2004-01-01", "2007-01-01", "2009-01-01", "2012-01-01"};
    RenderCache cache;
    int i = 0;
    for (auto _ : state) {
        state.PauseTiming();
        cache.otherEpoch.reset();  // forget the other epoch: a first visit each time
        state.ResumeTiming();
        s.date = Date::parse(QString::fromLatin1(dates[i++ % 7])).value();
        QPainter painter(&image);
        bench::renderer()->render(painter, s, &cache);
    }
}
BENCHMARK(FirstVisitOfAnEpoch1080)->Unit(benchmark::kMillisecond);
