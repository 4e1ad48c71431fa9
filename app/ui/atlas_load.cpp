// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/atlas_load.h"

#include "db/db_snapshot.h"
#include "util/big_pages.h"

#include <QtConcurrent/QtConcurrentRun>

#include <future>

namespace crossroads {

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
    AtlasLoader::Outlines outlines = AtlasLoader::loadOutlines(dir, request.boundaries);
    if (!outlines.atlas) {
        loaded.report.errors = DbSnapshot::relabel(outlines.errors);
        return loaded;
    }
    // The outlines are projected while the rest of the record is read.
    struct Projected
    {
        Result<Projection> projection;
        std::vector<ProjectedAtlas::CountryShape> countries;
    };
    // The task holds the atlas too: it reads its countries until it ends.
    std::future<Projected> projected = std::async(beside, [&projection, atlas = std::shared_ptr<const Atlas>(outlines.atlas)] {
        bigPages::adoptThisThread();
        Projected out{projection.get(), {}};
        if (out.projection)
            out.countries = ProjectedAtlas::projectCountries(atlas->countries, atlas->region, out.projection.value());
        return out;
    });
    loaded.report = AtlasLoader::loadRecord(std::move(outlines));
    loaded.report.errors = DbSnapshot::relabel(loaded.report.errors);
    Projected done = projected.get();
    if (done.projection)
        loaded.geo = ProjectedAtlas::build(loaded.report.atlas, request.preset, std::move(done.projection).value(), std::move(done.countries));
    // Off the GUI thread too: the window has the map to show first.
    loaded.stories = StoryLoader::loadFolder(*loaded.report.atlas);
    loaded.stories.stories.push_back(Story::allEvents(*loaded.report.atlas));
    return loaded;
}

} // namespace crossroads
