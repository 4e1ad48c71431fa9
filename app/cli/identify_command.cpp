// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/identify_command.h"

#include "cli/common.h"
#include "cli/help_text.h"
#include "model/identification.h"

#include <QJsonDocument>

#include <cmath>

namespace crossroads::cli {
namespace {

// "LON,LAT" in degrees, each finite and in range.
std::optional<LonLat> parsePoint(const QString &text)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 2)
        return std::nullopt;
    bool okLon = false, okLat = false;
    const double lon = parts[0].trimmed().toDouble(&okLon);
    const double lat = parts[1].trimmed().toDouble(&okLat);
    if (!okLon || !okLat || !std::isfinite(lon) || !std::isfinite(lat) || std::abs(lon) > 180.0 || std::abs(lat) > 90.0)
        return std::nullopt;
    return LonLat{lon, lat};
}

} // namespace

int runIdentify(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("at"), QStringLiteral("Point."), QStringLiteral("LON,LAT")});
    const ReadingOptions options{{QStringLiteral("date")}, false, false, {QStringLiteral("json"), QStringLiteral("text")}, {}};
    addReadingOptions(parser, options);
    if (auto exit = parseOrExit(parser, arguments, identifyUsage()))
        return *exit;
    if (!parser.isSet(QStringLiteral("at"))) {
        err() << "crossroads identify: --at LON,LAT is required" << Qt::endl;
        return BadInput;
    }
    const std::optional<LonLat> point = parsePoint(parser.value(QStringLiteral("at")));
    if (!point) {
        err() << "crossroads identify: --at '" << parser.value(QStringLiteral("at"))
              << "' is not LON,LAT in degrees (longitude -180..180, latitude -90..90)" << Qt::endl;
        return BadInput;
    }
    int exitCode = Ok;
    const std::optional<Reading> reading = readOptions(parser, options, exitCode);
    if (!reading)
        return exitCode;
    const Atlas &atlas = *reading->atlas;
    const Identification id = Identification::at(atlas, *point, reading->dates[0]);
    if (reading->format == QLatin1String("json"))
        out() << QJsonDocument(id.toJson(atlas)).toJson(QJsonDocument::Indented);
    else
        out() << id.toText(atlas);
    out().flush();
    return Ok;
}

} // namespace crossroads::cli
