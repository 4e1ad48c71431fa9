// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lon_lat.h"
#include "model/date.h"
#include "model/timeline.h"
#include "model/vocabulary.h"
#include "util/error.h"

#include <optional>
#include <vector>

namespace crossroads {

// One dated point of the analyst's own, overlaid on the curated record and
// never mixed into it.
struct UserEvent
{
    Date date;
    std::optional<Date> end;  // inclusive, at its own precision
    QString title;
    Certainty certainty = Certainty::Reported;
    QString source;
    LonLat position;
    QString place;  // the place name it was given by, if any
};

struct UserEvents
{
    QString file;
    std::vector<UserEvent> events;  // in date order
};

// Reads a user's events from a CSV file (GDAL's CSV driver; a header row
// naming the columns) or a GeoJSON file (GDAL), with the fields date,
// end (optional), title, certainty (optional, default reported), source
// (optional) and a position: lon and lat columns, a Point geometry, or
// place, the id or name of a place of the record. Each problem is reported
// with file and line (CSV) or feature (GeoJSON), as for the record's own
// files; a row with a problem is left out and the rest still load.
class UserEventsLoader
{
public:
    struct Report
    {
        UserEvents events;
        ErrorList errors;
    };
    static Report load(const QString &path, const Timeline &timeline);
};

} // namespace crossroads
