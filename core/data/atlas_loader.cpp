// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/atlas_loader.h"

#include "data/boundary_loader.h"
#include "data/data_folder.h"
#include "data/timeline_loader.h"

#include <QDir>
#include <QFileInfo>

namespace crossroads {

AtlasLoader::Report AtlasLoader::load(const QString &dataDir)
{
    Report report;
    const DataFolder folder{QDir(dataDir)};
    if (!QFileInfo(dataDir).isDir()) {
        report.errors.push_back(Error{dataDir, {}, QStringLiteral("no such data folder")});
        return report;
    }
    Result<std::vector<Country>> countries = BoundaryLoader::load(folder.boundaries(), {DataFolder::boundaryLayer()});
    if (!countries) {
        report.errors.push_back(countries.error());
        return report;
    }
    Result<Region> region = Region::load(folder.region());
    if (!region) {
        report.errors.push_back(region.error());
        return report;
    }
    auto atlas = std::make_shared<Atlas>();
    atlas->dataDir = QDir(dataDir).absolutePath();
    atlas->countries = std::move(countries).value();
    atlas->region = std::move(region).value();
    QSet<QString> known;
    for (size_t i = 0; i < atlas->countries.size(); ++i) {
        const QString &code = atlas->countries[i].iso3;
        if (code.isEmpty())
            continue;
        atlas->countryIndex.insert(code, int(i));
        known.insert(code);
    }
    TimelineLoader::Report timeline = TimelineLoader::load(folder, known);
    report.errors = std::move(timeline.errors);
    report.warnings = std::move(timeline.warnings);
    atlas->timeline = Timeline(std::move(timeline.data));
    report.atlas = std::move(atlas);
    return report;
}

QString AtlasLoader::defaultDataDir(const QString &executableDir)
{
    const QDir dir(executableDir);
    for (const QString &candidate : {QStringLiteral("../share/crossroads/geodata"), QStringLiteral("../geodata")}) {
        const QString path = QDir::cleanPath(dir.filePath(candidate));
        if (DataFolder{QDir(path)}.looksValid())
            return QFileInfo(path).canonicalFilePath();  // messages name the real files
    }
    return {};
}

} // namespace crossroads
