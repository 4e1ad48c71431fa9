// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/export_command.h"

#include "cli/common.h"
#include "cli/film_export.h"
#include "cli/help_text.h"
#include "export/frame_sequence.h"
#include "export/map_exporter.h"
#include "export/timeline_geopackage.h"
#include "util/output_set.h"

#include <QDir>
#include <QFileInfo>

namespace crossroads::cli {
namespace {

// export --timeline F.gpkg: the whole timeline for GIS tools, no date.
int runTimelineExport(const QCommandLineParser &parser)
{
    const QString path = parser.value(QStringLiteral("timeline"));
    if (!path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive)) {
        err() << "crossroads: --timeline writes a GeoPackage: give a file name ending in .gpkg" << Qt::endl;
        return BadInput;
    }
    int exitCode = Ok;
    std::shared_ptr<const Atlas> atlas = loadAtlas(parser, exitCode);
    if (!atlas)
        return exitCode;
    if (auto error = TimelineGeoPackage::write(*atlas, path)) {
        err() << "crossroads: " << error->toString() << Qt::endl;
        return RuntimeFailure;
    }
    out() << path << Qt::endl;
    return Ok;
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("date"), QStringLiteral("Date."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("output"), QStringLiteral("Output file."), QStringLiteral("F")});
    parser.addOption({QStringLiteral("each-event"), QStringLiteral("One frame per event.")});
    parser.addOption({QStringLiteral("output-dir"), QStringLiteral("Output folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("resume"), QStringLiteral("Keep frames an earlier run left whole.")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Size."), QStringLiteral("WxH"), QStringLiteral("1920x1080")});
    parser.addOption({QStringLiteral("dpi"), QStringLiteral("DPI."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("extent"), QStringLiteral("Extent."), QStringLiteral("W,S,E,N")});
    parser.addOption({QStringLiteral("layers"), QStringLiteral("Layers."), QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("title"), QStringLiteral("Title."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("projection"), QStringLiteral("Projection."), QStringLiteral("ID"),
                      defaultProjectionPreset().id});
    // Films, story handouts and small multiples.
    parser.addOption({QStringLiteral("animate"), QStringLiteral("A film from --from to --to.")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("First date."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Last date."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("fps"), QStringLiteral("Frames per second."), QStringLiteral("N"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("duration"), QStringLiteral("Film length."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("per-event"), QStringLiteral("Seconds per event or step."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("story"), QStringLiteral("Story id."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("compare"), QStringLiteral("Dates side by side."), QStringLiteral("D1,D2")});
    parser.addOption({QStringLiteral("timeline"), QStringLiteral("Timeline GeoPackage."), QStringLiteral("F.gpkg")});
    if (auto exit = parseOrExit(parser, arguments, exportUsage()))
        return *exit;
    if (parser.isSet(QStringLiteral("timeline")))
        return runTimelineExport(parser);

    const bool eachEvent = parser.isSet(QStringLiteral("each-event"));
    const bool story = parser.isSet(QStringLiteral("story"));
    const bool film = parser.isSet(QStringLiteral("animate")) || story;
    const bool compare = parser.isSet(QStringLiteral("compare"));
    if (int(eachEvent) + int(parser.isSet(QStringLiteral("animate"))) + int(story) + int(compare) > 1) {
        err() << "crossroads: choose one of --each-event, --animate, --story and --compare" << Qt::endl;
        return BadInput;
    }
    ExportSettings settings;
    if (film || compare) {
        if (!parser.isSet(QStringLiteral("output"))) {
            err() << "crossroads: --output F is required" << Qt::endl;
            return BadInput;
        }
    } else if (eachEvent) {
        if (!parser.isSet(QStringLiteral("output-dir"))) {
            err() << "crossroads: --each-event needs --output-dir DIR" << Qt::endl;
            return BadInput;
        }
    } else {
        if (!parser.isSet(QStringLiteral("output"))) {
            err() << "crossroads: --output F.png is required (or --each-event --output-dir DIR)" << Qt::endl;
            return BadInput;
        }
        if (QFileInfo(parser.value(QStringLiteral("output"))).isDir()) {
            err() << "crossroads: " << parser.value(QStringLiteral("output")) << ": is a folder, not a file" << Qt::endl;
            return BadInput;
        }
        if (!ExportSettings::formatFor(parser.value(QStringLiteral("output")))) {
            err() << "crossroads: --output " << parser.value(QStringLiteral("output"))
                  << ": cannot write this format; the name must end in .png, .pdf or .svg" << Qt::endl;
            return BadInput;
        }
        const std::optional<Date> date = parseDateOption(parser, QStringLiteral("date"), true);
        if (!date)
            return BadInput;
        settings.date = *date;
    }
    Result<QSize> size = ExportSettings::parseSize(parser.value(QStringLiteral("size")));
    if (!size) {
        err() << "crossroads: --size: " << size.error().message << Qt::endl;
        return BadInput;
    }
    settings.size = size.value();
    if (parser.isSet(QStringLiteral("dpi"))) {
        bool ok = false;
        settings.dpi = parser.value(QStringLiteral("dpi")).toInt(&ok);
        if (!ok) {
            err() << "crossroads: --dpi must be a whole number" << Qt::endl;
            return BadInput;
        }
    }
    if (parser.isSet(QStringLiteral("extent"))) {
        Result<std::array<double, 4>> extent = ExportSettings::parseExtent(parser.value(QStringLiteral("extent")));
        if (!extent) {
            err() << "crossroads: --extent: " << extent.error().message << Qt::endl;
            return BadInput;
        }
        settings.extent = extent.value();
    }
    settings.title = parser.value(QStringLiteral("title"));
    const ProjectionPreset *preset = findProjectionPreset(parser.value(QStringLiteral("projection")));
    if (!preset) {
        err() << "crossroads: unknown projection '" << parser.value(QStringLiteral("projection"))
              << "' (use regional-albers or web-mercator)" << Qt::endl;
        return BadInput;
    }

    // Where the export goes is checked before the data is loaded: a
    // missing folder, a folder or a device where a file should go is the
    // user's input, and nothing is drawn for it.
    if (eachEvent) {
        const QString dir = parser.value(QStringLiteral("output-dir"));
        // A missing folder is made (the frames have nowhere else to go);
        // something else by that name is the user's mistake.
        if (!QFileInfo::exists(dir) && !QDir().mkpath(dir)) {
            err() << "crossroads: " << dir << ": cannot create the output folder" << Qt::endl;
            return BadInput;
        }
        if (!QFileInfo(dir).isDir()) {
            err() << "crossroads: " << dir << ": is not a folder" << Qt::endl;
            return BadInput;
        }
        if (auto problem = OutputSet::checkTarget(QDir(dir).filePath(QStringLiteral("index.csv")))) {
            err() << "crossroads: " << problem->toString() << Qt::endl;
            return BadInput;
        }
    } else {
        for (const QString &file : MapExporter::outputFiles(parser.value(QStringLiteral("output")))) {
            if (auto problem = OutputSet::checkTarget(file)) {
                err() << "crossroads: " << problem->toString() << Qt::endl;
                return BadInput;
            }
        }
    }

    int exitCode = Ok;
    std::shared_ptr<const Atlas> atlas = loadAtlas(parser, exitCode);
    if (!atlas)
        return exitCode;
    std::shared_ptr<const ProjectedAtlas> geo = ProjectedAtlas::build(atlas, *preset);
    if (!geo) {
        err() << "crossroads: PROJ cannot set up the projection '" << preset->id << "' (is PROJ's database installed?)" << Qt::endl;
        return RuntimeFailure;
    }
    auto renderer = std::make_shared<const MapRenderer>(geo);
    settings.layers = renderer->defaultLayers();
    if (parser.isSet(QStringLiteral("layers"))) {
        settings.layers.clear();
        settings.legend = false;
        for (const QString &layer : parser.value(QStringLiteral("layers")).split(u',', Qt::SkipEmptyParts)) {
            if (layer.trimmed() == QLatin1String("legend"))
                settings.legend = true;
            else
                settings.layers.insert(layer.trimmed());
        }
    }
    if (eachEvent || film || compare)
        settings.date = atlas->timeline.lastDate();  // each frame, step or panel sets its own
    if (auto problem = settings.validate(*renderer)) {
        err() << "crossroads: " << problem->message << Qt::endl;
        return BadInput;
    }
    const MapExporter exporter(renderer);
    if (story && ExportSettings::formatFor(parser.value(QStringLiteral("output"))) == ExportSettings::Format::Pdf)
        return exportHandout(parser, exporter, settings);
    if (film)
        return exportFilm(parser, exporter, settings);
    if (compare)
        return exportCompare(parser, exporter, settings);

    if (eachEvent) {
        const QString dir = parser.value(QStringLiteral("output-dir"));
        // Created when missing, as `mkdir -p` would.
        if (!QDir().mkpath(dir)) {
            err() << "crossroads: cannot create the output folder " << QDir(dir).absolutePath() << Qt::endl;
            return RuntimeFailure;
        }
        FrameSequence frames(exporter);
        int kept = 0;
        Result<int> written = frames.write(dir, settings, parser.isSet(QStringLiteral("resume")), &kept);
        if (!written) {
            err() << "crossroads: " << written.error().toString() << Qt::endl;
            return RuntimeFailure;
        }
        out() << written.value() << " frames and index.csv written to " << QDir(dir).absolutePath();
        if (kept > 0)
            out() << " (" << kept << " kept from an earlier run)";
        out() << Qt::endl;
        return Ok;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (auto problem = exporter.write(output, settings)) {
        err() << "crossroads: " << problem->toString() << Qt::endl;
        return RuntimeFailure;
    }
    return Ok;
}

} // namespace crossroads::cli
