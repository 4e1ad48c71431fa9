// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/world_state.h"
#include "render/map_settings.h"
#include "render/style.h"

#include <QColor>

#include <vector>

namespace crossroads {

struct Atlas;

// How each country is marked on one date: its fill, its hatching and its
// badges, per index into Atlas::countries. Computed per render from the
// WorldState; the renderer never decides membership itself.
struct CountryMarks
{
    QRgb fill = 0;
    // Strongest standing among visible hatch-channel groups, and its group.
    Standing hatch = Standing::None;
    int hatchGroup = -1;
    struct Badge
    {
        int group = -1;
        Standing standing = Standing::None;
    };
    std::vector<Badge> badges;  // visible badge-channel groups with a standing
};

class Palette
{
public:
    static Palette build(const Atlas &atlas, const Style &style, const WorldState &state, const MapSettings &settings);

    const CountryMarks &marks(int country) const { return m_marks[size_t(country)]; }
    size_t size() const { return m_marks.size(); }

    // True when any group standing of the country differs between the two
    // states: the countries a presenter's step changes.
    static std::vector<bool> changedCountries(const Atlas &atlas, const WorldState &before, const WorldState &after);

private:
    std::vector<CountryMarks> m_marks;
};

QRgb mixRgb(QRgb a, QRgb b, double t);

} // namespace crossroads
