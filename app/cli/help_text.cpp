// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/help_text.h"

#include "cli/db_command.h"

namespace crossroads::cli {

QString exportUsage()
{
    return QStringLiteral(
        "crossroads export --date D --output F.png [options]\n"
        "\n"
        "crossroads export --each-event --output-dir DIR [options]\n"
        "  Draws the map as it stood on date D to a PNG (with a world file F.pgw\n"
        "  and F.png.aux.xml so GIS tools place it), a GeoPDF or an SVG, by the\n"
        "  output's extension: .png, .pdf or .svg; any other is refused (exit 2).\n"
        "  With --each-event, one PNG per event in date order, named\n"
        "  DATE_EVENTID.png, and an index.csv; DIR is created when missing.\n"
        "  Every output is written whole or not at all: the old file and its\n"
        "  sidecars stay as they were if anything fails. Devices, pipes and\n"
        "  folders are refused as outputs (exit code 2).\n"
        "\n"
        "  --size WxH           output size in pixels (default 1920x1080)\n"
        "  --dpi N              resolution; text and symbols scale with it (default 96)\n"
        "  --extent W,S,E,N     area to show, in degrees (default: the region)\n"
        "  --layers a,b,...     overlays to draw (default: all); any of graticule,\n"
        "                       the group ids, corridors, events, labels, legend\n"
        "  --title T            title (default: the date and the overlays shown)\n"
        "  --projection ID      regional-albers (default) or web-mercator\n"
        "  --resume             with --each-event: keep the frames an interrupted\n"
        "                       run left whole with the same settings; draw the rest\n"
        "  Example: crossroads export --date 2026-01-22 --output davos.png --size 3840x2160\n"
        "\n"
        "crossroads export --animate --from D1 --to D2 --output F.mp4|F.webm|F.gif [options]\n"
        "crossroads export --story NAME --output F.mp4|F.webm|F.gif [options]\n"
        "  A film: every frame is the full page (title, running date, legend,\n"
        "  scale bar, credits); the legend holds every entry the film needs, so\n"
        "  it stays put; each event's title appears in the caption line as its\n"
        "  day passes. H.264 in MP4, VP9 in WebM, or an animated GIF. With\n"
        "  --story, the story's steps as its presenter shows them: each step\n"
        "  flies to its area, the colours cross-fade and what changed pulses.\n"
        "  On a terminal a progress line is shown; Ctrl+C stops and leaves no file.\n"
        "  --fps N              frames per second (default 30)\n"
        "  --duration S         length in seconds, dates evenly spread (default 20)\n"
        "  --per-event S        instead: hold each event's day (or each story step)\n"
        "                       S seconds (story default 5)\n"
        "  --size WxH           even sizes for MP4/WebM (default 1920x1080)\n"
        "  Example: crossroads export --animate --from 2020-01-01 --to 2026-03-01 --duration 60 --output film.mp4\n"
        "\n"
        "crossroads export --story NAME --output F.pdf\n"
        "  A handout of the story: a cover, one page per step (its map, caption,\n"
        "  speaker notes and the facts it shows with their sources) and a list\n"
        "  of sources. NAME is a story id, or all-events.\n"
        "  Example: crossroads export --story stakeholders --output handout.pdf\n"
        "\n"
        "crossroads export --compare D1,D2[,D3...] --output F.png|F.pdf\n"
        "  Small multiples: the map on each date side by side on one page, each\n"
        "  panel with its date, under one shared legend.\n"
        "  Example: crossroads export --compare 2020-09-15,2023-09-19,2025-11-06 --output compare.png\n"
        "\n"
        "crossroads export --timeline F.gpkg\n"
        "  Writes the whole timeline as a GeoPackage for GIS tools: standings as\n"
        "  country polygons, corridor legs per phase and events as points, each\n"
        "  with start_date and end_date (end excluded), set up to play in QGIS's\n"
        "  Temporal Controller as it is.\n");
}

QString queryUsage()
{
    return QStringLiteral(
        "crossroads query --date D [--country ISO3] [--format json|text]\n"
        "  Prints what held on date D: every country's standing in each group,\n"
        "  each corridor's status and the events up to D (with --country, only\n"
        "  that country and its events). Countries and groups with no standing\n"
        "  are left out.\n"
        "  Example: crossroads query --date 2025-11-06 --country KAZ --format json\n");
}

QString briefUsage()
{
    return QStringLiteral(
        "crossroads brief --country ISO3 --date D [--format md|html|json]\n"
        "  Prints the briefing on one country as of date D: standings with their\n"
        "  dates, certainty and sources, corridors crossing it with the length\n"
        "  inside it, relations, and its events, newest first.\n"
        "  Example: crossroads brief --country AZE --date 2026-02-01 --format md\n");
}

QString validateUsage()
{
    return QStringLiteral(
        "crossroads validate [--data DIR | --db CONNINFO] [--events F]\n"
        "  Checks every file of a data folder and prints each problem as\n"
        "  FILE:LINE: message (or FILE:feature N for GeoJSON). Exit code 2 if\n"
        "  there is any.\n"
        "  Example: crossroads validate --data ./my-geodata\n");
}

QString identifyUsage()
{
    return QStringLiteral(
        "crossroads identify --date D --at LON,LAT [--format json|text]\n"
        "  Prints which country the point belonged to on date D (by the borders\n"
        "  of that date) and any disputed, controlled or leased territory there:\n"
        "  {\"date\", \"country\", \"territory\", \"controlled_by\", \"claimed_by\",\n"
        "  \"status\", \"record\", \"since\", \"sources\"}, null or [] where there\n"
        "  is none. Codes are ISO3 (YUG, SCG for former states) or X codes for\n"
        "  authorities no state list has (XNK Nagorno-Karabakh Republic, ...).\n"
        "  Exit code 2 for a bad date, point or format.\n"
        "  Example: crossroads identify --date 2000-01-01 --at 46.75,39.82\n");
}

QString diffUsage()
{
    return QStringLiteral(
        "crossroads diff --from D1 --to D2 [--country ISO3] [--format json|text|md]\n"
        "  Prints what changed after D1 up to D2: standings begun or ended,\n"
        "  corridor phases and events, each with its day, certainty and sources\n"
        "  (by title; in JSON by id). With --country, only that country's\n"
        "  standings and events and the corridors with a stop in it.\n"
        "  Example: crossroads diff --from 2025-01-01 --to 2026-01-01 --country KAZ --format md\n");
}

QString programHelp()
{
    return QStringLiteral(
               "Usage: crossroads [SUBCOMMAND] [OPTIONS]\n"
               "An atlas of how Central Asia and the South Caucasus became stakeholders\n"
               "in the Middle East. Without a subcommand, opens the atlas window.\n"
               "\n"
               "Subcommands (run with no display):\n"
               "\n") +
           exportUsage() + u'\n' + queryUsage() + u'\n' + briefUsage() + u'\n' + diffUsage() + u'\n' + validateUsage() + u'\n' + dbUsage() + u'\n' + identifyUsage() +
           QStringLiteral(
               "\n"
               "Common options:\n"
               "  --data DIR    use another data folder (default: the embedded data)\n"
               "  --db CONNINFO read the record from the team's PostGIS store instead\n"
               "  --boundaries SOURCE  country boundaries from any OGR dataset (GeoPackage,\n"
               "                GeoJSON, Shapefile, FlatGeobuf, PG:CONNINFO); features with\n"
               "                the same code are merged, a layer of provinces is merged by\n"
               "                its country code or refused. With --boundaries-layer L,\n"
               "                --iso-field F (default iso_a3, ADM0_A3, ...) and --name-field F.\n"
               "                The data folder's region.json may name them in \"boundaries\".\n"
               "  --events F    overlay your own events (CSV or GeoJSON: date, end, title,\n"
               "                certainty, source, lon and lat or place); validate checks them\n"
               "  --help        show this help\n"
               "  --version     show the version\n"
               "\n"
               "Exit codes: 0 ok, 1 runtime failure (input/output), 2 bad input or arguments.\n");
}

} // namespace crossroads::cli
