// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/boundary_source_loader.h"

#include "data/boundary_loader.h"
#include "data/gdal_handles.h"

#include <ogr_api.h>

#include <QFileInfo>
#include <QRegularExpression>

#include <map>
#include <memory>

namespace crossroads {
namespace {

using GeometryPtr = std::unique_ptr<OGRGeometry>;

// The country's outline as the source's features draw it, before merging.
struct Group
{
    QString iso3;
    Date validFrom;
    Date validUntil;
    QString place;        // the first feature, for messages
    QStringList names;    // the distinct names its features carry
    QString countryName;  // from a country-name field, when the layer has one
    std::vector<GeometryPtr> parts;
};

QString fieldList(OGRFeatureDefn *definition)
{
    QStringList names;
    for (int i = 0; i < definition->GetFieldCount(); ++i)
        names << QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef());
    return names.join(QStringLiteral(", "));
}

// Natural Earth's adm0_a3 is its own code, ISO's alpha-3 except where ISO
// has none or NE chose another; the atlas speaks ISO (and XKX for Kosovo).
QString iso3ForNaturalEarthA3(const QString &code)
{
    static const std::pair<const char *, const char *> codes[] = {{"KOS", "XKX"}, {"PSX", "PSE"}, {"SDS", "SSD"}, {"SAH", "ESH"}};
    for (const auto &[ne, iso] : codes)
        if (code == QLatin1String(ne))
            return QString::fromLatin1(iso);
    return code;
}

QString featureLabel(const QString &name, GIntBig fid)
{
    return name.isEmpty() ? QStringLiteral("feature %1").arg(fid) : QStringLiteral("feature %1 ('%2')").arg(fid).arg(name);
}

// Adds the polygons of `geometry` (a polygon, multipolygon or a collection
// holding them) to `out`; lines and points that a union or an intersection
// may leave behind are no outline.
void addPolygons(const OGRGeometry &geometry, OGRMultiPolygon &out)
{
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPolygon) {
        if (!geometry.IsEmpty())
            out.addGeometry(&geometry);
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        for (const OGRGeometry *part : *geometry.toGeometryCollection())
            addPolygons(*part, out);
    }
}

GeometryPtr asOutline(OGRMultiPolygon &&polygons)
{
    if (polygons.getNumGeometries() == 1)
        return GeometryPtr(polygons.getGeometryRef(0)->clone());
    return GeometryPtr(polygons.clone());
}

// One outline from all the features of a country, merged by GEOS so
// shared province edges disappear.
GeometryPtr merge(std::vector<GeometryPtr> &parts)
{
    if (parts.size() == 1)
        return std::move(parts.front());
    OGRMultiPolygon all;
    for (const GeometryPtr &part : parts)
        addPolygons(*part, all);
    GeometryPtr united(all.UnionCascaded());
    if (!united)
        return nullptr;
    OGRMultiPolygon polygons;
    addPolygons(*united, polygons);
    return asOutline(std::move(polygons));
}

OGRPolygon band(double west, double east)
{
    OGRLinearRing ring;
    ring.addPoint(west, -90.0);
    ring.addPoint(east, -90.0);
    ring.addPoint(east, 90.0);
    ring.addPoint(west, 90.0);
    ring.closeRings();
    OGRPolygon polygon;
    polygon.addRing(&ring);
    return polygon;
}

// An outline that crosses the seam is cut there by GEOS into its western
// and eastern pieces. They stay a hair (1e-7°, about a centimetre) apart:
// a point on the seam itself would project to either edge of the map.
GeometryPtr cutAtSeam(GeometryPtr outline, bool &failed)
{
    failed = false;
    constexpr double seam = BoundarySourceLoader::kSeamLongitude;
    constexpr double gap = 1e-7;
    OGREnvelope envelope;
    outline->getEnvelope(&envelope);
    if (!(envelope.MinX < seam && envelope.MaxX > seam))
        return outline;
    OGRMultiPolygon pieces;
    for (const OGRPolygon &side : {band(-180.0, seam - gap), band(seam + gap, 180.0)}) {
        GeometryPtr piece(outline->Intersection(&side));
        if (!piece) {
            failed = true;
            return outline;
        }
        addPolygons(*piece, pieces);
    }
    return asOutline(std::move(pieces));
}

} // namespace

Result<std::vector<Country>> BoundarySourceLoader::load(const BoundarySource &source)
{
    const QString shown = source.displayName();
    auto fail = [&](const QString &place, const QString &message) { return Error{shown, place, message}; };

    Result<gdal::OpenLayer> opened = gdal::openLayer(source.dataset, shown, source.layer, !source.isConnection());
    if (!opened)
        return opened.error();
    GDALDatasetUniquePtr dataset = std::move(opened.value().dataset);
    OGRLayer *layer = opened.value().layer;
    const QString where = QStringLiteral("layer '%1'").arg(QString::fromUtf8(layer->GetName()));
    if (layer->GetGeomType() == wkbNone)
        return fail(where, QStringLiteral("the layer has no geometry"));

    OGRFeatureDefn *definition = layer->GetLayerDefn();
    auto namedField = [&](const QString &name, const char *option) -> Result<int> {
        const int index = definition->GetFieldIndex(name.toUtf8().constData());
        if (index < 0)
            return fail(where, QStringLiteral("no field '%1' for %2 (the layer's fields: %3)").arg(name, QLatin1String(option), fieldList(definition)));
        return index;
    };
    int codeField = -1, nameField = -1;
    if (!source.isoField.isEmpty()) {
        Result<int> index = namedField(source.isoField, "the country code");
        if (!index)
            return index.error();
        codeField = index.value();
    } else {
        codeField = gdal::firstField(definition, {"iso_a3", "ISO_A3", "ADM0_A3", "adm0_a3", "iso3", "ISO3"});
        if (codeField < 0)
            return fail(where, QStringLiteral("no country code field (expected one of iso_a3, ISO_A3, ADM0_A3, adm0_a3, iso3; "
                                              "name it with --iso-field; the layer's fields: %1)").arg(fieldList(definition)));
    }
    if (!source.nameField.isEmpty()) {
        Result<int> index = namedField(source.nameField, "the country's name");
        if (!index)
            return index.error();
        nameField = index.value();
    } else {
        nameField = gdal::firstField(definition, {"name", "NAME", "ADMIN", "admin", "NAME_LONG"});
    }
    // Natural Earth's admin-1 layers name each province in `name` and its
    // country in `admin`.
    const int countryNameField = source.nameField.isEmpty() ? gdal::firstField(definition, {"admin", "ADMIN", "geounit", "GEOUNIT"}) : -1;
    const int iso2Field = gdal::firstField(definition, {"iso_a2", "ISO_A2", "iso2"});
    const int fromField = definition->GetFieldIndex("valid_from");
    // A Shapefile's field names stop at 10 characters.
    const int untilField = gdal::firstField(definition, {"valid_until", "valid_unti"});
    const QString codeName = QString::fromUtf8(definition->GetFieldDefn(codeField)->GetNameRef());

    Result<std::unique_ptr<OGRCoordinateTransformation>> transform = gdal::toLonLat(*layer);
    if (!transform)
        return fail(where, transform.error().message);
    std::unique_ptr<OGRCoordinateTransformation> toLonLat = std::move(transform.value());

    static const QRegularExpression alpha3(QStringLiteral("^[A-Z]{3}$"));
    std::vector<Group> groups;
    std::map<QString, size_t> groupOf;  // code and validity -> index in groups
    layer->ResetReading();
    CPLErrorReset();
    for (OGRFeatureUniquePtr feature(layer->GetNextFeature()); feature; feature.reset(layer->GetNextFeature())) {
        const QString name = nameField >= 0 ? QString::fromUtf8(feature->GetFieldAsString(nameField)).trimmed() : QString();
        const QString countryName = countryNameField >= 0 ? QString::fromUtf8(feature->GetFieldAsString(countryNameField)).trimmed() : QString();
        const QString place = featureLabel(name, feature->GetFID());
        QString code = QString::fromUtf8(feature->GetFieldAsString(codeField)).trimmed().toUpper();
        code = iso3ForNaturalEarthA3(code);
        if (code.isEmpty() || code == QLatin1String("-99")) {
            const QString iso2 = iso2Field >= 0 ? QString::fromUtf8(feature->GetFieldAsString(iso2Field)) : QString();
            code = BoundaryLoader::resolveMissingIso3(iso2, countryName.isEmpty() ? name : countryName);
        }
        if (!code.isEmpty() && !alpha3.match(code).hasMatch())
            return fail(place, QStringLiteral("'%1' in field '%2' is not an ISO 3166-1 alpha-3 country code; for a layer of provinces "
                                              "give the field with their country's code (--iso-field, e.g. adm0_a3)")
                                   .arg(code, codeName));
        Date from, until;
        if (auto problem = BoundaryLoader::readValidityField(*feature, fromField, "valid_from", from))
            return fail(place, *problem);
        if (auto problem = BoundaryLoader::readValidityField(*feature, untilField, "valid_until", until))
            return fail(place, *problem);
        if (from.isValid() && until.isValid() && until.julianDay() <= from.julianDay())
            return fail(place, QStringLiteral("valid_until %1 is not after valid_from %2").arg(until.toIsoString(), from.toIsoString()));

        GeometryPtr geometry(feature->StealGeometry());
        if (!geometry || geometry->IsEmpty())
            return fail(place, QStringLiteral("the feature has no geometry"));
        const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
        if (type != wkbPolygon && type != wkbMultiPolygon)
            return fail(place, QStringLiteral("invalid geometry: the geometry is a %1, not a polygon or multipolygon")
                                   .arg(QString::fromUtf8(OGRGeometryTypeToName(type))));
        if (toLonLat && geometry->transform(toLonLat.get()) != OGRERR_NONE)
            return fail(place, QStringLiteral("its geometry cannot be transformed to WGS 84"));

        // Features without a code are kept apart, each its own outline.
        const QString key = code.isEmpty() ? QStringLiteral("#%1").arg(feature->GetFID())
                                           : QStringLiteral("%1|%2|%3").arg(code, from.toIsoString(), until.toIsoString());
        auto [it, added] = groupOf.try_emplace(key, groups.size());
        if (added)
            groups.push_back(Group{code, from, until, place, {}, countryName, {}});
        Group &group = groups[it->second];
        if (!name.isEmpty() && !group.names.contains(name))
            group.names << name;
        group.parts.push_back(std::move(geometry));
    }
    if (CPLGetLastErrorType() >= CE_Failure)
        return fail(where, QStringLiteral("reading failed: %1").arg(gdal::lastErrorMessage()));
    if (groups.empty())
        return fail(where, QStringLiteral("the layer has no features"));

    // Several names under one code: the features are parts of countries.
    const Group *parted = nullptr;
    for (const Group &group : groups)
        if (group.names.size() > 1 && (!parted || group.names.size() > parted->names.size()))
            parted = &group;
    const bool useCountryNames = parted && countryNameField >= 0;
    if (parted && !useCountryNames) {
        const QString what = QStringLiteral("%1 features of %2 are named %3, …").arg(parted->parts.size()).arg(parted->iso3, parted->names.mid(0, 3).join(QStringLiteral(", ")));
        if (!source.nameField.isEmpty())
            return fail(where, QStringLiteral("field '%1' does not hold the country's name (%2): give the field with the country's name, or use a layer of countries")
                                   .arg(source.nameField, what));
        return fail(where, QStringLiteral("the layer holds parts of countries (%1), and it has no field with the country's name: "
                                          "give one with --name-field, or use a layer of countries").arg(what));
    }

    std::vector<Country> countries;
    countries.reserve(groups.size());
    for (Group &group : groups) {
        Country country;
        country.iso3 = group.iso3;
        country.name = useCountryNames && !group.countryName.isEmpty() ? group.countryName
                                                                       : (group.names.isEmpty() ? QString() : group.names.front());
        country.validFrom = group.validFrom;
        country.validUntil = group.validUntil;
        const QString place = group.iso3.isEmpty() ? group.place : QStringLiteral("country %1").arg(group.iso3);
        GeometryPtr outline = merge(group.parts);
        if (!outline)
            return fail(place, QStringLiteral("its %1 features cannot be merged into one outline (%2)").arg(group.parts.size()).arg(gdal::lastErrorMessage()));
        bool cutFailed = false;
        outline = cutAtSeam(std::move(outline), cutFailed);
        if (cutFailed)
            return fail(place, QStringLiteral("its outline crosses 125°W, the map's seam, and cannot be cut there (%1)").arg(gdal::lastErrorMessage()));
        if (auto problem = BoundaryLoader::readOutline(*outline, country.geometry))
            return fail(place, QStringLiteral("invalid geometry: %1").arg(*problem));
        if (country.geometry.empty())
            continue;  // nothing left of it but lines
        country.labelPoint = BoundaryLoader::outlineLabelPoint(*outline);
        CPLErrorReset();  // a GEOS complaint about a ring is handled by outlineLabelPoint's fallback
        countries.push_back(std::move(country));
    }
    return countries;
}

} // namespace crossroads
