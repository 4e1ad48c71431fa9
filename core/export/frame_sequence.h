// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/map_exporter.h"

namespace crossroads {

// One PNG per event in date order (DATE_EVENTID.png, each georeferenced)
// and an index.csv of frame, date, event and caption. Frames share one
// render cache: the view stays, only the date changes.
class FrameSequence
{
public:
    explicit FrameSequence(const MapExporter &exporter) : m_exporter(exporter) {}

    // `base` supplies size, extent, layers and title; the date and caption
    // come from each event. Each frame with its sidecars is one
    // all-or-nothing set and index.csv comes last, so a run killed midway
    // leaves whole frames only. With `resume`, frames an earlier run left
    // whole and with the same settings are kept (counted in `kept`).
    // Returns the number of frames in the sequence.
    Result<int> write(const QString &directory, const ExportSettings &base, bool resume = false, int *kept = nullptr) const;

    static QString frameName(const Event &event);

private:
    const MapExporter &m_exporter;
};

} // namespace crossroads
