// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/region.h"

#include "data/json_file.h"

#include <cmath>

namespace crossroads {

Result<Region> Region::load(const QString &path)
{
    Result<JsonFile> file = JsonFile::read(path);
    if (!file)
        return file.error();
    const QJsonObject root = file.value().root();
    Region region;
    const QJsonValue focus = root.value(QStringLiteral("focus"));
    if (!focus.isArray())
        return file.value().errorAt(QStringLiteral("focus"), QStringLiteral("'focus' must be an array of ISO3 codes"));
    if (focus.toArray().size() > JsonFile::kMaxListItems)
        return file.value().errorAt(QStringLiteral("focus"), QStringLiteral("'focus' lists more than %1 countries").arg(JsonFile::kMaxListItems));
    for (const QJsonValue &code : focus.toArray()) {
        if (!code.isString() || code.toString().size() != 3)
            return file.value().errorAt(QStringLiteral("focus"), QStringLiteral("'focus' must be an array of ISO3 codes"));
        region.focus.insert(code.toString());
    }

    const QJsonArray home = root.value(QStringLiteral("home")).toArray();
    if (home.size() != 4)
        return file.value().errorAt(QStringLiteral("home"), QStringLiteral("'home' must be [west, south, east, north] in degrees"));
    region.homeWest = home[0].toDouble();
    region.homeSouth = home[1].toDouble();
    region.homeEast = home[2].toDouble();
    region.homeNorth = home[3].toDouble();
    if (!(region.homeWest < region.homeEast && region.homeSouth < region.homeNorth))
        return file.value().errorAt(QStringLiteral("home"), QStringLiteral("'home' must have west < east and south < north"));

    const QJsonObject names = root.value(QStringLiteral("display_names")).toObject();
    if (names.size() > JsonFile::kMaxListItems)
        return file.value().errorAt(QStringLiteral("display_names"), QStringLiteral("'display_names' has more than %1 entries").arg(JsonFile::kMaxListItems));
    for (auto it = names.begin(); it != names.end(); ++it) {
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty() || it.value().toString().size() > 200)
            return file.value().errorAt(QStringLiteral("display_names/") + it.key(),
                                        QStringLiteral("a display name must be a string of 1 to 200 characters"));
        region.displayNames.insert(it.key(), it.value().toString());
    }
    if (region.homeWest < -180 || region.homeEast > 180 || region.homeSouth < -85 || region.homeNorth > 85)
        return file.value().errorAt(QStringLiteral("home"), QStringLiteral("'home' must lie within longitude ±180 and latitude ±85"));
    const QJsonObject labels = root.value(QStringLiteral("label_points")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        const QJsonArray point = it.value().toArray();
        if (point.size() != 2 || !point[0].isDouble() || !point[1].isDouble() || std::abs(point[0].toDouble()) > 180 ||
            std::abs(point[1].toDouble()) > 90)
            return file.value().errorAt(QStringLiteral("label_points/") + it.key(),
                                        QStringLiteral("a label point must be [lon, lat] in degrees"));
        region.labelPoints.insert(it.key(), {point[0].toDouble(), point[1].toDouble()});
    }
    return region;
}

} // namespace crossroads
