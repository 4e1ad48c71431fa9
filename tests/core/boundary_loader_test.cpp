// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/boundary_loader.h"
#include "data/data_folder.h"
#include "data/gdal_handles.h"
#include "support/test_paths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace crossroads;

namespace {

std::vector<Country> shipped()
{
    Result<std::vector<Country>> r = BoundaryLoader::load(DataFolder{QDir(test::geodata())}.boundaries(), {QStringLiteral("countries")});
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().toString().toStdString());
    return r.ok() ? r.value() : std::vector<Country>{};
}

const Country *find(const std::vector<Country> &countries, const char *code)
{
    for (const Country &c : countries)
        if (c.iso3 == QLatin1String(code))
            return &c;
    return nullptr;
}

} // namespace

TEST(BoundaryLoader, LoadsEveryCountryTheOverlaysNeed)
{
    const std::vector<Country> countries = shipped();
    for (const char *code : {"AZE", "ARM", "GEO", "KAZ", "UZB", "TKM", "KGZ", "TJK", "IRN", "TUR", "ISR", "PSE", "SAU", "ARE",
                             "BHR", "IRQ", "SYR", "JOR", "LBN", "EGY", "ITA", "ALB", "XKX", "GRC", "IND", "PAK", "AFG", "RUS",
                             "CHN", "USA", "MAR", "SDN"}) {
        const Country *c = find(countries, code);
        ASSERT_NE(c, nullptr) << code;
        EXPECT_FALSE(c->geometry.empty()) << code;
    }
}

// Mutation tried: the "sources" column not read (every list empty).
TEST(BoundaryLoader, EpochsCiteTheActTheyStartWith)
{
    const std::vector<Country> countries = shipped();
    auto sourcesOf = [&](const char *code, const char *from) {
        for (const Country &c : countries)
            if (c.iso3 == QLatin1String(code) && c.validFrom.toIsoString() == QLatin1String(from))
                return c.sources;
        return QStringList{QStringLiteral("(no such epoch)")};
    };
    EXPECT_EQ(sourcesOf("YUG", "1992-04-27"), QStringList{QStringLiteral("fry-constitution-1992")});
    EXPECT_EQ(sourcesOf("ERI", "1993-05-24"), QStringList{QStringLiteral("unga-res-47-230-1993")});
    EXPECT_EQ(sourcesOf("SSD", "2011-07-09"), QStringList{QStringLiteral("unsc-res-1999-2011")});
    // Epochs open since before the map were not cut by a dated act.
    EXPECT_TRUE(find(countries, "AZE")->sources.isEmpty());
}

TEST(BoundaryLoader, KosovoComesOutAsXkxNotMinus99)
{
    const std::vector<Country> countries = shipped();
    const Country *kosovo = find(countries, "XKX");
    ASSERT_NE(kosovo, nullptr);
    EXPECT_EQ(kosovo->name, QStringLiteral("Kosovo"));
    EXPECT_EQ(find(countries, "-99"), nullptr);
    // The mapping itself, for the Natural Earth records that carry -99.
    EXPECT_EQ(BoundaryLoader::resolveMissingIso3(QStringLiteral("XK"), QString()), QStringLiteral("XKX"));
    EXPECT_EQ(BoundaryLoader::resolveMissingIso3(QStringLiteral("-99"), QStringLiteral("Kosovo")), QStringLiteral("XKX"));
    EXPECT_EQ(BoundaryLoader::resolveMissingIso3(QStringLiteral("-99"), QStringLiteral("France")), QStringLiteral("FRA"));
    EXPECT_EQ(BoundaryLoader::resolveMissingIso3(QStringLiteral("-99"), QStringLiteral("Somaliland")), QString());
}

TEST(BoundaryLoader, NakhchivanIsPartOfAzerbaijan)
{
    const std::vector<Country> countries = shipped();
    const Country *aze = find(countries, "AZE");
    ASSERT_NE(aze, nullptr);
    // Nakhchivan is a separate part west of Armenia, around 45.4°E 39.2°N.
    bool found = false;
    for (const Polygon &p : aze->geometry) {
        double minLon = 180, maxLon = -180;
        for (const LonLat &q : p.front()) {
            minLon = std::min(minLon, q.lon);
            maxLon = std::max(maxLon, q.lon);
        }
        found = found || (minLon < 45.5 && maxLon < 46.7 && maxLon > 45.5);
    }
    EXPECT_TRUE(found);
}

TEST(BoundaryLoader, ReadsGeoJsonAndFirstLayerByDefault)
{
    Result<std::vector<Country>> r = BoundaryLoader::load(test::testData(QStringLiteral("boundaries/two_countries.geojson")));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    ASSERT_EQ(r.value().size(), 2u);
    EXPECT_EQ(r.value()[0].iso3, QStringLiteral("AAA"));
    EXPECT_EQ(r.value()[1].iso3, QStringLiteral("XKX"));  // -99 + Kosovo
}

struct BadBoundary
{
    const char *file;
    const char *layer;
    const char *expected;  // part of the message
};

class BoundaryLoaderBadInput : public testing::TestWithParam<BadBoundary>
{
};

TEST_P(BoundaryLoaderBadInput, GivesAClearErrorNamingTheFile)
{
    const BadBoundary &bad = GetParam();
    const QString path = test::testData(QString::fromLatin1(bad.file));
    Result<std::vector<Country>> r = BoundaryLoader::load(path, {QString::fromLatin1(bad.layer)});
    ASSERT_FALSE(r.ok());
    const QString message = r.error().toString();
    EXPECT_TRUE(message.startsWith(path)) << message.toStdString();
    EXPECT_TRUE(message.contains(QString::fromLatin1(bad.expected))) << message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, BoundaryLoaderBadInput,
    testing::Values(BadBoundary{"boundaries/missing.gpkg", "", "no such file"},
                    BadBoundary{"boundaries/not_a_map.txt", "", "not a vector dataset"},
                    BadBoundary{"boundaries/truncated.gpkg", "countries", "not a vector dataset"},
                    BadBoundary{"boundaries/empty.geojson", "", "no features"},
                    BadBoundary{"boundaries/two_countries.geojson", "rivers", "no layer named 'rivers'"},
                    BadBoundary{"boundaries/points.geojson", "", "not a polygon"},
                    BadBoundary{"boundaries/no_geometry.geojson", "", "no geometry"},
                    BadBoundary{"boundaries/bad_ring.geojson", "", "invalid geometry"},
                    BadBoundary{"boundaries/no_code.geojson", "", "no country code field"}));

// The record's GeoPackage is opened with GDAL's GeoPackage driver alone:
// registering all of them takes longer than reading the file.
// Mutation tried: openVector() registering every driver first -> the
// shapefile driver is there.
TEST(GdalOpen, AGeoPackageNeedsOnlyItsOwnDriver)
{
    if (GetGDALDriverManager()->GetDriverCount() > 2)
        GTEST_SKIP() << "this process registered GDAL's drivers before the test";
    GDALDatasetUniquePtr dataset = gdal::openVector(DataFolder{QDir(test::geodata())}.boundaries());
    ASSERT_NE(dataset, nullptr);
    EXPECT_STREQ(dataset->GetDriverName(), "GPKG");
    EXPECT_EQ(GetGDALDriverManager()->GetDriverByName("ESRI Shapefile"), nullptr);
}

// A file named like a GeoPackage that is not one still opens with the
// driver that reads it.
// Mutation tried: no second try with every driver -> the file is refused.
TEST(GdalOpen, AFileNamedLikeAnotherFormatStillOpens)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("points.gpkg"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"a"},)"
               R"("geometry":{"type":"Point","coordinates":[49.9,40.4]}}]})");
    file.close();
    GDALDatasetUniquePtr dataset = gdal::openVector(path);
    ASSERT_NE(dataset, nullptr);
    EXPECT_STREQ(dataset->GetDriverName(), "GeoJSON");
    EXPECT_EQ(dataset->GetLayer(0)->GetFeatureCount(), 1);
}
