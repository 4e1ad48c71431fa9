// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lon_lat.h"
#include "model/date.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace crossroads {

struct Atlas;

// The "Territory" section of a country's briefing: the disputed, controlled
// or leased territory the country claims, controls or holds in law on the
// date, with who controls and who claims it, since when, and sources (by
// title). Also the text shown when a disputed area is hovered or clicked.
struct TerritorySection
{
    struct Line
    {
        QString record;      // id
        QString name;
        QString status;      // label in words
        QString controlledBy;  // display name, or "no one firmly"
        QStringList claimedBy;  // display names
        Date since;
        bool approximate = false;
        QString method;      // how the outline was made, when approximate
        QString summary;
        QStringList sources;      // ids
        QStringList sourceTitles; // what users read

        // One paragraph, escaped: the briefing's entry and the map's tooltip.
        QString toHtml() const;
    };
    std::vector<Line> lines;

    static TerritorySection build(const Atlas &atlas, const QString &iso3, const Date &date);
    static Line lineFor(const Atlas &atlas, int record);
    // The record holding at a point on the date, alone (the map's click).
    static TerritorySection at(const Atlas &atlas, LonLat point, const Date &date);

    QString toMarkdown() const;   // empty when there is nothing
    QString toHtml() const;       // escaped; empty when there is nothing
    QJsonArray toJson() const;
};

} // namespace crossroads
