// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/diff_command.h"

#include "cli/common.h"
#include "cli/help_text.h"
#include "model/world_diff.h"

#include <QJsonDocument>

namespace crossroads::cli {

int runDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("from"), QStringLiteral("Earlier date."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Later date."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("country"), QStringLiteral("Country."), QStringLiteral("ISO3")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("Format."), QStringLiteral("FORMAT"), QStringLiteral("text")});
    if (auto exit = parseOrExit(parser, arguments, diffUsage()))
        return *exit;
    const std::optional<Date> from = parseDateOption(parser, QStringLiteral("from"), true);
    const std::optional<Date> to = parseDateOption(parser, QStringLiteral("to"), true);
    if (!from || !to)
        return BadInput;
    const std::optional<QString> format =
        choiceOption(parser, QStringLiteral("format"), {QStringLiteral("json"), QStringLiteral("text"), QStringLiteral("md")});
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
    Result<WorldDiff> diff = WorldDiff::build(*atlas, *from, *to, country);
    if (!diff) {
        err() << "crossroads: " << diff.error().message << Qt::endl;
        return BadInput;
    }
    const SourceTitles titles(atlas->timeline);
    if (*format == QLatin1String("json"))
        out() << QJsonDocument(diff.value().toJson()).toJson(QJsonDocument::Indented);
    else if (*format == QLatin1String("md"))
        out() << diff.value().toMarkdown(titles);
    else
        out() << diff.value().toText(titles);
    out().flush();
    return Ok;
}

} // namespace crossroads::cli
