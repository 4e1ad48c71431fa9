// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/data_folder.h"
#include "data/country.h"
#include "model/territory.h"
#include "util/error.h"

#include <QSet>

namespace crossroads {

// Reads timeline/territories.json and the outlines it names (layer
// "territories" of the boundary GeoPackage, through GDAL). A folder without
// territories.json has no territory records. As with the timeline, a record
// with a problem is reported (file and line) and left out.
class TerritoryLoader
{
public:
    struct Report
    {
        Territories territories;
        ErrorList errors;
    };
    static QString path(const DataFolder &folder) { return folder.root.filePath(QStringLiteral("timeline/territories.json")); }
    static QString sourcesPath(const DataFolder &folder) { return folder.root.filePath(QStringLiteral("timeline/sources.json")); }
    static QString outlineLayer() { return QStringLiteral("territories"); }

    static Report load(const DataFolder &folder, const QSet<QString> &knownCountries);
    // The same with the outlines given (readOutlines() earlier, or kept
    // from an earlier load of the same file).
    static Report load(const DataFolder &folder, const QSet<QString> &knownCountries, Result<std::vector<Outline>> outlines);
    // The outlines load() reads: none for a folder without territory
    // records.
    static Result<std::vector<Outline>> readOutlines(const DataFolder &folder);
};

} // namespace crossroads
