// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline loader on a copy of the shipped data folder with one file
// replaced by the input: the first byte picks the file (the JSON files and
// the GeoJSON read through GDAL), the rest is its content. The file is put
// back after each run, so every input is judged alone.
#include "data/data_folder.h"
#include "data/timeline_loader.h"
#include "fuzz_support.h"

#include <QDirIterator>

namespace {

const crossroads::DataFolder &folder()
{
    static const crossroads::DataFolder copy = [] {
        const QString from = QStringLiteral(CROSSROADS_GEODATA "/timeline");
        for (const QString &name : QDir(from).entryList(QDir::Files)) {
            QFile source(QDir(from).filePath(name));
            source.open(QIODevice::ReadOnly);
            crossroads::fuzz::writeScratch(QStringLiteral("data/timeline/") + name, source.readAll());
        }
        return crossroads::DataFolder{QDir(QDir(crossroads::fuzz::scratch().path()).filePath(QStringLiteral("data")))};
    }();
    return copy;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace crossroads;
    if (size < 1)
        return 0;
    const DataFolder &f = folder();
    const QString files[] = {f.groups(), f.memberships(), f.events(), f.relations(), f.corridors(), f.corridorRoutes(), f.places()};
    const QString target = files[data[0] % std::size(files)];
    QFile original(QStringLiteral(CROSSROADS_GEODATA "/timeline/") + QFileInfo(target).fileName());
    original.open(QIODevice::ReadOnly);
    const QByteArray kept = original.readAll();
    {
        QFile out(target);
        out.open(QIODevice::WriteOnly | QIODevice::Truncate);
        out.write(fuzz::bytes(data + 1, size - 1));
    }
    static const QSet<QString> known = {QStringLiteral("AZE"), QStringLiteral("ARM"), QStringLiteral("GEO"), QStringLiteral("KAZ"),
                                        QStringLiteral("UZB"), QStringLiteral("TKM"), QStringLiteral("IRN"), QStringLiteral("TUR"),
                                        QStringLiteral("ISR"), QStringLiteral("RUS"), QStringLiteral("USA"), QStringLiteral("CHN")};
    (void)TimelineLoader::load(f, known);
    QFile restore(target);
    restore.open(QIODevice::WriteOnly | QIODevice::Truncate);
    restore.write(kept);
    return 0;
}
