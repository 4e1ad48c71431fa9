// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/validate_command.h"

#include "cli/common.h"
#include "cli/help_text.h"
#include "data/story_loader.h"
#include "data/user_events_loader.h"
#include "db/db_snapshot.h"

namespace crossroads::cli {

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    if (auto exit = parseOrExit(parser, arguments, validateUsage()))
        return *exit;
    Result<QString> dir = resolveDataDir(parser);
    if (!dir) {
        err() << "crossroads: " << dir.error().toString() << Qt::endl;
        return BadInput;
    }
    AtlasLoader::Report report = AtlasLoader::load(dir.value());
    ErrorList errors = report.errors;
    int stories = 0;
    if (report.atlas) {
        StoryLoader::Report storyReport = StoryLoader::loadFolder(*report.atlas);
        stories = int(storyReport.stories.size());
        errors.insert(errors.end(), storyReport.errors.begin(), storyReport.errors.end());
    }
    if (report.atlas && parser.isSet(QStringLiteral("events"))) {
        UserEventsLoader::Report mine = UserEventsLoader::load(parser.value(QStringLiteral("events")), report.atlas->timeline);
        errors.insert(errors.end(), mine.errors.begin(), mine.errors.end());
    }
    errors = DbSnapshot::relabel(errors);
    for (const Error &error : errors)
        err() << error.toString() << "\n";
    err().flush();
    if (!errors.empty()) {
        err() << errors.size() << (errors.size() == 1 ? " problem" : " problems") << " in "
              << (parser.isSet(QStringLiteral("db")) ? QStringLiteral("the database") : dir.value()) << Qt::endl;
        return BadInput;
    }
    const Timeline &t = report.atlas->timeline;
    out() << "ok: " << report.atlas->countries.size() << " countries, " << t.groups().size() << " groups, "
          << t.data().standings.size() << " standings, " << t.corridors().size() << " corridors, " << t.events().size()
          << " events, " << t.relations().size() << " relations, " << stories << " stories" << Qt::endl;
    return Ok;
}

} // namespace crossroads::cli
