// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/boundary_source.h"
#include "model/atlas.h"
#include "util/error.h"

#include <memory>

namespace crossroads {

// Loads a whole data folder. Boundaries and region are required (without
// them there is no map: `atlas` is null); timeline problems are listed in
// `errors` and the records that are good still load.
class AtlasLoader
{
public:
    struct Report
    {
        std::shared_ptr<const Atlas> atlas;
        ErrorList errors;
        ErrorList warnings;  // records that load but should be looked at (hindsight)
    };
    static Report load(const QString &dataDir);
    // The same with the boundaries from `boundaries` when it is set (before
    // the data folder's region.json "boundaries" and its own GeoPackage).
    static Report load(const QString &dataDir, const BoundarySource &boundaries);

    // The data folder to use when none is given: next to the executable as
    // installed (<prefix>/bin/../share/crossroads/geodata), which the build
    // tree mirrors. Empty if there is none.
    static QString defaultDataDir(const QString &executableDir);
};

} // namespace crossroads
