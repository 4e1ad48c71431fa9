// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/boundary_loader.h"

#include "data/gdal_handles.h"

#include <ogr_api.h>

#include <QFileInfo>

#include <cmath>
#include <memory>

namespace crossroads {
namespace {

QString featureLabel(const QString &name, GIntBig fid)
{
    return name.isEmpty() ? QStringLiteral("feature %1").arg(fid)
                          : QStringLiteral("feature %1 ('%2')").arg(fid).arg(name);
}

// Reads one ring, checking what would break drawing and hit testing:
// too few points, non-finite or out-of-range coordinates. Closes the ring if
// the source left it open.
std::optional<QString> readRing(const OGRLinearRing *source, Ring &ring)
{
    const int count = source ? source->getNumPoints() : 0;
    if (count < 3)
        return QStringLiteral("a ring has %1 points; a polygon ring needs at least 3").arg(count);
    ring.resize(size_t(count));
    for (int i = 0; i < count; ++i) {
        const double lon = source->getX(i);
        const double lat = source->getY(i);
        if (!std::isfinite(lon) || !std::isfinite(lat) || std::abs(lon) > 180.0 + 1e-9 || std::abs(lat) > 90.0 + 1e-9)
            return QStringLiteral("point %1 of a ring is not a longitude/latitude (%2, %3)").arg(i).arg(lon).arg(lat);
        ring[size_t(i)] = {lon, lat};
    }
    if (!(ring.front() == ring.back()))
        ring.push_back(ring.front());
    return std::nullopt;
}

std::optional<QString> readPolygon(const OGRPolygon *source, Polygon &polygon)
{
    if (source->IsEmpty())
        return std::nullopt;
    Ring outer;
    if (auto problem = readRing(source->getExteriorRing(), outer))
        return problem;
    polygon.push_back(std::move(outer));
    for (int i = 0; i < source->getNumInteriorRings(); ++i) {
        Ring hole;
        if (auto problem = readRing(source->getInteriorRing(i), hole))
            return problem;
        polygon.push_back(std::move(hole));
    }
    return std::nullopt;
}

// A point inside the largest part, for the label: OGR's point-on-surface
// (GEOS) of that part, which unlike a centroid never falls outside a
// crescent-shaped country.
LonLat labelPointOf(const OGRGeometry *geometry)
{
    const OGRPolygon *largest = nullptr;
    double largestArea = -1.0;
    auto consider = [&](const OGRPolygon *polygon) {
        const double area = polygon->get_Area();
        if (area > largestArea) {
            largestArea = area;
            largest = polygon;
        }
    };
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPolygon) {
        consider(geometry->toPolygon());
    } else {
        for (const OGRGeometry *part : *geometry->toMultiPolygon())
            consider(part->toPolygon());
    }
    if (!largest)
        return {};
    // OGRSurface::PointOnSurface is unsupported in GDAL 3.6; the C API's
    // OGR_G_PointOnSurface goes through GEOS.
    if (OGRGeometryH point = OGR_G_PointOnSurface(OGRGeometry::ToHandle(const_cast<OGRPolygon *>(largest)))) {
        const LonLat result{OGR_G_GetX(point, 0), OGR_G_GetY(point, 0)};
        OGR_G_DestroyGeometry(point);
        return result;
    }
    OGREnvelope envelope;
    largest->getEnvelope(&envelope);
    return {(envelope.MinX + envelope.MaxX) / 2, (envelope.MinY + envelope.MaxY) / 2};
}

// Reads a polygon or multipolygon geometry into `out`.
std::optional<QString> readGeometry(const OGRGeometry *geometry, MultiPolygon &out)
{
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPolygon) {
        Polygon polygon;
        auto problem = readPolygon(geometry->toPolygon(), polygon);
        if (!polygon.empty())
            out.push_back(std::move(polygon));
        return problem;
    }
    if (type == wkbMultiPolygon) {
        for (const OGRGeometry *part : *geometry->toMultiPolygon()) {
            Polygon polygon;
            if (auto problem = readPolygon(part->toPolygon(), polygon))
                return problem;
            if (!polygon.empty())
                out.push_back(std::move(polygon));
        }
        return std::nullopt;
    }
    return QStringLiteral("the geometry is a %1, not a polygon or multipolygon").arg(QString::fromUtf8(OGRGeometryTypeToName(type)));
}

// A validity field: unset, NULL or empty is open; otherwise a day.
std::optional<QString> readValidity(OGRFeature &feature, int field, const char *name, Date &out)
{
    if (field < 0 || !feature.IsFieldSetAndNotNull(field))
        return std::nullopt;
    QString text = QString::fromUtf8(feature.GetFieldAsString(field)).trimmed();
    // Drivers that detect dates (GeoJSON, GPKG DATE columns) hand them over
    // typed, printed as YYYY/MM/DD.
    const OGRFieldType type = feature.GetFieldDefnRef(field)->GetType();
    if (type == OFTDate || type == OFTDateTime) {
        int y = 0, m = 0, d = 0, h = 0, min = 0, tz = 0;
        float sec = 0;
        if (feature.GetFieldAsDateTime(field, &y, &m, &d, &h, &min, &sec, &tz))
            text = QDate(y, m, d).toString(Qt::ISODate);
    }
    if (text.isEmpty())
        return std::nullopt;
    Result<Date> date = Date::parse(text);
    if (!date || date.value().precision() != DatePrecision::Day)
        return QStringLiteral("%1 '%2' is not a day (YYYY-MM-DD)").arg(QLatin1String(name), text);
    out = date.value();
    return std::nullopt;
}

} // namespace

QString BoundaryLoader::resolveMissingIso3(const QString &iso2, const QString &name)
{
    // Natural Earth leaves these without ISO_A3 for political or technical
    // reasons. XKX is the code the EU and IMF use for Kosovo.
    static const std::pair<const char *, const char *> byIso2[] = {{"XK", "XKX"}, {"FR", "FRA"}, {"NO", "NOR"}};
    static const std::pair<const char *, const char *> byName[] = {{"Kosovo", "XKX"}, {"France", "FRA"}, {"Norway", "NOR"}};
    for (const auto &[code2, code3] : byIso2)
        if (iso2 == QLatin1String(code2))
            return QString::fromLatin1(code3);
    for (const auto &[countryName, code3] : byName)
        if (name == QLatin1String(countryName))
            return QString::fromLatin1(code3);
    return {};
}

Result<std::vector<Country>> BoundaryLoader::load(const QString &path, const Options &options)
{
    auto fail = [&](const QString &place, const QString &message) { return Error{path, place, message}; };

    Result<gdal::OpenLayer> opened = gdal::openLayer(path, path, options.layer);
    if (!opened)
        return opened.error();
    GDALDatasetUniquePtr dataset = std::move(opened.value().dataset);
    OGRLayer *layer = opened.value().layer;
    const QString layerName = QString::fromUtf8(layer->GetName());
    if (layer->GetGeomType() == wkbNone)
        return fail(QStringLiteral("layer '%1'").arg(layerName), QStringLiteral("the layer has no geometry"));

    if (layer->GetFeatureCount(TRUE) == 0)
        return fail(QStringLiteral("layer '%1'").arg(layerName), QStringLiteral("the layer has no features"));
    OGRFeatureDefn *definition = layer->GetLayerDefn();
    const int codeField = gdal::firstField(definition, {"iso_a3", "ISO_A3", "ADM0_A3", "adm0_a3", "iso3", "ISO3"});
    const int iso2Field = gdal::firstField(definition, {"iso_a2", "ISO_A2", "iso2"});
    const int nameField = gdal::firstField(definition, {"name", "NAME", "ADMIN", "admin", "NAME_LONG"});
    const int fromField = definition->GetFieldIndex("valid_from");
    const int untilField = definition->GetFieldIndex("valid_until");
    const int sourcesField = definition->GetFieldIndex("sources");
    if (codeField < 0)
        return fail(QStringLiteral("layer '%1'").arg(layerName),
                    QStringLiteral("no country code field (expected one of iso_a3, ISO_A3, ADM0_A3, iso3)"));

    // Transform to WGS 84 lon/lat when the source is in another CRS.
    Result<std::unique_ptr<OGRCoordinateTransformation>> transform = gdal::toLonLat(*layer);
    if (!transform)
        return fail(QStringLiteral("layer '%1'").arg(layerName), transform.error().message);
    std::unique_ptr<OGRCoordinateTransformation> toLonLat = std::move(transform.value());

    // No reserve() from the file's own feature count: a damaged file can
    // claim billions.
    std::vector<Country> countries;
    layer->ResetReading();
    CPLErrorReset();
    for (OGRFeatureUniquePtr feature(layer->GetNextFeature()); feature; feature.reset(layer->GetNextFeature())) {
        Country country;
        country.name = nameField >= 0 ? QString::fromUtf8(feature->GetFieldAsString(nameField)) : QString();
        const QString place = featureLabel(country.name, feature->GetFID());
        country.iso3 = QString::fromUtf8(feature->GetFieldAsString(codeField)).trimmed().toUpper();
        if (country.iso3.isEmpty() || country.iso3 == QLatin1String("-99")) {
            const QString iso2 = iso2Field >= 0 ? QString::fromUtf8(feature->GetFieldAsString(iso2Field)) : QString();
            country.iso3 = resolveMissingIso3(iso2, country.name);
        }

        if (auto problem = readValidity(*feature, fromField, "valid_from", country.validFrom))
            return fail(place, *problem);
        if (auto problem = readValidity(*feature, untilField, "valid_until", country.validUntil))
            return fail(place, *problem);
        if (country.validFrom.isValid() && country.validUntil.isValid() &&
            country.validUntil.julianDay() <= country.validFrom.julianDay())
            return fail(place, QStringLiteral("valid_until %1 is not after valid_from %2")
                                   .arg(country.validUntil.toIsoString(), country.validFrom.toIsoString()));

        if (sourcesField >= 0 && feature->IsFieldSetAndNotNull(sourcesField))
            for (const QString &id : QString::fromUtf8(feature->GetFieldAsString(sourcesField)).split(u',', Qt::SkipEmptyParts))
                country.sources << id.trimmed();

        OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty())
            return fail(place, QStringLiteral("the feature has no geometry"));
        if (toLonLat && geometry->transform(toLonLat.get()) != OGRERR_NONE)
            return fail(place, QStringLiteral("its geometry cannot be transformed to WGS 84"));
        std::optional<QString> problem = readGeometry(geometry, country.geometry);
        if (problem)
            return fail(place, QStringLiteral("invalid geometry: %1").arg(*problem));
        country.labelPoint = labelPointOf(geometry);
        // A GEOS complaint about an odd ring is handled by the fallback in
        // labelPointOf; it must not read as a failed read below.
        CPLErrorReset();
        countries.push_back(std::move(country));
    }
    // A truncated or corrupt file can end the feature loop early with an
    // error rather than with the last feature.
    if (CPLGetLastErrorType() >= CE_Failure)
        return fail(QStringLiteral("layer '%1'").arg(layerName),
                    QStringLiteral("reading failed: %1").arg(gdal::lastErrorMessage()));
    if (countries.empty())
        return fail(QStringLiteral("layer '%1'").arg(layerName), QStringLiteral("the layer has no features"));
    return countries;
}

Result<std::vector<Outline>> BoundaryLoader::loadOutlines(const QString &path, const QString &layerName)
{
    auto fail = [&](const QString &place, const QString &message) { return Error{path, place, message}; };
    GDALDatasetUniquePtr dataset = gdal::openVector(path);
    if (!dataset)
        return fail({}, QStringLiteral("not a vector dataset GDAL can read"));
    OGRLayer *layer = dataset->GetLayerByName(layerName.toUtf8().constData());
    if (!layer)
        return std::vector<Outline>{};
    const QString where = QStringLiteral("layer '%1'").arg(layerName);
    OGRFeatureDefn *definition = layer->GetLayerDefn();
    const int idField = definition->GetFieldIndex("id");
    const int approximateField = definition->GetFieldIndex("approximate");
    const int methodField = definition->GetFieldIndex("method");
    if (idField < 0)
        return fail(where, QStringLiteral("no field 'id'"));
    std::vector<Outline> outlines;
    layer->ResetReading();
    CPLErrorReset();
    for (OGRFeatureUniquePtr feature(layer->GetNextFeature()); feature; feature.reset(layer->GetNextFeature())) {
        Outline outline;
        outline.id = QString::fromUtf8(feature->GetFieldAsString(idField)).trimmed();
        const QString place = featureLabel(outline.id, feature->GetFID());
        if (outline.id.isEmpty())
            return fail(place, QStringLiteral("the outline has no id"));
        outline.approximate = approximateField >= 0 && feature->GetFieldAsInteger(approximateField) != 0;
        outline.method = methodField >= 0 ? QString::fromUtf8(feature->GetFieldAsString(methodField)) : QString();
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty())
            return fail(place, QStringLiteral("the outline has no geometry"));
        if (auto problem = readGeometry(geometry, outline.geometry))
            return fail(place, QStringLiteral("invalid geometry: %1").arg(*problem));
        outlines.push_back(std::move(outline));
    }
    if (CPLGetLastErrorType() >= CE_Failure)
        return fail(where, QStringLiteral("reading failed: %1").arg(gdal::lastErrorMessage()));
    return outlines;
}

std::optional<QString> BoundaryLoader::readOutline(const OGRGeometry &geometry, MultiPolygon &out)
{
    return crossroads::readGeometry(&geometry, out);
}

LonLat BoundaryLoader::outlineLabelPoint(const OGRGeometry &geometry)
{
    return labelPointOf(&geometry);
}

std::optional<QString> BoundaryLoader::readValidityField(OGRFeature &feature, int field, const char *name, Date &out)
{
    return crossroads::readValidity(feature, field, name, out);
}

} // namespace crossroads
