// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/query_command.h"

#include "cli/common.h"
#include "cli/help_text.h"
#include "model/state_report.h"

#include <QJsonDocument>

namespace crossroads::cli {

int runQuery(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    const ReadingOptions options{{QStringLiteral("date")}, true, false, {QStringLiteral("json"), QStringLiteral("text")}, {}};
    addReadingOptions(parser, options);
    if (auto exit = parseOrExit(parser, arguments, queryUsage()))
        return *exit;
    int exitCode = Ok;
    const std::optional<Reading> reading = readOptions(parser, options, exitCode);
    if (!reading)
        return exitCode;
    const StateReport report(*reading->atlas, reading->dates[0], reading->country);
    if (reading->format == QLatin1String("json"))
        out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        out() << report.toText();
    out().flush();
    return Ok;
}

} // namespace crossroads::cli
