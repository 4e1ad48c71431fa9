// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/viewport.h"

#include <QImage>
#include <QRectF>
#include <QString>

#include <map>
#include <memory>
#include <vector>

namespace crossroads {

class ProjectedAtlas;

// What one layer keeps between renders of one view and boundary epoch. Each
// layer defines its own (in its own file); the cache drops them all together
// when the view or the epoch changes.
struct LayerCache
{
    virtual ~LayerCache() = default;
};

// The cache of a layer that keeps one transparent overlay.
struct OverlayCache : LayerCache
{
    QImage image;  // Format_ARGB32_Premultiplied, device pixels
};

// One run of equal pixels in a row of the id buffer.
struct IdRun
{
    int x = 0;
    int length = 0;
    uint id = 0;  // country index plus one; 0 is sea
};

// The country-id buffer of a view as runs per row: a date change recolours
// runs instead of looking every pixel up, and a one-off render keeps the
// runs without ever holding the whole image.
struct IdRuns
{
    QSize size;                   // device pixels
    std::vector<IdRun> runs;      // row by row
    std::vector<size_t> rowStart; // size.height() + 1 offsets into runs

    bool isNull() const { return size.isEmpty(); }
    // The country index plus one at a device pixel; 0 (sea) outside.
    uint idAt(QPoint pixel) const;
    // Appends the runs of `image`'s rows (each pixel's low 24 bits are its id).
    void appendRows(const QImage &image, int rows);
};

// What stays the same while only the date, selection or hover change: per
// view, a country-id buffer (each pixel holds the index of the country
// there, plus one; 0 is sea; kept as runs), shared by the layers, and each layer's own
// cache (the sea with its graticule, the borders, the labels...), looked up
// by layer id. A date change then recolours the id buffer through a palette
// instead of redrawing polygons. Owned by whoever draws repeatedly (the map
// view, a frame exporter); a one-off render passes one made with once set.
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
    // A render that happens once (an export): layers draw straight through
    // instead of keeping overlays and the sea is painted straight into the
    // target, so no image of the output's size is held beside the output.
    bool once = false;
    IdRuns runs;  // the id buffer
    std::vector<QRectF> labelRects;  // per country, logical pixels; empty rect: no label
    std::vector<QRectF> labelInk;    // per placed label: its box with its leader line (the presenter keeps its legend clear of them)
    std::vector<QRectF> corridorLabelRects;  // per corridor labelled on the date, logical pixels
    // The land the base layer keeps has the borders blended in (one
    // full-frame blend less per frame); the border layer then draws nothing.
    bool bordersInLand = false;

    // Times the id buffer was rasterised from the outlines (the geometry
    // work a view or epoch change costs). A date change inside an epoch
    // leaves it alone; tests count it.
    int geometryBuilds = 0;
    // Frames rendered with this cache since its view or epoch changed. A
    // layer whose kept images cost more to make than to draw straight draws
    // a view's first frame straight (the first map, a frame of a pan or a
    // flight) and keeps its images from the second on, which a view that
    // settles gets soon after (MapView).
    int framesDrawn = 0;
    // Sprites painted for this view and epoch (tests count them).
    int spritesPainted = 0;
    // Images of the view's size the base layer made to keep its sea and
    // land in (tests count them).
    int landImagesMade = 0;
    // The images of the epoch shown before, same view: scrubbing back and
    // forth across one epoch boundary swaps them rather than redrawing.
    std::shared_ptr<RenderCache> otherEpoch;

    bool matches(const Key &k) const { return key == k && !runs.isNull(); }
    // The device size of the view's images.
    QSize deviceSize() const { return runs.size; }
    // The size of the overlays layers keep: empty when drawn once, so
    // they draw straight through (canvas::drawOverlay).
    QSize overlaySize() const { return once ? QSize() : runs.size; }

    // Layer `id`'s own cache, made empty on first use.
    template <typename T>
    T &layer(const QString &id)
    {
        std::unique_ptr<LayerCache> &slot = m_layers[id];
        if (!slot)
            slot = std::make_unique<T>();
        return static_cast<T &>(*slot);
    }

    // Forgets everything of the view (the build count stays).
    void reset(const Key &k)
    {
        const int builds = geometryBuilds;
        const bool keepOnce = once;
        *this = RenderCache{};
        key = k;
        once = keepOnce;
        geometryBuilds = builds;
    }

private:
    std::map<QString, std::unique_ptr<LayerCache>> m_layers;
};

} // namespace crossroads
