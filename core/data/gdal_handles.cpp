// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/gdal_handles.h"

#include <QFileInfo>
#include <QStringList>

#include <cpl_error.h>

#include <mutex>

namespace crossroads::gdal {

void ensureInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        CPLSetErrorHandler(CPLQuietErrorHandler);
    });
}

QString lastErrorMessage()
{
    return QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
}

GDALDatasetUniquePtr openVector(const QString &path)
{
    ensureInitialised();
    CPLErrorReset();
    const QByteArray utf8 = path.toUtf8();
    return GDALDatasetUniquePtr(
        GDALDataset::Open(utf8.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
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
