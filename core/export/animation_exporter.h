// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/animation_plan.h"
#include "export/map_exporter.h"

#include <QImage>

#include <atomic>
#include <functional>
#include <memory>

namespace crossroads {

class Flight;

// Draws the frames of a plan with the exporter's full page (title, running
// date, legend, scale bar, credits) around each. A frame equal to the one
// before is not drawn again; a date change only recolours the cached map;
// a story step flies in with the presenter's Flight.
class AnimationRenderer
{
public:
    AnimationRenderer(const MapExporter &exporter, const ExportSettings &base, const AnimationPlan &plan);
    ~AnimationRenderer();

    // Frames must be asked for in order (flights start from the frame
    // before). The image is shared with the caller: it is never painted
    // over again.
    QImage frame(int index);
    // The settings frame `index` is composed with (for tests and stills).
    ExportSettings settingsFor(int index) const;

private:
    MapSettings mapFor(int index) const;
    void drawMap(QPainter &painter, const MapSettings &map, int index);

    const MapExporter &m_exporter;
    ExportSettings m_base;
    const AnimationPlan &m_plan;
    std::vector<LegendItem> m_legend;
    RenderCache m_cache;
    QImage m_map;  // the last map drawn (device pixels): where a flight starts
    MapSettings m_mapSettings;
    std::unique_ptr<Flight> m_flight;
    int m_flightStep = -1;
    QImage m_last;
    int m_lastIndex = -1;
};

// Renders a plan and encodes it to MP4, WebM or GIF (by extension). The
// encoder runs on its own thread while the next frames are drawn; at most
// a few frames wait between them, so memory stays flat however long the
// film. Cancelling (the flag, checked between frames) leaves no file.
class AnimationExporter
{
public:
    explicit AnimationExporter(const MapExporter &exporter) : m_exporter(exporter) {}

    static bool handles(const QString &path);  // .mp4, .webm, .gif

    // `progress(framesEncoded, total)` is called from the calling thread.
    std::optional<Error> write(const QString &path, const ExportSettings &base, const AnimationPlan &plan,
                               const std::atomic<bool> *cancel = nullptr,
                               const std::function<void(int, int)> &progress = {}) const;

    static QString cancelledMessage() { return QStringLiteral("cancelled; nothing was written"); }

private:
    const MapExporter &m_exporter;
};

} // namespace crossroads
