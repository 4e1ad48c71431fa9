// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/viewport.h"

#include <QImage>
#include <QRectF>

#include <memory>
#include <vector>

namespace crossroads {

class ProjectedAtlas;

// What stays the same while only the date, selection or hover change: per
// view, a country-id buffer (each pixel holds the index of the country
// there, plus one; 0 is sea), the sea with its graticule, the borders and the
// labels. A date change then recolours the id buffer through a palette
// instead of redrawing polygons. Owned by whoever draws repeatedly (the map
// view, a frame exporter); a one-off render can do without.
struct RenderCache
{
    struct Key
    {
        const ProjectedAtlas *atlas = nullptr;
        Viewport viewport;
        qreal devicePixelRatio = 0;
        double symbolScale = 0;
        bool graticule = false;
        bool labels = false;
        int epoch = 0;  // boundary epoch (ProjectedAtlas::epochAt)
        friend bool operator==(const Key &, const Key &) = default;
        bool sameViewAs(const Key &other) const
        {
            Key k = other;
            k.epoch = epoch;
            return k == *this;
        }
    };

    Key key;
    QImage ids;         // Format_RGB32, device pixels
    QImage background;  // sea + graticule, Format_RGB32
    QImage borders;     // transparent, Format_ARGB32_Premultiplied
    QImage labels;      // transparent, Format_ARGB32_Premultiplied
    // Corridors change only when a status does: kept with the statuses they
    // show (anti-aliased dashed strokes cost more than the rest together).
    QImage corridors;
    std::vector<int> corridorStatuses;
    // The presenter's pulse: the outline of the countries that changed
    // between two dates, stroked once and faded in and out by opacity.
    QImage pulse;
    std::pair<qint64, qint64> pulseDays{0, 0};
    QImage composed;    // the recoloured land, Format_RGB32
    std::vector<QRectF> labelRects;  // per country, logical pixels; empty rect: no label
    std::vector<QRectF> labelInk;    // per placed label: its box with its leader line

    // Times the id buffer was rasterised from the outlines (the geometry
    // work a view or epoch change costs). A date change inside an epoch
    // leaves it alone; tests count it.
    int geometryBuilds = 0;
    // The images of the epoch shown before, same view: scrubbing back and
    // forth across one epoch boundary swaps them rather than redrawing.
    std::shared_ptr<RenderCache> otherEpoch;

    bool matches(const Key &k) const { return key == k && !ids.isNull(); }
};

} // namespace crossroads
