// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/boundary_source.h"
#include "model/atlas.h"
#include "util/error.h"

#include <memory>
#include <optional>
#include <vector>

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

    // load() in two steps, so that the outlines can be projected while the
    // rest of the record is read. First the countries and the region,
    // without which there is no map:
    struct Outlines
    {
        QString dataDir;               // as given: messages name files as the user did
        std::shared_ptr<Atlas> atlas;  // countries, their index, region; null on error
        ErrorList errors;
        // The territory outlines of the boundary GeoPackage when read
        // already (from a cache of an earlier load); else loadRecord reads
        // them.
        std::optional<std::vector<Outline>> territoryOutlines;
    };
    static Outlines loadOutlines(const QString &dataDir, const BoundarySource &boundaries);
    // The same with the countries read already (from a cache of an
    // earlier load of the same files): the region is read, the rest built.
    static Outlines withCountries(const QString &dataDir, std::vector<Country> countries);
    // then the timeline and territories, read into the same atlas. Its
    // countries and region are left as they are: another thread may be
    // reading them meanwhile.
    static Report loadRecord(Outlines outlines);

    // The data folder to use when none is given: next to the executable as
    // installed (<prefix>/bin/../share/crossroads/geodata), which the build
    // tree mirrors. Empty if there is none.
    static QString defaultDataDir(const QString &executableDir);
};

} // namespace crossroads
