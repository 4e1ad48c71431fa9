// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/map_exporter.h"
#include "model/story.h"

#include <QCommandLineParser>

#include <optional>

namespace crossroads::cli {

// The parts of `crossroads export` that make more than one map: films
// (--animate, --story to .mp4/.webm/.gif), story handouts (--story to
// .pdf) and small multiples (--compare). `base` is validated; each returns
// an exit code.
std::optional<Story> findStory(const Atlas &atlas, const QString &name);
int exportFilm(const QCommandLineParser &parser, const MapExporter &exporter, const ExportSettings &base);
int exportHandout(const QCommandLineParser &parser, const MapExporter &exporter, const ExportSettings &base);
int exportCompare(const QCommandLineParser &parser, const MapExporter &exporter, const ExportSettings &base);

} // namespace crossroads::cli
