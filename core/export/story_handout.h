// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/map_exporter.h"
#include "model/source_titles.h"
#include "model/story.h"

namespace crossroads {

// A story as a printable briefing pack (PDF, A4): a cover with the story's
// title, description and steps; one page per step with its map (the
// exporter's full page), caption, speaker notes and the facts it shows
// (what changed since the step before, each with its day, certainty and
// sources by title); and a numbered list of every source cited.
class StoryHandout
{
public:
    StoryHandout(const MapExporter &exporter, SourceTitles titles) : m_exporter(exporter), m_titles(std::move(titles)) {}

    static constexpr int kMaxFactsPerStep = 12;

    // `base` supplies layers and projection choices; each step its date,
    // area and layers. Written atomically.
    std::optional<Error> write(const QString &path, const Story &story, const ExportSettings &base) const;

private:
    const MapExporter &m_exporter;
    SourceTitles m_titles;
};

} // namespace crossroads
