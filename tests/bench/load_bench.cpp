// SPDX-License-Identifier: GPL-3.0-or-later
// Issue target: a data folder with 100,000 generated events loads in < 1 s.
#include "bench_data.h"

#include "data/data_folder.h"
#include "data/timeline_loader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace crossroads;

static void LoadHundredThousandEvents(benchmark::State &state)
{
    QTemporaryDir dir;
    const QDir source(QStringLiteral(CROSSROADS_GEODATA));
    QDirIterator it(source.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = dir.filePath(source.relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(file, target);
    }
    const QStringList codes{QStringLiteral("AZE"), QStringLiteral("ARM"), QStringLiteral("KAZ"), QStringLiteral("UZB"), QStringLiteral("IRN")};
    QJsonArray events;
    for (int i = 0; i < 100000; ++i) {
        const QDate d = QDate(1991, 12, 26).addDays(i % 12000);
        events.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("generated-%1").arg(i)},
                                  {QStringLiteral("date"), d.toString(Qt::ISODate)},
                                  {QStringLiteral("title"), QStringLiteral("Generated event %1").arg(i)},
                                  {QStringLiteral("summary"), QStringLiteral("A generated event used to measure loading speed.")},
                                  {QStringLiteral("countries"), QJsonArray{codes[i % 5], codes[(i + 2) % 5]}},
                                  {QStringLiteral("certainty"), QStringLiteral("confirmed")},
                                  {QStringLiteral("sources"), QJsonArray{QStringLiteral("000_8dc81030165d37e0.txt")}}});
    }
    QFile out(DataFolder{QDir(dir.path())}.events());
    out.open(QIODevice::WriteOnly | QIODevice::Truncate);
    out.write(QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson(QJsonDocument::Indented));
    out.close();
    for (auto _ : state) {
        AtlasLoader::Report report = AtlasLoader::load(dir.path());
        if (report.atlas->timeline.events().size() != 100000)
            state.SkipWithError("not all events loaded");
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(LoadHundredThousandEvents)->Unit(benchmark::kMillisecond)->Iterations(3);
