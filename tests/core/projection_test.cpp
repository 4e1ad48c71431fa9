// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/geodesy.h"
#include "geo/projection.h"

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <thread>

using namespace crossroads;

namespace {

Projection make(const QString &definition)
{
    Result<Projection> p = Projection::create(definition);
    EXPECT_TRUE(p.ok()) << (p.ok() ? "" : p.error().toString().toStdString());
    return std::move(p).value();
}

struct City
{
    const char *name;
    double lon, lat;
    double x, y;  // from PROJ's cs2cs for the same definition, metres
};

} // namespace

// Reference values: cs2cs +proj=longlat +datum=WGS84 +to <definition>.
class RegionalProjection : public testing::TestWithParam<City>
{
};

TEST_P(RegionalProjection, MatchesCs2csWithinAMillimetre)
{
    const Projection p = make(defaultProjectionPreset().definition);
    const City &c = GetParam();
    const QPointF xy = p.forward(LonLat{c.lon, c.lat});
    EXPECT_NEAR(xy.x(), c.x, 0.001) << c.name;
    EXPECT_NEAR(xy.y(), c.y, 0.001) << c.name;
}

INSTANTIATE_TEST_SUITE_P(Cities, RegionalProjection,
                         testing::Values(City{"Baku", 49.8671, 40.4093, -431513.0733, 281840.6627},
                                         City{"Yerevan", 44.5152, 40.1872, -882818.2630, 294465.0011},
                                         City{"Tbilisi", 44.7930, 41.7151, -840965.3536, 462044.0780},
                                         City{"Tehran", 51.3890, 35.6892, -323965.1656, -252610.3189},
                                         City{"Astana", 71.4491, 51.1694, 1168505.5228, 1566750.4676},
                                         City{"Nakhchivan", 45.4127, 39.2089, -818691.9840, 177308.4160}));

TEST(Projection, WebMercatorMatchesCs2cs)
{
    const Projection p = make(QStringLiteral("EPSG:3857"));
    const QPointF baku = p.forward(LonLat{49.8671, 40.4093});
    EXPECT_NEAR(baku.x(), 5551180.1793, 0.001);
    EXPECT_NEAR(baku.y(), 4925600.1285, 0.001);
    const QPointF astana = p.forward(LonLat{71.4491, 51.1694});
    EXPECT_NEAR(astana.x(), 7953677.4296, 0.001);
    EXPECT_NEAR(astana.y(), 6651313.5009, 0.001);
}

TEST(Projection, RoundTripWithinAMillimetre)
{
    for (const ProjectionPreset &preset : projectionPresets()) {
        const Projection p = make(preset.definition);
        for (double lon = 20; lon <= 90; lon += 7.5)
            for (double lat = 10; lat <= 56; lat += 5.5) {
                const QPointF xy = p.forward(LonLat{lon, lat});
                const LonLat back = p.inverse(xy);
                // Compare in metres: back-project the round trip.
                const QPointF again = p.forward(back);
                EXPECT_NEAR(again.x(), xy.x(), 0.001) << preset.id.toStdString() << " " << lon << "," << lat;
                EXPECT_NEAR(again.y(), xy.y(), 0.001);
                EXPECT_LT(geodesy::distance(LonLat{lon, lat}, back), 0.001);
            }
    }
}

TEST(Projection, BatchedForwardEqualsSinglePoints)
{
    const Projection p = make(defaultProjectionPreset().definition);
    const std::vector<LonLat> points{{49.87, 40.41}, {44.52, 40.19}, {71.45, 51.17}};
    const std::vector<QPointF> batch = p.forward(points);
    ASSERT_EQ(batch.size(), points.size());
    for (size_t i = 0; i < points.size(); ++i) {
        EXPECT_DOUBLE_EQ(batch[i].x(), p.forward(points[i]).x());
        EXPECT_DOUBLE_EQ(batch[i].y(), p.forward(points[i]).y());
    }
}

// A copy is what lets a second thread project half of the outlines. It
// must be the same transformation and stand on its own: it is used on
// another thread while the source is in use, and outlives it. Checked
// failing with a copy made of a Web Mercator projection.
TEST(Projection, ACopyProjectsLikeItsSourceOnAnotherThread)
{
    const std::vector<LonLat> points{{49.87, 40.41}, {44.52, 40.19}, {71.45, 51.17}, {35.21, 31.77}, {58.38, 37.95}};
    for (const ProjectionPreset &preset : projectionPresets()) {
        auto source = std::make_unique<Projection>(make(preset.definition));
        Result<Projection> copied = source->clone();
        ASSERT_TRUE(copied.ok()) << copied.error().toString().toStdString();
        Projection copy = std::move(copied).value();
        const std::vector<QPointF> expected = source->forward(points);
        std::vector<std::vector<QPointF>> there;
        std::thread other([&] {
            for (int round = 0; round < 200; ++round)
                there.push_back(copy.forward(points));
        });
        for (int round = 0; round < 200; ++round)
            EXPECT_EQ(source->forward(points), expected);
        other.join();
        for (const std::vector<QPointF> &result : there)
            EXPECT_EQ(result, expected) << preset.id.toStdString();
        EXPECT_EQ(copy.wkt(), source->wkt());
        source.reset();
        EXPECT_EQ(copy.forward(points), expected) << "the copy outlives its source";
        EXPECT_EQ(copy.definition(), preset.definition);
    }
}

TEST(Projection, RejectsWhatProjCannotUse)
{
    Result<Projection> p = Projection::create(QStringLiteral("+proj=nonsense"));
    ASSERT_FALSE(p.ok());
    EXPECT_TRUE(p.error().message.contains(QStringLiteral("nonsense")));
}

TEST(Projection, WktNamesTheConic)
{
    const Projection p = make(defaultProjectionPreset().definition);
    EXPECT_TRUE(p.wkt().contains(QStringLiteral("Albers"))) << p.wkt().toStdString();
}

TEST(Geodesy, DistancesBetweenCapitalsAreRight)
{
    // Great-circle distances (mean earth radius): Baku-Yerevan ~ 452 km,
    // Baku-Tehran ~ 534 km (published airline distances, within 1 %).
    EXPECT_NEAR(geodesy::distance({49.8671, 40.4093}, {44.5152, 40.1872}) / 1000, 455, 5);
    EXPECT_NEAR(geodesy::distance({49.8671, 40.4093}, {51.3890, 35.6892}) / 1000, 540, 6);
    const std::vector<LonLat> path{{49.8671, 40.4093}, {44.5152, 40.1872}, {44.7930, 41.7151}};
    // An open path: no closing segment back to Baku.
    EXPECT_NEAR(geodesy::pathLength(path),
                geodesy::distance(path[0], path[1]) + geodesy::distance(path[1], path[2]), 1.0);
    EXPECT_DOUBLE_EQ(geodesy::pathLength(std::vector<LonLat>{{49.8671, 40.4093}}), 0.0);
}
