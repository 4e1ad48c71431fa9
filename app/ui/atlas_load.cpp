// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/atlas_load.h"

#include "db/db_snapshot.h"

#include <QtConcurrent/QtConcurrentRun>

#include <future>
#include <system_error>

namespace crossroads {

AtlasLoad AtlasLoad::start(const Request &request)
{
    return {request, QtConcurrent::run([request] { return run(request); })};
}

AtlasLoad::Loaded AtlasLoad::run(const Request &request)
{
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
    // The projection is made while the data is read: PROJ opens its
    // database for it, which takes a while of its own.
    std::future<Result<Projection>> projection;
    try {
        projection = std::async(std::launch::async, [definition = request.preset.definition] { return Projection::create(definition); });
    } catch (const std::system_error &) {
        // no thread to be had: made after the data
    }
    loaded.report = AtlasLoader::load(dir, request.boundaries);
    loaded.report.errors = DbSnapshot::relabel(loaded.report.errors);
    if (loaded.report.atlas) {
        loaded.geo = projection.valid() ? ProjectedAtlas::build(loaded.report.atlas, request.preset, projection.get())
                                        : ProjectedAtlas::build(loaded.report.atlas, request.preset);
        // Off the GUI thread too: the window has the map to show first.
        loaded.stories = StoryLoader::loadFolder(*loaded.report.atlas);
        loaded.stories.stories.push_back(Story::allEvents(*loaded.report.atlas));
    }
    return loaded;
}

} // namespace crossroads
