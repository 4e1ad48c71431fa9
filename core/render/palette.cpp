// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/palette.h"

#include "model/atlas.h"

#include <cmath>

namespace crossroads {

QRgb mixRgb(QRgb a, QRgb b, double t)
{
    auto channel = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
    return qRgb(channel(qRed(a), qRed(b)), channel(qGreen(a), qGreen(b)), channel(qBlue(a), qBlue(b)));
}

Palette Palette::build(const Atlas &atlas, const Style &style, const WorldState &state, const MapSettings &settings)
{
    Palette palette;
    palette.m_marks.resize(atlas.countries.size());
    for (size_t i = 0; i < atlas.countries.size(); ++i) {
        const bool focus = atlas.region.focus.contains(atlas.countries[i].iso3);
        palette.m_marks[i].fill = (focus ? style.focusLand : style.mutedLand).rgb();
    }
    const Timeline &timeline = atlas.timeline;
    const std::vector<Group> &groups = timeline.groups();
    if (state.groupCount != int(groups.size()))
        return palette;  // a state from another timeline: draw plain land
    const QStringList &countries = timeline.countries();
    for (int c = 0; c < int(countries.size()); ++c) {
        const int index = atlas.countryIndex.value(countries[c], -1);
        if (index < 0)
            continue;
        CountryMarks &marks = palette.m_marks[size_t(index)];
        Standing strongestFill = Standing::None;
        QColor fillColour;
        for (int g = 0; g < int(groups.size()); ++g) {
            const Standing s = state.cell(c, g).standing;
            if (s == Standing::None || !settings.showLayer(groups[size_t(g)].id))
                continue;
            switch (groups[size_t(g)].channel) {
            case GroupChannel::Fill:
                if (s > strongestFill) {
                    strongestFill = s;
                    fillColour = groups[size_t(g)].colour;
                }
                break;
            case GroupChannel::Hatch:
                if (s > marks.hatch) {
                    marks.hatch = s;
                    marks.hatchGroup = g;
                }
                break;
            case GroupChannel::Badge:
                marks.badges.push_back({g, s});
                break;
            }
        }
        // Mixed from the focus land colour wherever the country lies, so a
        // marked country outside the focus region has exactly the colour
        // the legend shows, not a third one.
        if (strongestFill != Standing::None)
            marks.fill = mixRgb(style.focusLand.rgb(), fillColour.rgb(), Style::fillStrength(strongestFill));
    }
    return palette;
}

std::vector<bool> Palette::changedCountries(const Atlas &atlas, const WorldState &before, const WorldState &after)
{
    std::vector<bool> changed(atlas.countries.size(), false);
    if (before.cells.size() != after.cells.size() || before.groupCount == 0)
        return changed;
    const QStringList &countries = atlas.timeline.countries();
    for (int c = 0; c < int(countries.size()); ++c) {
        for (int g = 0; g < before.groupCount; ++g) {
            if (before.cell(c, g).standing != after.cell(c, g).standing) {
                const int index = atlas.countryIndex.value(countries[c], -1);
                if (index >= 0)
                    changed[size_t(index)] = true;
            }
        }
    }
    return changed;
}

} // namespace crossroads
