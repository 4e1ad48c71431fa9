// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: loading the whole record from the shared PostGIS store against
// loading it from the folder, with the shipped data and with 100,000
// generated events. Starts its own server (tests/db/pg_test_server.h);
// skipped when PostgreSQL is not installed.
#include "data/atlas_loader.h"
#include "db/db_snapshot.h"
#include "db/folder_exporter.h"
#include "db/pg_connection.h"
#include "db/db_schema.h"
#include "db/folder_importer.h"
#include "db/pg_test_server.h"  // tests/db

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace crossroads;

namespace {

// A loaded store per size, made once for all runs.
QString store(int generatedEvents)
{
    static QHash<int, QString> made;
    if (made.contains(generatedEvents))
        return made.value(generatedEvents);
    test::PgTestServer *server = test::PgTestServer::instance();
    if (!server)
        return {};
    const QString name = QStringLiteral("bench_%1").arg(generatedEvents);
    const QString conninfo = server->createDatabase(name, false);
    Result<PgConnection> c = PgConnection::open(conninfo);
    if (!c || DbSchema::init(c.value()) || FolderImporter::import(c.value(), QStringLiteral(CROSSROADS_GEODATA)))
        return {};
    if (generatedEvents > 0) {
        // Spread over 33 years and five countries, like the folder benchmark.
        const QString sql = QStringLiteral(
            "INSERT INTO record (file, collection, ord, body) "
            "SELECT 'timeline/events.json', 'events', 100000 + n, jsonb_build_object("
            "'id', 'generated-' || n, 'date', to_char(date '1991-12-26' + (n % 12000), 'YYYY-MM-DD'), "
            "'title', 'Generated event ' || n, 'summary', 'A generated event used to measure loading speed.', "
            "'countries', jsonb_build_array((ARRAY['AZE','ARM','KAZ','UZB','IRN'])[1 + n % 5], (ARRAY['AZE','ARM','KAZ','UZB','IRN'])[1 + (n + 2) % 5]), "
            "'certainty', 'confirmed', 'sources', jsonb_build_array('000_8dc81030165d37e0.txt')) "
            "FROM generate_series(0, %1 - 1) AS n")
                                .arg(generatedEvents);
        if (!server->sql(name, sql).isEmpty())
            return {};
    }
    made.insert(generatedEvents, conninfo);
    return conninfo;
}

// The same record as a folder, written by the store's own export.
QString folder(int generatedEvents)
{
    static QHash<int, std::shared_ptr<QTemporaryDir>> made;
    if (!made.contains(generatedEvents)) {
        auto dir = std::make_shared<QTemporaryDir>();
        Result<PgConnection> c = PgConnection::open(store(generatedEvents));
        if (!c || FolderExporter::writeInto(c.value(), dir->path()))
            return {};
        made.insert(generatedEvents, dir);
    }
    return made.value(generatedEvents)->path();
}

void loadFromStore(benchmark::State &state)
{
    const QString conninfo = store(int(state.range(0)));
    if (conninfo.isEmpty())
        return state.SkipWithError("no PostgreSQL server (install postgresql-15 and postgresql-15-postgis-3)");
    size_t events = 0;
    for (auto _ : state) {
        Result<QString> dir = DbSnapshot::materialise(conninfo);
        if (!dir)
            return state.SkipWithError(dir.error().toString().toUtf8().constData());
        AtlasLoader::Report report = AtlasLoader::load(dir.value());
        events = report.atlas ? report.atlas->timeline.events().size() : 0;
        benchmark::DoNotOptimize(report);
        QDir(dir.value()).removeRecursively();  // each run is a new snapshot
    }
    state.counters["events"] = double(events);
}

void loadFromFolder(benchmark::State &state)
{
    const QString dir = folder(int(state.range(0)));
    if (dir.isEmpty())
        return state.SkipWithError("no PostgreSQL server to make the folder from");
    size_t events = 0;
    for (auto _ : state) {
        AtlasLoader::Report report = AtlasLoader::load(dir);
        events = report.atlas ? report.atlas->timeline.events().size() : 0;
        benchmark::DoNotOptimize(report);
    }
    state.counters["events"] = double(events);
}

} // namespace

BENCHMARK(loadFromFolder)->Name("LoadRecord/Folder")->Arg(0)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(loadFromStore)->Name("LoadRecord/PostGIS")->Arg(0)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(5);
