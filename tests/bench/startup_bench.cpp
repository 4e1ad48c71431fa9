// SPDX-License-Identifier: GPL-3.0-or-later
// Issue target: from process start to the full map on screen <= 0.3 s. Runs
// the real program on the offscreen platform with fresh settings; it quits
// as soon as its map is on screen (CROSSROADS_QUIT_AFTER_FIRST_MAP), so the
// time includes start-up, loading, projecting, the first render and exit.
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

static void ProcessStartToFirstMap(benchmark::State &state)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("CROSSROADS_QUIT_AFTER_FIRST_MAP"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    for (auto _ : state) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CROSSROADS_EXECUTABLE), {});
        if (!process.waitForFinished(20000) || process.exitCode() != 0)
            state.SkipWithError("the program did not paint and quit");
    }
}
BENCHMARK(ProcessStartToFirstMap)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

// What every start pays before main(): mapping and relocating the shared
// libraries the program links (FFmpeg's are loaded only by films, see
// export/video_module.h). `--version` does nothing else.
static void ProcessVersion(benchmark::State &state)
{
    for (auto _ : state) {
        QProcess process;
        process.start(QStringLiteral(CROSSROADS_EXECUTABLE), {QStringLiteral("--version")});
        if (!process.waitForFinished(20000) || process.exitCode() != 0)
            state.SkipWithError("crossroads --version failed");
    }
}
BENCHMARK(ProcessVersion)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(10);
