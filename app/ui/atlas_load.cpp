// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/atlas_load.h"

#include "data/boundary_source.h"
#include "data/territory_loader.h"
#include "db/db_snapshot.h"
#include "render/outline_cache.h"
#include "util/big_pages.h"

#include <QDir>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <future>

namespace crossroads {
namespace {

// Where the outlines of `request` are kept between runs, or nullopt when
// they are not: only the folder's own GeoPackage is (a boundary source may
// be a database, whose changes no file shows), and not a snapshot of the
// shared record (a new folder each time).
struct CacheSlot
{
    QString file;
    QByteArray key;
};

std::optional<CacheSlot> cacheSlot(const AtlasLoad::Request &request, const QString &dir)
{
    if (request.cacheDir.isEmpty() || !request.conninfo.isEmpty() || request.boundaries.isSet())
        return std::nullopt;
    const DataFolder folder{QDir(dir)};
    Result<BoundarySource> configured = BoundarySource::fromRegionFile(folder.region());
    if (!configured || configured.value().isSet())
        return std::nullopt;
    const std::optional<QByteArray> key = OutlineCache::key(folder, request.preset.definition);
    if (!key)
        return std::nullopt;
    return CacheSlot{OutlineCache::fileFor(request.cacheDir, *key), *key};
}

// Writes what this load read and projected, for the next start. A failed
// write only means the next start reads the GeoPackage again.
std::function<void()> keeper(const CacheSlot &slot, std::shared_ptr<const ProjectedAtlas> geo, std::vector<Outline> territoryOutlines)
{
    return [slot, geo = std::move(geo), territoryOutlines = std::move(territoryOutlines)] {
        const OutlineCache::Entry entry{geo->atlas().countries, territoryOutlines, geo->countries()};
        (void)OutlineCache::write(slot.file, slot.key, entry);
    };
}

} // namespace

QString AtlasLoad::defaultCacheDir()
{
    return OutlineCache::defaultDir();
}

AtlasLoad AtlasLoad::start(const Request &request)
{
    return {request, QtConcurrent::run([request] { return run(request); })};
}

AtlasLoad::Loaded AtlasLoad::run(const Request &request)
{
    bigPages::adoptThisThread();
    Loaded loaded;
    QString dir = request.dataDir;
    if (!request.conninfo.isEmpty()) {
        Result<QString> snapshot = DbSnapshot::materialise(request.conninfo);
        if (!snapshot) {
            loaded.report.errors.push_back(snapshot.error());
            return loaded;
        }
        dir = snapshot.value();
    }
    // Threads where there are any, one after the other where there are none.
    constexpr std::launch beside = std::launch::async | std::launch::deferred;
    // The projection is made while the outlines are read: PROJ opens its
    // database for it, which takes a while of its own.
    std::future<Result<Projection>> projection =
        std::async(beside, [definition = request.preset.definition] {
            bigPages::adoptThisThread();
            return Projection::create(definition);
        });

    const std::optional<CacheSlot> slot = cacheSlot(request, dir);
    std::optional<OutlineCache::Entry> kept = slot ? OutlineCache::read(slot->file, slot->key) : std::nullopt;
    loaded.outlinesKept = kept.has_value();
    AtlasLoader::Outlines outlines;
    if (kept) {
        outlines = AtlasLoader::withCountries(dir, std::move(kept->countries));
        outlines.territoryOutlines = std::move(kept->territoryOutlines);
    } else {
        outlines = AtlasLoader::loadOutlines(dir, request.boundaries);
    }
    if (!outlines.atlas) {
        loaded.report.errors = DbSnapshot::relabel(outlines.errors);
        return loaded;
    }
    // Read here rather than inside loadRecord, so that they can be kept.
    std::optional<std::vector<Outline>> outlinesToKeep;
    if (slot && !kept) {
        Result<std::vector<Outline>> territoryOutlines = TerritoryLoader::readOutlines(DataFolder{QDir(dir)});
        if (territoryOutlines) {
            outlinesToKeep = territoryOutlines.value();
            outlines.territoryOutlines = std::move(territoryOutlines).value();
        }
    }
    // The outlines are projected while the rest of the record is read.
    struct Projected
    {
        Result<Projection> projection;
        std::vector<ProjectedAtlas::CountryShape> countries;
    };
    // The task holds the atlas too: it reads its countries until it ends.
    std::future<Projected> projected =
        std::async(beside, [&projection, &kept, atlas = std::shared_ptr<const Atlas>(outlines.atlas)] {
            bigPages::adoptThisThread();
            Projected out{projection.get(), {}};
            if (kept)
                out.countries = std::move(kept->shapes);
            else if (out.projection)
                out.countries = ProjectedAtlas::projectCountries(atlas->countries, atlas->region, out.projection.value());
            return out;
        });
    loaded.report = AtlasLoader::loadRecord(std::move(outlines));
    loaded.report.errors = DbSnapshot::relabel(loaded.report.errors);
    Projected done = projected.get();
    if (done.projection)
        loaded.geo = ProjectedAtlas::build(loaded.report.atlas, request.preset, std::move(done.projection).value(), std::move(done.countries));
    if (loaded.geo && outlinesToKeep)
        loaded.keepOutlines = keeper(*slot, loaded.geo, std::move(*outlinesToKeep));
    // Off the GUI thread too: the window has the map to show first.
    loaded.stories = StoryLoader::loadFolder(*loaded.report.atlas);
    loaded.stories.stories.push_back(Story::allEvents(*loaded.report.atlas));
    return loaded;
}

} // namespace crossroads
