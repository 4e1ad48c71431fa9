// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/data_folder.h"
#include "model/timeline_data.h"
#include "util/error.h"

#include <QSet>

namespace crossroads {

// Loads and validates the timeline files of a data folder. Every problem is
// reported with file, line (JSON) or feature (GeoJSON) and what is wrong; a
// record with a problem is left out and the rest still load, so the GUI can
// show the errors and go on with what is good.
class TimelineLoader
{
public:
    struct Report
    {
        TimelineData data;
        ErrorList errors;
        // Problems that do not stop a record from loading: text that names a
        // time after its record's own date (hindsight), unused sources.
        ErrorList warnings;
    };

    // `knownCountries`: the ISO3 codes a record may name (the boundary set).
    static Report load(const DataFolder &folder, const QSet<QString> &knownCountries);
};

} // namespace crossroads
