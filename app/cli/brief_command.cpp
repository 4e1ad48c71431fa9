// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/brief_command.h"

#include "cli/common.h"
#include "cli/help_text.h"
#include "model/briefing.h"

#include <QJsonDocument>

namespace crossroads::cli {

int runBrief(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    const ReadingOptions options{{QStringLiteral("date")}, true, true,
                                 {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json")}, {}};
    addReadingOptions(parser, options);
    if (auto exit = parseOrExit(parser, arguments, briefUsage()))
        return *exit;
    int exitCode = Ok;
    const std::optional<Reading> reading = readOptions(parser, options, exitCode);
    if (!reading)
        return exitCode;
    const Briefing briefing = Briefing::build(*reading->atlas, reading->country, reading->dates[0]);
    const QString &format = reading->format;
    if (format == QLatin1String("md"))
        out() << briefing.toMarkdown();
    else if (format == QLatin1String("html"))
        out() << briefing.toHtml() << "\n";
    else
        out() << QJsonDocument(briefing.toJson()).toJson(QJsonDocument::Indented);
    out().flush();
    return Ok;
}

} // namespace crossroads::cli
