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
    parser.addOption({QStringLiteral("country"), QStringLiteral("Country."), QStringLiteral("ISO3")});
    parser.addOption({QStringLiteral("date"), QStringLiteral("Date."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("Format."), QStringLiteral("FORMAT"), QStringLiteral("md")});
    if (auto exit = parseOrExit(parser, arguments, briefUsage()))
        return *exit;
    if (!parser.isSet(QStringLiteral("country"))) {
        err() << "crossroads: --country is required (an ISO 3166-1 alpha-3 code)" << Qt::endl;
        return BadInput;
    }
    const std::optional<Date> date = parseDateOption(parser, QStringLiteral("date"), true);
    if (!date)
        return BadInput;
    const std::optional<QString> format =
        choiceOption(parser, QStringLiteral("format"), {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json")});
    if (!format)
        return BadInput;
    int exitCode = Ok;
    std::shared_ptr<const Atlas> atlas = loadAtlas(parser, exitCode);
    if (!atlas)
        return exitCode;
    const std::optional<QString> country = knownCountry(*atlas, parser.value(QStringLiteral("country")));
    if (!country)
        return BadInput;
    const Briefing briefing = Briefing::build(*atlas, *country, *date);
    if (*format == QLatin1String("md"))
        out() << briefing.toMarkdown();
    else if (*format == QLatin1String("html"))
        out() << briefing.toHtml() << "\n";
    else
        out() << QJsonDocument(briefing.toJson()).toJson(QJsonDocument::Indented);
    out().flush();
    return Ok;
}

} // namespace crossroads::cli
