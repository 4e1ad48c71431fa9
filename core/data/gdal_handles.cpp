// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/gdal_handles.h"

#include <QFileInfo>
#include <QStringList>

#include <cpl_error.h>

#include <mutex>

namespace crossroads::gdal {

namespace {

// Registering all of GDAL's drivers takes longer than opening the record's
// GeoPackage: at start-up, the files named like one format get that
// format's driver alone.
struct NamedFormat
{
    const char *suffix;
    const char *driver;
    void (*registerDriver)();
};

constexpr NamedFormat kNamedFormats[] = {
    {".gpkg", "GPKG", RegisterOGRGeoPackage},
    {".geojson", "GeoJSON", RegisterOGRGeoJSON},
};

std::mutex registration;  // GDAL's check-then-register is not atomic
bool allRegistered = false;  // guarded by registration

void keepQuiet()
{
    static std::once_flag once;
    std::call_once(once, [] { CPLSetErrorHandler(CPLQuietErrorHandler); });
}

const NamedFormat *namedFormat(const QString &path)
{
    for (const NamedFormat &format : kNamedFormats)
        if (path.endsWith(QLatin1String(format.suffix), Qt::CaseInsensitive))
            return &format;
    return nullptr;
}

GDALDatasetUniquePtr open(const QByteArray &path, const char *const *drivers)
{
    CPLErrorReset();
    return GDALDatasetUniquePtr(GDALDataset::Open(path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
}

} // namespace

void ensureInitialised()
{
    keepQuiet();
    const std::lock_guard lock(registration);
    if (!allRegistered) {
        GDALAllRegister();
        allRegistered = true;
    }
}

QString lastErrorMessage()
{
    return QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
}

GDALDatasetUniquePtr openVector(const QString &path)
{
    keepQuiet();
    const QByteArray utf8 = path.toUtf8();
    if (const NamedFormat *format = namedFormat(path)) {
        {
            const std::lock_guard lock(registration);
            if (!allRegistered)
                format->registerDriver();  // returns at once when it is registered
        }
        const char *const drivers[] = {format->driver, nullptr};
        if (GDALDatasetUniquePtr dataset = open(utf8, drivers))
            return dataset;
        // Named like one format, written in another, or damaged: every
        // driver has its say, and GDAL's message is the one it gives then.
    }
    ensureInitialised();
    return open(utf8, nullptr);
}

Result<std::unique_ptr<OGRCoordinateTransformation>> toLonLat(const OGRLayer &layer)
{
    std::unique_ptr<OGRCoordinateTransformation> transform;
    const OGRSpatialReference *sourceCrs = const_cast<OGRLayer &>(layer).GetSpatialRef();
    if (!sourceCrs)
        return transform;
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (sourceCrs->IsSame(&wgs84))
        return transform;
    OGRSpatialReference crs(*sourceCrs);
    crs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    transform.reset(OGRCreateCoordinateTransformation(&crs, &wgs84));
    if (!transform)
        return Error{{}, {}, QStringLiteral("cannot transform its CRS to WGS 84 (%1)").arg(lastErrorMessage())};
    return transform;
}

Result<OpenLayer> openLayer(const QString &path, const QString &shown, const QString &layerName, bool mustExist)
{
    auto fail = [&](const QString &message) { return Error{shown, {}, message}; };
    if (mustExist && !QFileInfo::exists(path))
        return fail(QStringLiteral("no such file"));
    OpenLayer open{openVector(path), nullptr};
    if (!open.dataset) {
        const QString detail = lastErrorMessage();
        return fail(QStringLiteral("not a vector dataset GDAL can read") + (detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail)));
    }
    if (layerName.isEmpty()) {
        if (open.dataset->GetLayerCount() == 0)
            return fail(QStringLiteral("the dataset has no layers"));
        open.layer = open.dataset->GetLayer(0);
        return open;
    }
    open.layer = open.dataset->GetLayerByName(layerName.toUtf8().constData());
    if (!open.layer) {
        QStringList layers;
        for (int i = 0; i < open.dataset->GetLayerCount() && i < 20; ++i)
            layers << QString::fromUtf8(open.dataset->GetLayer(i)->GetName());
        return fail(QStringLiteral("no layer named '%1' (the dataset has: %2)").arg(layerName, layers.join(QStringLiteral(", "))));
    }
    return open;
}

int firstField(OGRFeatureDefn *definition, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const int index = definition->GetFieldIndex(name);
        if (index >= 0)
            return index;
    }
    return -1;
}

} // namespace crossroads::gdal
