// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/map_settings.h"

#include "model/timeline.h"

namespace crossroads {

std::shared_ptr<const WorldState> worldStateFor(const Timeline &timeline, const MapSettings &settings)
{
    if (settings.worldState && settings.worldState->date == settings.date)
        return settings.worldState;
    return std::make_shared<const WorldState>(timeline.stateAt(settings.date));
}

} // namespace crossroads
