// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/map_exporter.h"

#include <vector>

namespace crossroads {

// Small multiples: the map on several dates side by side on one page, each
// panel with its date, all at one scale and under one shared legend (every
// entry any panel needs). The page around them (title, legend, scale bar,
// credits) is the exporter's own; the panels take the map's place.
class CompareExporter
{
public:
    explicit CompareExporter(const MapExporter &exporter) : m_exporter(exporter) {}

    static constexpr int kMaxPanels = 9;

    // The page settings: `base` with the panels drawn in the map's place.
    ExportSettings pageSettings(const ExportSettings &base, const std::vector<Date> &dates) const;
    // Where each panel sits on the page, in logical pixels.
    std::vector<QRectF> panelRects(const ExportSettings &page, int count) const;

    QImage renderImage(const ExportSettings &base, const std::vector<Date> &dates) const;
    // PNG (no world file: the page is not one map) or PDF, atomically.
    std::optional<Error> write(const QString &path, const ExportSettings &base, const std::vector<Date> &dates) const;

    // "D1,D2[,...]": two to kMaxPanels dates.
    static Result<std::vector<Date>> parseDates(const QString &text);

private:
    const MapExporter &m_exporter;
};

} // namespace crossroads
