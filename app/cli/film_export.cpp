// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/film_export.h"

#include "cli/common.h"
#include "data/story_loader.h"
#include "export/animation_exporter.h"
#include "export/compare_exporter.h"
#include "export/story_handout.h"

#include <QDir>
#include <QFileInfo>

#include <atomic>
#include <csignal>
#include <unistd.h>

namespace crossroads::cli {
namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

std::optional<double> secondsOption(const QCommandLineParser &parser, const QString &name, bool &bad)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !(value > 0)) {
        err() << "crossroads: --" << name << " must be a number of seconds above 0, not '" << parser.value(name) << "'" << Qt::endl;
        bad = true;
        return std::nullopt;
    }
    return value;
}

} // namespace

std::optional<Story> findStory(const Atlas &atlas, const QString &name)
{
    if (name == QLatin1String("all-events"))
        return Story::allEvents(atlas);
    StoryLoader::Report report = StoryLoader::loadFolder(atlas);
    QStringList known{QStringLiteral("all-events")};
    for (Story &story : report.stories) {
        if (story.id == name)
            return story;
        known << story.id;
    }
    for (const Error &e : report.errors)
        err() << e.toString() << "\n";
    err() << "crossroads: no story '" << name << "' (known: " << known.join(QStringLiteral(", ")) << ")" << Qt::endl;
    return std::nullopt;
}

int exportFilm(const QCommandLineParser &parser, const MapExporter &exporter, const ExportSettings &base)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (!AnimationExporter::handles(output)) {
        err() << "crossroads: a film is written as .mp4, .webm or .gif, not '" << QFileInfo(output).fileName() << "'" << Qt::endl;
        return BadInput;
    }
    if (!output.endsWith(QLatin1String(".gif"), Qt::CaseInsensitive) && (base.size.width() % 2 || base.size.height() % 2)) {
        err() << "crossroads: --size: MP4 and WebM need an even width and height, not " << base.size.width() << "x"
              << base.size.height() << Qt::endl;
        return BadInput;
    }
    bool ok = false;
    const int fps = parser.value(QStringLiteral("fps")).toInt(&ok);
    if (!ok) {
        err() << "crossroads: --fps must be a whole number" << Qt::endl;
        return BadInput;
    }
    bool bad = false;
    const std::optional<double> duration = secondsOption(parser, QStringLiteral("duration"), bad);
    const std::optional<double> perEvent = secondsOption(parser, QStringLiteral("per-event"), bad);
    if (bad)
        return BadInput;

    const Atlas &atlas = exporter.renderer().geo().atlas();
    Result<AnimationPlan> plan = Error{};
    if (parser.isSet(QStringLiteral("story"))) {
        if (duration) {
            err() << "crossroads: a story film takes --per-event S (seconds per step), not --duration" << Qt::endl;
            return BadInput;
        }
        const std::optional<Story> story = findStory(atlas, parser.value(QStringLiteral("story")));
        if (!story)
            return BadInput;
        plan = AnimationPlan::forStory(*story, fps, perEvent.value_or(5.0));
    } else {
        const std::optional<Date> from = parseDateOption(parser, QStringLiteral("from"), true);
        const std::optional<Date> to = parseDateOption(parser, QStringLiteral("to"), true);
        if (!from || !to)
            return BadInput;
        plan = AnimationPlan::forDates(atlas.timeline, *from, *to, fps, duration, perEvent);
    }
    if (!plan) {
        err() << "crossroads: " << plan.error().message << Qt::endl;
        return BadInput;
    }

    // Ctrl+C stops between frames and removes what was written.
    g_interrupted.store(false);
    auto previous = std::signal(SIGINT, onInterrupt);
    const bool terminal = isatty(STDERR_FILENO) == 1;
    int shownPercent = -1;
    auto progress = [&](int done, int total) {
        if (!terminal)
            return;
        const int percent = total > 0 ? done * 100 / total : 100;
        if (percent == shownPercent)
            return;
        shownPercent = percent;
        err() << "\rEncoding frame " << done << " of " << total << " (" << percent << "%)" << Qt::flush;
    };
    const std::optional<Error> problem =
        AnimationExporter(exporter).write(output, base, plan.value(), &g_interrupted, progress);
    std::signal(SIGINT, previous);
    if (terminal)
        err() << "\n" << Qt::flush;
    if (problem) {
        err() << "crossroads: " << problem->toString() << Qt::endl;
        return RuntimeFailure;
    }
    out() << plan.value().frames.size() << " frames (" << plan.value().seconds() << " s at " << fps << " fps) written to "
          << QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath()) << Qt::endl;
    return Ok;
}

int exportHandout(const QCommandLineParser &parser, const MapExporter &exporter, const ExportSettings &base)
{
    const QString output = parser.value(QStringLiteral("output"));
    const Atlas &atlas = exporter.renderer().geo().atlas();
    const std::optional<Story> story = findStory(atlas, parser.value(QStringLiteral("story")));
    if (!story)
        return BadInput;
    StoryHandout handout(exporter, SourceTitles(atlas.timeline));
    if (auto problem = handout.write(output, *story, base)) {
        err() << "crossroads: " << problem->toString() << Qt::endl;
        return RuntimeFailure;
    }
    out() << "Handout of " << story->steps.size() << " steps written to "
          << QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath()) << Qt::endl;
    return Ok;
}

int exportCompare(const QCommandLineParser &parser, const MapExporter &exporter, const ExportSettings &base)
{
    const QString output = parser.value(QStringLiteral("output"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("pdf")) {
        err() << "crossroads: small multiples are written as .png or .pdf" << Qt::endl;
        return BadInput;
    }
    Result<std::vector<Date>> dates = CompareExporter::parseDates(parser.value(QStringLiteral("compare")));
    if (!dates) {
        err() << "crossroads: --compare: " << dates.error().message << Qt::endl;
        return BadInput;
    }
    if (auto problem = CompareExporter(exporter).write(output, base, dates.value())) {
        err() << "crossroads: " << problem->toString() << Qt::endl;
        return RuntimeFailure;
    }
    return Ok;
}

} // namespace crossroads::cli
