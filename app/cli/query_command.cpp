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
    parser.addOption({QStringLiteral("date"), QStringLiteral("Date."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("country"), QStringLiteral("Country."), QStringLiteral("ISO3")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("Format."), QStringLiteral("FORMAT"), QStringLiteral("json")});
    if (auto exit = parseOrExit(parser, arguments, queryUsage()))
        return *exit;
    const std::optional<Date> date = parseDateOption(parser, QStringLiteral("date"), true);
    if (!date)
        return BadInput;
    const std::optional<QString> format = choiceOption(parser, QStringLiteral("format"), {QStringLiteral("json"), QStringLiteral("text")});
    if (!format)
        return BadInput;
    int exitCode = Ok;
    std::shared_ptr<const Atlas> atlas = loadAtlas(parser, exitCode);
    if (!atlas)
        return exitCode;
    QString country;
    if (parser.isSet(QStringLiteral("country"))) {
        const std::optional<QString> known = knownCountry(*atlas, parser.value(QStringLiteral("country")));
        if (!known)
            return BadInput;
        country = *known;
    }
    const StateReport report(*atlas, *date, country);
    if (*format == QLatin1String("json"))
        out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        out() << report.toText();
    out().flush();
    return Ok;
}

} // namespace crossroads::cli
