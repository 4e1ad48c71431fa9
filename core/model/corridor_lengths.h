// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/country.h"
#include "model/timeline_data.h"

#include <QHash>
#include <QMutex>
#include <QStringList>

#include <vector>

namespace crossroads {

// How much of each corridor's route lies inside each country, measured
// once per country and kept: the routes and borders never change after
// loading, so a briefing built on every playback tick must not clip routes
// against borders again. Thread-safe; shared by everything that holds the
// atlas.
class CorridorLengths
{
public:
    struct Entry
    {
        double metresInside = 0;
        bool touches = false;
        QStringList modes;  // of the legs that touch, in route order
    };

    // One entry per corridor of `corridors`, in the same order.
    const std::vector<Entry> &of(const Country &country, const std::vector<Corridor> &corridors) const;

private:
    mutable QMutex m_mutex;
    mutable QHash<QString, std::vector<Entry>> m_byCountry;
};

} // namespace crossroads
