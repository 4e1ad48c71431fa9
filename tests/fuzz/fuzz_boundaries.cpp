// SPDX-License-Identifier: GPL-3.0-or-later
// Boundary files through BoundaryLoader (GDAL/OGR): the first byte picks
// the name the bytes are saved under (GeoJSON, GeoPackage, CSV), as a user
// could point the atlas at any of them.
#include "data/boundary_loader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace crossroads;
    if (size < 1)
        return 0;
    const char *names[] = {"countries.geojson", "countries.gpkg", "countries.csv"};
    const QString path = fuzz::writeScratch(QString::fromLatin1(names[data[0] % std::size(names)]), fuzz::bytes(data + 1, size - 1));
    (void)BoundaryLoader::load(path);
    QFile::remove(path);
    return 0;
}
