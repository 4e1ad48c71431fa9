// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/date.h"
#include "model/vocabulary.h"

#include <vector>

namespace crossroads {

class Timeline;

// What held on one date: per country and group its standing, per corridor
// its status, and how many events (in date order) had happened. A value;
// record indices point into the Timeline that made it.
struct WorldState
{
    struct Cell
    {
        Standing standing = Standing::None;
        int record = -1;  // index into TimelineData::standings
    };
    struct CorridorCell
    {
        CorridorStatus status = CorridorStatus::None;
        int phase = -1;  // index into Corridor::phases
    };

    Date date;
    int groupCount = 0;
    std::vector<Cell> cells;  // [country index * groupCount + group index]
    std::vector<CorridorCell> corridors;
    int eventCount = 0;  // events [0, eventCount) have happened

    const Cell &cell(int country, int group) const { return cells[size_t(country * groupCount + group)]; }
};

} // namespace crossroads
