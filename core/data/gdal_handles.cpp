// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/gdal_handles.h"

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

} // namespace crossroads::gdal
