// SPDX-License-Identifier: GPL-3.0-or-later
// --boundaries PG:…: country boundaries from a PostGIS table, read through
// GDAL's PostgreSQL driver.
#include "cli/cli_support.h"
#include "pg_test_server.h"

namespace crossroads::test {
namespace {

// Mutation tried: BoundarySourceLoader checking that a PG: source exists as
// a file ("no such file", exit 2).
TEST(BoundariesFromPostgis, ATableAnswersAsTheGeoPackage)
{
    CROSSROADS_REQUIRE_PG(server);
    const QString conninfo = server->createDatabase(QStringLiteral("boundaries"));
    QProcess ogr2ogr;
    ogr2ogr.start(QStringLiteral("ogr2ogr"), {QStringLiteral("-f"), QStringLiteral("PostgreSQL"), QStringLiteral("PG:") + conninfo,
                                              geodata() + QStringLiteral("/boundaries/countries.gpkg"), QStringLiteral("countries"),
                                              QStringLiteral("-nln"), QStringLiteral("world")});
    ASSERT_TRUE(ogr2ogr.waitForFinished(120000) && ogr2ogr.exitCode() == 0) << ogr2ogr.readAllStandardError().toStdString();

    const QJsonObject reference = queryJson("2025-11-06");
    ASSERT_FALSE(reference.isEmpty());
    EXPECT_EQ(queryJson("2025-11-06", {QStringLiteral("--boundaries"), QStringLiteral("PG:") + conninfo,
                                       QStringLiteral("--boundaries-layer"), QStringLiteral("world")}),
              reference);
    // A layer the database does not have is named.
    const CommandRun missing = runCrossroads({QStringLiteral("query"), QStringLiteral("--date"), QStringLiteral("2025-11-06"),
                                              QStringLiteral("--boundaries"), QStringLiteral("PG:") + conninfo,
                                              QStringLiteral("--boundaries-layer"), QStringLiteral("provinces")});
    EXPECT_EQ(missing.code, 2);
    EXPECT_TRUE(missing.err.contains(QLatin1String("no layer named 'provinces'"))) << missing.err.toStdString();
}

} // namespace
} // namespace crossroads::test
