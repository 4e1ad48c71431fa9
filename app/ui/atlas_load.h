// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/atlas_loader.h"
#include "data/boundary_source.h"
#include "data/story_loader.h"
#include "render/projected_atlas.h"

#include <QFuture>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace crossroads {

// What the window reads before its first map: the record (a data folder,
// or a snapshot of the shared record), the boundaries, the map's
// projection and the stories, read and projected on a worker thread.
struct AtlasLoad
{
    struct Request
    {
        QString dataDir;
        QString conninfo;  // set: a fresh snapshot of the shared record instead
        BoundarySource boundaries;
        ProjectionPreset preset;
        // Where the outlines read and projected are kept for the next
        // start (OutlineCache); empty: not kept.
        QString cacheDir = defaultCacheDir();

        friend bool operator==(const Request &, const Request &) = default;
    };

    struct Loaded
    {
        AtlasLoader::Report report;
        std::shared_ptr<const ProjectedAtlas> geo;
        StoryLoader::Report stories;
        bool outlinesKept = false;  // the outlines came from an earlier load's cache
        // Writes the outlines read and projected here for the next start
        // (OutlineCache); empty when there is nothing to keep. A few tens
        // of milliseconds: the window runs it on a worker once its map is
        // on screen.
        std::function<void()> keepOutlines;
    };

    Request request;
    QFuture<Loaded> loaded;

    static QString defaultCacheDir();
    static AtlasLoad start(const Request &request);
    // Runs on the calling thread.
    static Loaded run(const Request &request);
};

} // namespace crossroads
