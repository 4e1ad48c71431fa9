// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/atlas.h"

#include <QJsonObject>

namespace crossroads {

// The world on one date as plain data, for `crossroads query`:
// {"date": D, "countries": {ISO3: {group: standing}}, "corridors": {id:
// status}, "events": [ids up to D]}. Countries and groups with no standing
// are left out. With a country filter, only that country and its events.
class StateReport
{
public:
    StateReport(const Atlas &atlas, const Date &date, const QString &country = {});

    QJsonObject toJson() const;
    QString toText() const;

private:
    const Atlas &m_atlas;
    Date m_date;
    QString m_country;
    WorldState m_state;
};

} // namespace crossroads
