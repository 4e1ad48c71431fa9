// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/country.h"
#include "data/region.h"
#include "model/territory.h"
#include "model/corridor_lengths.h"
#include "model/timeline.h"

#include <QHash>
#include <QString>

#include <memory>

#include <vector>

namespace crossroads {

// Everything loaded from one data folder: boundaries, region, timeline.
// Immutable once loaded; shared by the renderer, the briefing and the CLI.
struct Atlas
{
    QString dataDir;
    std::vector<Country> countries;
    // ISO3 -> index into countries: the latest outline of that code (a code
    // with several boundary epochs, e.g. SDN, has one feature per epoch).
    QHash<QString, int> countryIndex;
    Region region;
    Timeline timeline;
    Territories territories;
    // Corridor length inside each country, measured on first use and kept.
    std::shared_ptr<const CorridorLengths> corridorLengths = std::make_shared<CorridorLengths>();

    const Country *country(const QString &iso3) const
    {
        const int i = countryIndex.value(iso3, -1);
        return i < 0 ? nullptr : &countries[size_t(i)];
    }
    // The name to show: the region's override (Türkiye) or the source's.
    QString displayName(const QString &iso3) const
    {
        if (auto it = region.displayNames.constFind(iso3); it != region.displayNames.cend())
            return *it;
        const Country *c = country(iso3);
        if (c)
            return c->name;
        const QString authority = territories.authorityName(iso3);
        return authority.isEmpty() ? iso3 : authority;
    }
};

} // namespace crossroads
