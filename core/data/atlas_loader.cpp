// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/atlas_loader.h"

#include "data/boundary_loader.h"
#include "data/boundary_source_loader.h"
#include "data/data_folder.h"
#include "data/gdal_handles.h"
#include "data/territory_loader.h"
#include "data/timeline_loader.h"

#include <QDir>
#include <QFileInfo>

namespace crossroads {
namespace {

// --boundaries, else region.json's "boundaries", else the folder's own
// GeoPackage.
Result<std::vector<Country>> loadBoundaries(const DataFolder &folder, const BoundarySource &given)
{
    if (given.isSet())
        return BoundarySourceLoader::load(given);
    Result<BoundarySource> configured = BoundarySource::fromRegionFile(folder.region());
    if (!configured)
        return configured.error();
    if (configured.value().isSet())
        return BoundarySourceLoader::load(configured.value());
    return BoundaryLoader::load(folder.boundaries(), {DataFolder::boundaryLayer()});
}

} // namespace

AtlasLoader::Report AtlasLoader::load(const QString &dataDir)
{
    return load(dataDir, BoundarySource{});
}

AtlasLoader::Report AtlasLoader::load(const QString &dataDir, const BoundarySource &boundaries)
{
    return loadRecord(loadOutlines(dataDir, boundaries));
}

AtlasLoader::Outlines AtlasLoader::loadOutlines(const QString &dataDir, const BoundarySource &boundaries)
{
    if (!QFileInfo(dataDir).isDir()) {
        Outlines outlines;
        outlines.dataDir = dataDir;
        outlines.errors.push_back(Error{dataDir, {}, QStringLiteral("no such data folder")});
        return outlines;
    }
    Result<std::vector<Country>> countries = loadBoundaries(DataFolder{QDir(dataDir)}, boundaries);
    if (!countries) {
        Outlines outlines;
        outlines.dataDir = dataDir;
        outlines.errors.push_back(countries.error());
        return outlines;
    }
    return withCountries(dataDir, std::move(countries).value());
}

AtlasLoader::Outlines AtlasLoader::withCountries(const QString &dataDir, std::vector<Country> countries)
{
    Outlines outlines;
    outlines.dataDir = dataDir;
    const DataFolder folder{QDir(dataDir)};
    Result<Region> region = Region::load(folder.region());
    if (!region) {
        outlines.errors.push_back(region.error());
        return outlines;
    }
    auto atlas = std::make_shared<Atlas>();
    atlas->dataDir = QDir(dataDir).absolutePath();
    atlas->countries = std::move(countries);
    atlas->region = std::move(region).value();
    for (size_t i = 0; i < atlas->countries.size(); ++i) {
        const QString &code = atlas->countries[i].iso3;
        if (code.isEmpty())
            continue;
        // A code with several epochs indexes its latest outline (open-ended
        // validity last), whatever the order of the source's features.
        const int previous = atlas->countryIndex.value(code, -1);
        const Date until = atlas->countries[i].validUntil;
        if (previous < 0 || !until.isValid() ||
            (atlas->countries[size_t(previous)].validUntil.isValid() && atlas->countries[size_t(previous)].validUntil < until))
            atlas->countryIndex.insert(code, int(i));
    }
    outlines.atlas = std::move(atlas);
    return outlines;
}

AtlasLoader::Report AtlasLoader::loadRecord(Outlines outlines)
{
    Report report;
    if (!outlines.atlas) {
        report.errors = std::move(outlines.errors);
        return report;
    }
    Atlas &atlas = *outlines.atlas;
    const DataFolder folder{QDir(outlines.dataDir)};
    QSet<QString> known;
    for (auto code = atlas.countryIndex.keyBegin(); code != atlas.countryIndex.keyEnd(); ++code)
        known.insert(*code);
    TimelineLoader::Report timeline = TimelineLoader::load(folder, known);
    report.errors = std::move(timeline.errors);
    report.warnings = std::move(timeline.warnings);
    atlas.timeline = Timeline(std::move(timeline.data));
    TerritoryLoader::Report territories =
        outlines.territoryOutlines ? TerritoryLoader::load(folder, known, std::move(*outlines.territoryOutlines))
                                   : TerritoryLoader::load(folder, known);
    report.errors.insert(report.errors.end(), territories.errors.begin(), territories.errors.end());
    atlas.territories = std::move(territories.territories);
    report.atlas = std::move(outlines.atlas);
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
