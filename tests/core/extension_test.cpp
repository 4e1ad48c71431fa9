// SPDX-License-Identifier: GPL-3.0-or-later
// What a data author can add without touching code, and what the exporter
// promises about scale.
#include "export/map_exporter.h"
#include "geo/geodesy.h"
#include "model/state_report.h"
#include "render/legend.h"
#include "support/test_data.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace crossroads;
using test::day;

TEST(DataExtension, ANewGroupNeedsNoCode)
{
    const test::DataFolderCopy data;
    QFile groups(data.path() + QStringLiteral("/timeline/groups.json"));
    ASSERT_TRUE(groups.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(groups.readAll()).object();
    groups.close();
    QJsonArray list = root.value(QStringLiteral("groups")).toArray();
    list.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("c5_plus_1")},
                            {QStringLiteral("name"), QStringLiteral("C5+1")},
                            {QStringLiteral("colour"), QStringLiteral("#009E73")},
                            {QStringLiteral("channel"), QStringLiteral("badge")}});
    root.insert(QStringLiteral("groups"), list);
    data.write(QStringLiteral("timeline/groups.json"), QJsonDocument(root).toJson());
    data.write(QStringLiteral("timeline/memberships.json"), R"({"standings": [
      {"id": "kaz-c5", "country": "KAZ", "group": "c5_plus_1", "standing": "member", "from": "2015-11-01",
       "certainty": "confirmed", "summary": "A founding member.", "sources": ["000_8dc81030165d37e0.txt"]}]})");
    const AtlasLoader::Report report = AtlasLoader::load(data.path());
    ASSERT_TRUE(report.errors.empty()) << report.errors.front().toString().toStdString();
    const MapRenderer renderer(ProjectedAtlas::build(report.atlas, defaultProjectionPreset()));
    EXPECT_TRUE(renderer.toggleableLayers().contains(QStringLiteral("c5_plus_1")));
    MapSettings settings;
    settings.date = day("2020-01-01");
    settings.layers = renderer.defaultLayers();
    bool inLegend = false;
    for (const LegendItem &item : legendItems(*report.atlas, settings, renderer.style()))
        inLegend = inLegend || (item.section == QLatin1String("C5+1") && item.standing == Standing::Member);
    EXPECT_TRUE(inLegend);
    const QJsonObject state = StateReport(*report.atlas, day("2020-01-01")).toJson();
    EXPECT_EQ(state.value(QStringLiteral("countries")).toObject().value(QStringLiteral("KAZ")).toObject().value(QStringLiteral("c5_plus_1")).toString(),
              QStringLiteral("member"));
}

TEST(ScaleBar, IsTrueAtTheMapCentre)
{
    const MapExporter exporter(test::shippedRenderer());
    ExportSettings s;
    s.date = day("2026-01-01");
    s.layers = test::shippedRenderer()->defaultLayers();
    for (const std::array<double, 4> extent : {std::array<double, 4>{24, 11, 90, 56}, std::array<double, 4>{43, 38, 47, 42}}) {
        s.extent = extent;
        const MapSettings map = exporter.mapSettings(s);
        const auto [km, pixels] = exporter.scaleBar(map, 160);
        ASSERT_GT(pixels, 40);
        // Measure the bar where it would lie across the centre, geodesically.
        const QPointF centre(map.viewport.size().width() / 2.0, map.viewport.size().height() / 2.0);
        const Projection &projection = test::shippedGeo()->projection();
        const LonLat a = projection.inverse(map.viewport.toMetres(centre - QPointF(pixels / 2, 0)));
        const LonLat b = projection.inverse(map.viewport.toMetres(centre + QPointF(pixels / 2, 0)));
        EXPECT_NEAR(geodesy::distance(a, b) / 1000.0, km, km * 0.01);
        // And a round number.
        const double mantissa = km / std::pow(10.0, std::floor(std::log10(km)));
        EXPECT_TRUE(mantissa == 1 || mantissa == 2 || mantissa == 5) << km;
    }
}
