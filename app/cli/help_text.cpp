// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/help_text.h"

namespace crossroads::cli {

QString exportUsage()
{
    return QStringLiteral(
        "crossroads export --date D --output F.png [options]\n"
        "\n"
        "crossroads export --each-event --output-dir DIR [options]\n"
        "  Draws the map as it stood on date D to a PNG (with a world file F.pgw\n"
        "  and F.png.aux.xml so GIS tools place it), a PDF or an SVG (by the\n"
        "  output's extension). With --each-event, one PNG per event in date\n"
        "  order, named DATE_EVENTID.png, and an index.csv.\n"
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
        "  Example: crossroads export --date 2026-01-22 --output davos.png --size 3840x2160\n");
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
        "crossroads validate [--data DIR]\n"
        "  Checks every file of a data folder and prints each problem as\n"
        "  FILE:LINE: message (or FILE:feature N for GeoJSON). Exit code 2 if\n"
        "  there is any.\n"
        "  Example: crossroads validate --data ./my-geodata\n");
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
           exportUsage() + u'\n' + queryUsage() + u'\n' + briefUsage() + u'\n' + validateUsage() +
           QStringLiteral(
               "\n"
               "Common options:\n"
               "  --data DIR    use another data folder (default: the embedded data)\n"
               "  --help        show this help\n"
               "  --version     show the version\n"
               "\n"
               "Exit codes: 0 ok, 1 runtime failure (input/output), 2 bad input or arguments.\n");
}

} // namespace crossroads::cli
