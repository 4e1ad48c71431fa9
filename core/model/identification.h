// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lon_lat.h"
#include "model/date.h"

#include <QJsonObject>
#include <QString>

namespace crossroads {

struct Atlas;

// What stands at one point on one date: the state whose outline holds it,
// and the territory record there, if any (`crossroads identify`).
struct Identification
{
    Date date;
    LonLat point;
    QString country;    // ISO3, empty at sea
    int record = -1;    // index into Territories::records(), or -1

    static Identification at(const Atlas &atlas, LonLat point, const Date &date);

    // {"date", "country", "territory", "controlled_by", "claimed_by", "status"}
    // with null / [] where there is none; plus "since" and "sources" (ids).
    QJsonObject toJson(const Atlas &atlas) const;
    QString toText(const Atlas &atlas) const;
};

} // namespace crossroads
