// SPDX-License-Identifier: GPL-3.0-or-later
// Boundaries from any OGR dataset: the shipped GeoPackage written out by
// OGR as GeoJSON, Shapefile and FlatGeobuf reads back the same; a layer of
// provinces is merged to countries by its country code, or refused; bad
// fields are named; outlines are cut at the map's seam.
#include "data/atlas_loader.h"
#include "data/boundary_loader.h"
#include "data/boundary_source_loader.h"
#include "data/data_folder.h"
#include "support/test_paths.h"

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogrsf_frmts.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

using namespace crossroads;

namespace {

QString shippedGpkg() { return DataFolder{QDir(test::geodata())}.boundaries(); }

// Writes the shipped countries layer to `path` in `format` with OGR.
bool translate(const QString &path, const char *format)
{
    GDALAllRegister();
    GDALDatasetH source = GDALOpenEx(shippedGpkg().toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    if (!source)
        return false;
    const char *argv[] = {"-f", format, "countries", nullptr};
    GDALVectorTranslateOptions *options = GDALVectorTranslateOptionsNew(const_cast<char **>(argv), nullptr);
    GDALDatasetH out = GDALVectorTranslate(path.toUtf8().constData(), nullptr, 1, &source, options, nullptr);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(source);
    if (out)
        GDALClose(out);
    return out != nullptr;
}

std::vector<Country> shipped()
{
    Result<std::vector<Country>> r = BoundaryLoader::load(shippedGpkg(), {QStringLiteral("countries")});
    EXPECT_TRUE(r.ok());
    return r.ok() ? r.value() : std::vector<Country>{};
}

Result<std::vector<Country>> loadSource(const QString &dataset, const QString &layer = {}, const QString &iso = {}, const QString &name = {})
{
    return BoundarySourceLoader::load(BoundarySource{dataset, layer, iso, name});
}

QString key(const Country &c) { return c.iso3 + u'|' + c.validFrom.toIsoString() + u'|' + c.validUntil.toIsoString(); }

// Area in square degrees, holes subtracted (enough to tell one province
// from a whole country).
double area(const Country &c)
{
    double total = 0;
    for (const Polygon &polygon : c.geometry)
        for (size_t r = 0; r < polygon.size(); ++r) {
            double twice = 0;
            const Ring &ring = polygon[r];
            for (size_t i = 0; i + 1 < ring.size(); ++i)
                twice += ring[i].lon * ring[i + 1].lat - ring[i + 1].lon * ring[i].lat;
            total += (r == 0 ? 1 : -1) * std::abs(twice) / 2;
        }
    return total;
}

std::map<QString, const Country *> byKey(const std::vector<Country> &countries)
{
    std::map<QString, const Country *> out;
    for (const Country &c : countries)
        out[key(c)] = &c;
    return out;
}

void expectSameAsShipped(const std::vector<Country> &loaded, const char *what)
{
    const std::vector<Country> reference = shipped();
    const auto expected = byKey(reference);
    const auto got = byKey(loaded);
    ASSERT_EQ(got.size(), expected.size()) << what;
    for (const auto &[k, country] : expected) {
        ASSERT_TRUE(got.count(k)) << what << ": " << k.toStdString();
        EXPECT_EQ(got.at(k)->name, country->name) << what << ": " << k.toStdString();
        EXPECT_NEAR(area(*got.at(k)), area(*country), 1e-6 + area(*country) * 1e-6) << what << ": " << k.toStdString();
    }
}

// Writes the shipped countries as a layer of "provinces": each country cut
// in two at its middle longitude, with Natural Earth's admin-1 fields
// (adm0_a3, admin = the country, name = the province).
QString writeProvinces(const QTemporaryDir &dir, bool withAdmin)
{
    GDALAllRegister();
    const QString path = dir.filePath(withAdmin ? QStringLiteral("provinces.gpkg") : QStringLiteral("provinces-noadmin.gpkg"));
    GDALDatasetUniquePtr source(GDALDataset::Open(shippedGpkg().toUtf8().constData(), GDAL_OF_VECTOR));
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr out(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRLayer *in = source->GetLayerByName("countries");
    OGRLayer *layer = out->CreateLayer("states_provinces", in->GetSpatialRef(), wkbMultiPolygon, nullptr);
    for (const char *field : {"adm0_a3", "admin", "name", "valid_from", "valid_until"}) {
        if (!withAdmin && QLatin1String(field) == QLatin1String("admin"))
            continue;
        OGRFieldDefn definition(field, OFTString);
        layer->CreateField(&definition);
    }
    for (auto &feature : *in) {
        const OGRGeometry *geometry = feature->GetGeometryRef();
        OGREnvelope envelope;
        geometry->getEnvelope(&envelope);
        const double middle = (envelope.MinX + envelope.MaxX) / 2;
        const double cuts[2][2] = {{envelope.MinX - 1, middle}, {middle, envelope.MaxX + 1}};
        for (int half = 0; half < 2; ++half) {
            OGRLinearRing ring;
            ring.addPoint(cuts[half][0], -90);
            ring.addPoint(cuts[half][1], -90);
            ring.addPoint(cuts[half][1], 90);
            ring.addPoint(cuts[half][0], 90);
            ring.closeRings();
            OGRPolygon box;
            box.addRing(&ring);
            std::unique_ptr<OGRGeometry> piece(geometry->Intersection(&box));
            if (!piece || piece->IsEmpty())
                continue;
            OGRFeature province(layer->GetLayerDefn());
            province.SetField("adm0_a3", feature->GetFieldAsString("iso_a3"));
            if (withAdmin)
                province.SetField("admin", feature->GetFieldAsString("name"));
            province.SetField("name", (std::string(feature->GetFieldAsString("name")) + (half ? " East" : " West")).c_str());
            province.SetField("valid_from", feature->GetFieldAsString("valid_from"));
            province.SetField("valid_until", feature->GetFieldAsString("valid_until"));
            province.SetGeometry(OGRGeometryFactory::forceToMultiPolygon(piece.release()));
            EXPECT_EQ(layer->CreateFeature(&province), OGRERR_NONE);
        }
    }
    return path;
}

} // namespace

// Mutation tried: the loader ignoring the Shapefile's 10-character
// valid_unti (SFR and FR Yugoslavia then fell into one outline: sizes differ).
TEST(BoundarySource, GeoJsonShapefileAndFlatGeobufReadAsTheGeoPackage)
{
    QTemporaryDir dir;
    const std::pair<QString, const char *> formats[] = {{dir.filePath(QStringLiteral("countries.geojson")), "GeoJSON"},
                                                        {dir.filePath(QStringLiteral("countries.fgb")), "FlatGeobuf"},
                                                        {dir.filePath(QStringLiteral("shp")), "ESRI Shapefile"}};
    for (const auto &[path, format] : formats) {
        ASSERT_TRUE(translate(path, format)) << format;
        const QString dataset = QFileInfo(path).isDir() ? path + QStringLiteral("/countries.shp") : path;
        Result<std::vector<Country>> loaded = loadSource(dataset);
        ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
        expectSameAsShipped(loaded.value(), format);
    }
}

// Mutation tried: merge() keeping only the first part (every country was
// its western half: the areas differ).
TEST(BoundarySource, ProvincesAreMergedToCountriesByTheirCountryCode)
{
    QTemporaryDir dir;
    const QString provinces = writeProvinces(dir, true);
    Result<std::vector<Country>> loaded = loadSource(provinces, QStringLiteral("states_provinces"));
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    // One outline per country (and epoch), named after the country, never
    // one province per country.
    expectSameAsShipped(loaded.value(), "admin-1");
}

// Mutation tried: no check for several names under one code (Kazakhstan
// loaded as "Kazakhstan West").
TEST(BoundarySource, ProvincesWithoutTheCountrysNameAreRefused)
{
    QTemporaryDir dir;
    const QString provinces = writeProvinces(dir, false);
    Result<std::vector<Country>> loaded = loadSource(provinces, QStringLiteral("states_provinces"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error().file == provinces);
    EXPECT_TRUE(loaded.error().message.contains(QLatin1String("parts of countries"))) << loaded.error().toString().toStdString();
    EXPECT_TRUE(loaded.error().message.contains(QLatin1String("--name-field"))) << loaded.error().toString().toStdString();
    // A name field that names the provinces is refused the same way.
    loaded = loadSource(provinces, QStringLiteral("states_provinces"), {}, QStringLiteral("name"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error().message.contains(QLatin1String("field 'name' does not hold the country's name"))) << loaded.error().toString().toStdString();
}

// Mutation tried: a named field ignored for the default fields (the load
// succeeded with iso_a3 and name).
TEST(BoundarySource, BadFieldsAndLayersAreNamed)
{
    Result<std::vector<Country>> loaded = loadSource(shippedGpkg(), QStringLiteral("countries"), QStringLiteral("iso_code"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().file, shippedGpkg());
    EXPECT_TRUE(loaded.error().message.contains(QLatin1String("no field 'iso_code' for the country code"))) << loaded.error().toString().toStdString();
    loaded = loadSource(shippedGpkg(), QStringLiteral("countries"), {}, QStringLiteral("label"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error().message.contains(QLatin1String("no field 'label' for the country's name"))) << loaded.error().toString().toStdString();
    loaded = loadSource(shippedGpkg(), QStringLiteral("provinces"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error().message.contains(QLatin1String("no layer named 'provinces'"))) << loaded.error().toString().toStdString();
    // A field of province names is no country code.
    loaded = loadSource(shippedGpkg(), QStringLiteral("countries"), QStringLiteral("name"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error().message.contains(QLatin1String("is not an ISO 3166-1 alpha-3 country code"))) << loaded.error().toString().toStdString();
    loaded = loadSource(QStringLiteral("/nonexistent/countries.fgb"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().message, QStringLiteral("no such file"));
}

// Mutation tried: cutAtSeam returning the outline as it came (one polygon
// spanning 130°W to 120°W).
TEST(BoundarySource, OutlinesCrossingTheSeamAreCutThere)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seam.geojson"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"iso_a3":"CAN","name":"Canada"},
        "geometry":{"type":"Polygon","coordinates":[[[-130,50],[-120,50],[-120,60],[-130,60],[-130,50]]]}}]})");
    file.close();
    Result<std::vector<Country>> loaded = loadSource(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    ASSERT_EQ(loaded.value().size(), 1u);
    const Country &canada = loaded.value().front();
    ASSERT_EQ(canada.geometry.size(), 2u);
    for (const Polygon &polygon : canada.geometry) {
        bool west = false, east = false;
        for (const LonLat &p : polygon.front()) {
            west |= p.lon < BoundarySourceLoader::kSeamLongitude;
            east |= p.lon > BoundarySourceLoader::kSeamLongitude;
        }
        EXPECT_NE(west, east) << "a part lies on both sides of the seam";
    }
    EXPECT_NEAR(area(canada), 100.0, 1e-4);
}

// Mutation tried: AtlasLoader ignoring region.json's "boundaries" (the
// atlas had the shipped GeoPackage's countries, not the one from the file).
TEST(BoundarySource, TheDataFolderCanNameItsBoundaries)
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    ASSERT_TRUE(root.mkpath(QStringLiteral("timeline")));
    ASSERT_TRUE(translate(dir.filePath(QStringLiteral("world.fgb")), "FlatGeobuf"));
    QFile region(dir.filePath(QStringLiteral("region.json")));
    ASSERT_TRUE(region.open(QIODevice::WriteOnly));
    region.write(R"({"focus": ["KAZ"], "home": [25, 12, 90, 56],
        "boundaries": {"source": "world.fgb", "iso_field": "iso_a3", "name_field": "name"}})");
    region.close();
    AtlasLoader::Report report = AtlasLoader::load(dir.path());
    ASSERT_TRUE(report.atlas) << (report.errors.empty() ? "" : report.errors.front().toString().toStdString());
    ASSERT_NE(report.atlas->country(QStringLiteral("KAZ")), nullptr);
    EXPECT_EQ(report.atlas->countries.size(), shipped().size());

    // A misspelt field there is named with region.json's source.
    ASSERT_TRUE(region.open(QIODevice::WriteOnly | QIODevice::Truncate));
    region.write(R"({"focus": ["KAZ"], "home": [25, 12, 90, 56], "boundaries": {"source": "world.fgb", "iso_field": "iso"}})");
    region.close();
    report = AtlasLoader::load(dir.path());
    EXPECT_FALSE(report.atlas);
    ASSERT_FALSE(report.errors.empty());
    const QString message = report.errors.front().toString();
    EXPECT_TRUE(message.startsWith(dir.filePath(QStringLiteral("world.fgb")))) << message.toStdString();
    EXPECT_TRUE(message.contains(QLatin1String("no field 'iso' for the country code"))) << message.toStdString();
}
