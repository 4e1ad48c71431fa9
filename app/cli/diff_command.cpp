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
    const ReadingOptions options{{QStringLiteral("from"), QStringLiteral("to")}, true, false,
                                 {QStringLiteral("json"), QStringLiteral("text"), QStringLiteral("md")}, QStringLiteral("text")};
    addReadingOptions(parser, options);
    if (auto exit = parseOrExit(parser, arguments, diffUsage()))
        return *exit;
    int exitCode = Ok;
    const std::optional<Reading> reading = readOptions(parser, options, exitCode);
    if (!reading)
        return exitCode;
    const Atlas *atlas = reading->atlas.get();
    const QString &format = reading->format;
    Result<WorldDiff> diff = WorldDiff::build(*atlas, reading->dates[0], reading->dates[1], reading->country);
    if (!diff) {
        err() << "crossroads: " << diff.error().message << Qt::endl;
        return BadInput;
    }
    const SourceTitles titles(atlas->timeline);
    if (format == QLatin1String("json"))
        out() << QJsonDocument(diff.value().toJson()).toJson(QJsonDocument::Indented);
    else if (format == QLatin1String("md"))
        out() << diff.value().toMarkdown(titles);
    else
        out() << diff.value().toText(titles);
    out().flush();
    return Ok;
}

} // namespace crossroads::cli
