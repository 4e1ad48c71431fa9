// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/identification.h"

#include "model/atlas.h"

#include <QJsonArray>

namespace crossroads {

Identification Identification::at(const Atlas &atlas, LonLat point, const Date &date)
{
    Identification id;
    id.date = date;
    id.point = point;
    for (const Country &country : atlas.countries) {
        if (country.validOn(date) && containsPoint(country.geometry, point)) {
            id.country = country.iso3;
            break;
        }
    }
    id.record = atlas.territories.recordAt(point, date);
    return id;
}

QJsonObject Identification::toJson(const Atlas &atlas) const
{
    QJsonObject o;
    o.insert(QStringLiteral("date"), date.toIsoString());
    o.insert(QStringLiteral("country"), country.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(country));
    const TerritoryRecord *r = record >= 0 ? &atlas.territories.records()[size_t(record)] : nullptr;
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    o.insert(QStringLiteral("territory"), r ? orNull(r->name) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("controlled_by"), r ? orNull(r->controlledBy) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("claimed_by"), r ? QJsonArray::fromStringList(r->claimedBy) : QJsonArray());
    o.insert(QStringLiteral("status"), r ? orNull(r->status) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("record"), r ? orNull(r->id) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("since"), r ? QJsonValue(r->interval.from.toIsoString()) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("sources"), r ? QJsonArray::fromStringList(r->sources) : QJsonArray());
    return o;
}

QString Identification::toText(const Atlas &atlas) const
{
    QString text = QStringLiteral("On %1 at %2, %3: ").arg(date.toDisplayString()).arg(point.lon).arg(point.lat);
    text += country.isEmpty() ? QStringLiteral("no country (sea)") : QStringLiteral("%1 (%2)").arg(atlas.displayName(country), country);
    text += u'\n';
    if (record < 0)
        return text + QStringLiteral("No disputed or controlled territory recorded here.\n");
    const TerritoryRecord &r = atlas.territories.records()[size_t(record)];
    QStringList claimants;
    for (const QString &code : r.claimedBy)
        claimants << atlas.displayName(code);
    text += QStringLiteral("Territory: %1 — %2, since %3\n").arg(r.name, Territories::statusLabel(r.status), r.interval.from.toDisplayString());
    text += QStringLiteral("Controlled by: %1\n").arg(r.controlledBy.isEmpty() ? QStringLiteral("no one firmly") : atlas.displayName(r.controlledBy));
    text += QStringLiteral("Claimed by: %1\n").arg(claimants.join(QStringLiteral(", ")));
    text += r.summary + u'\n';
    return text;
}

} // namespace crossroads
