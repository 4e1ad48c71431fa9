// SPDX-License-Identifier: GPL-3.0-or-later
// Rendering across boundary epochs: a date change inside an epoch only
// recolours (no geometry build, counted), crossing one swaps the epoch's
// outlines, and disputed territory looks different as its record changes.
#include "support/test_data.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

using namespace crossroads;

namespace {

MapSettings caucasus(const Date &date)
{
    return test::probingSettings(date, test::shippedGeo()->projectBox(45.5, 39.2, 47.8, 40.7), {900, 700});  // Karabakh and around
}

QImage render(const MapSettings &s, RenderCache *cache) { return test::renderShipped(s, cache); }

// Pixels of a small square around a place, as a signature of how it looks.
std::vector<QRgb> probe(const QImage &image, const MapSettings &s, LonLat at)
{
    const QPoint p = s.viewport.toPixels(test::shippedGeo()->project(at)).toPoint();
    std::vector<QRgb> out;
    for (int dy = -6; dy <= 6; ++dy)
        for (int dx = -6; dx <= 6; ++dx)
            out.push_back(image.pixel(p + QPoint(dx, dy)) & 0xffffff);
    return out;
}

} // namespace

// Mutation tried: removing the territory layer from MapRenderer made the
// three probes equal and this test fail.
TEST(EpochRender, KarabakhLooksDifferentIn2000And2022And2024)
{
    const LonLat agdam{46.93, 39.99};        // held 1994-2020, Azerbaijani after
    const LonLat stepanakert{46.752, 39.815}; // NKR until 2023
    RenderCache cache;
    const MapSettings s2000 = caucasus(test::day("2000-06-01"));
    const MapSettings s2022 = caucasus(test::day("2022-06-01"));
    const MapSettings s2024 = caucasus(test::day("2024-06-01"));
    const QImage a = render(s2000, &cache);
    const QImage b = render(s2022, &cache);
    const QImage c = render(s2024, &cache);
    // Agdam: marked in 2000, plain in 2022.
    EXPECT_NE(probe(a, s2000, agdam), probe(b, s2022, agdam));
    // Stepanakert: marked in 2022, plain in 2024.
    EXPECT_NE(probe(b, s2022, stepanakert), probe(c, s2024, stepanakert));
    // In 2024 the former NKR area looks like the rest of Azerbaijan.
    const QRgb plain = c.pixel(s2024.viewport.toPixels(test::shippedGeo()->project({47.6, 40.4})).toPoint()) & 0xffffff;
    const std::vector<QRgb> around = probe(c, s2024, {46.70, 39.90});
    EXPECT_EQ(std::count(around.begin(), around.end(), plain), qsizetype(around.size()));
}

// Mutation tried: dropping the epoch from RenderCache::Key (the cache then
// kept 2009's id buffer for 1995: no build counted when crossing, the checks
// after 1995 failed).
TEST(EpochRender, DateChangeInsideAnEpochBuildsNoGeometry)
{
    MapSettings s;
    s.viewport.setSize({800, 600});
    s.viewport.fitExtent(test::shippedGeo()->projectBox(18.0, 40.5, 23.5, 44.5));  // the Balkans
    s.layers = test::shippedRenderer()->defaultLayers();
    RenderCache cache;
    const int projections = ProjectedAtlas::buildCount();

    s.date = test::day("2009-01-01");
    render(s, &cache);
    EXPECT_EQ(cache.geometryBuilds, 1);
    s.date = test::day("2010-06-01");  // same epoch (2008-02-17 .. 2011-07-09)
    render(s, &cache);
    s.date = test::day("2011-07-08");
    render(s, &cache);
    EXPECT_EQ(cache.geometryBuilds, 1);

    s.date = test::day("1995-01-01");  // another epoch: one build
    const QImage before = render(s, &cache);
    EXPECT_EQ(cache.geometryBuilds, 2);
    s.date = test::day("2009-01-01");  // back: the kept epoch, no build
    const QImage after = render(s, &cache);
    EXPECT_EQ(cache.geometryBuilds, 2);
    EXPECT_EQ(ProjectedAtlas::buildCount(), projections);  // nothing reprojected

    // And the epochs really differ: Kosovo's and Montenegro's borders.
    EXPECT_NE(before, after);
    const ProjectedAtlas &geo = *test::shippedGeo();
    const QPointF pristina = geo.project({21.166, 42.667});
    EXPECT_EQ(geo.atlas().countries[size_t(geo.countryAt(pristina, test::day("1995-01-01")))].iso3, QStringLiteral("YUG"));
    EXPECT_EQ(geo.atlas().countries[size_t(geo.countryAt(pristina, test::day("2009-01-01")))].iso3, QStringLiteral("XKX"));
}
