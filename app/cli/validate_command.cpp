// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/validate_command.h"

#include "cli/common.h"
#include "cli/help_text.h"
#include "data/data_folder.h"
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
    Result<BoundarySource> boundaries = boundarySourceOption(parser);
    if (!boundaries) {
        err() << "crossroads: " << boundaries.error().toString() << Qt::endl;
        return BadInput;
    }
    AtlasLoader::Report report = AtlasLoader::load(dir.value(), boundaries.value());
    ErrorList errors = report.errors;
    ErrorList warnings = report.warnings;
    int stories = 0;
    if (report.atlas) {
        StoryLoader::Report storyReport = StoryLoader::loadFolder(*report.atlas);
        stories = int(storyReport.stories.size());
        errors.insert(errors.end(), storyReport.errors.begin(), storyReport.errors.end());
        warnings.insert(warnings.end(), storyReport.warnings.begin(), storyReport.warnings.end());
        // A registry entry nothing cites is probably a typo in an id.
        QSet<QString> cited;
        auto cite = [&](const QStringList &ids) {
            for (const QString &id : ids)
                cited.insert(id);
        };
        const TimelineData &data = report.atlas->timeline.data();
        for (const StandingRecord &r : data.standings)
            cite(r.sources);
        for (const Event &e : data.events)
            cite(e.sources);
        for (const Relation &r : data.relations)
            cite(r.sources);
        for (const Corridor &c : data.corridors) {
            cite(c.sources);
            for (const CorridorPhase &p : c.phases)
                cite(p.sources);
        }
        for (const TerritoryRecord &r : report.atlas->territories.records())
            cite(r.sources);
        for (const Country &c : report.atlas->countries)
            cite(c.sources);
        for (const Story &story : storyReport.stories)
            for (const StoryStep &step : story.steps)
                cite(step.sources);
        for (const Source &source : data.sources)
            if (!cited.contains(source.id))
                warnings.push_back(Error{DataFolder{QDir(dir.value())}.sources(), {},
                                         QStringLiteral("source '%1' is cited by no record").arg(source.id)});
    }
    if (report.atlas && parser.isSet(QStringLiteral("events"))) {
        UserEventsLoader::Report mine = UserEventsLoader::load(parser.value(QStringLiteral("events")), report.atlas->timeline);
        errors.insert(errors.end(), mine.errors.begin(), mine.errors.end());
    }
    errors = DbSnapshot::relabel(errors);
    warnings = DbSnapshot::relabel(warnings);
    const QString where = parser.isSet(QStringLiteral("db")) ? QStringLiteral("the database") : dir.value();
    for (const Error &error : errors)
        err() << error.toString() << "\n";
    for (const Error &warning : warnings)
        err() << "warning: " << warning.toString() << "\n";
    err().flush();
    if (!errors.empty()) {
        err() << errors.size() << (errors.size() == 1 ? " problem" : " problems") << " in " << where << Qt::endl;
        return BadInput;
    }
    const Timeline &t = report.atlas->timeline;
    if (!warnings.empty())
        err() << warnings.size() << (warnings.size() == 1 ? " warning" : " warnings") << " in " << where << Qt::endl;
    out() << "ok: " << report.atlas->countries.size() << " countries, " << t.groups().size() << " groups, "
          << t.data().standings.size() << " standings, " << t.corridors().size() << " corridors, " << t.events().size()
          << " events, " << t.relations().size() << " relations, " << t.data().sources.size() << " sources, " << stories
          << " stories; the record ends on " << t.lastDate().toIsoString() << Qt::endl;
    return Ok;
}

} // namespace crossroads::cli
