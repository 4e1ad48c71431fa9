// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/date.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace crossroads {

struct Atlas;

// A presenter's story: ordered steps, each a date, an area to show, the
// overlays on, and a caption. Stories are data (geodata/stories/*.json).
struct StoryStep
{
    QString id;
    Date date;
    // West, south, east, north in degrees.
    double west = 0, south = 0, east = 0, north = 0;
    std::optional<QSet<QString>> layers;  // none: all layers
    QString title;
    QString text;
    QStringList sources;
    QString notes;  // speaker notes, shown only on a presenter console
};

struct Story
{
    QString id;
    QString title;
    QString description;
    std::vector<StoryStep> steps;

    // Without a story file: every event in date order, each step framing
    // the countries the event involves.
    static Story allEvents(const Atlas &atlas);
};

} // namespace crossroads
