// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/date.h"
#include "render/legend.h"
#include "util/error.h"

#include <QRectF>
#include <QSet>
#include <QSize>
#include <QString>

#include <array>
#include <functional>
#include <optional>

namespace crossroads {

class MapRenderer;

// What a report writer asks for. Validated before anything is drawn, so bad
// arguments fail fast with a clear message.
struct ExportSettings
{
    enum class Format { Png, Pdf, Svg };

    Date date;
    QSize size{1920, 1080};  // output pixels (PDF/SVG: points at the layout scale)
    std::optional<int> dpi;  // none: from the size, 96 per 1920x1080
    // West, south, east, north in degrees; none: the region's home view.
    std::optional<std::array<double, 4>> extent;
    // Or an area of the projected plane (the GUI's current view).
    std::optional<QRectF> projectedExtent;
    QSet<QString> layers;  // visible map layers
    bool legend = true;
    QString title;         // empty: date and overlays
    QString caption;       // optional line under the title (frames: the event)
    // A run of frames: the legend lists what any frame from `first` to
    // `last` shows, so it stays the same from frame to frame. None: this
    // date only.
    struct Span
    {
        Date first;
        Date last;
    };
    std::optional<Span> legendSpan;

    // Films and multi-panel pages: a legend fixed for the whole film (its
    // entries computed over every date it shows, so it never jumps), and
    // the map drawn by the caller instead of MapRenderer::render (a
    // presenter's flight, or a frame reused from a date with the same map).
    std::optional<std::vector<LegendItem>> legendItems;
    std::function<void(QPainter &painter, const MapSettings &map)> drawMap;
    // A PDF is a GeoPDF unless the page is not one map (small multiples).
    bool georeferencedPdf = true;

    static constexpr int kMaxSide = 20000;
    // A4 at 600 DPI is 35 megapixels and 8K UHD 33; an export needs several
    // buffers of the output's size (100 MP took 2.8 GB and over a minute),
    // so 40 MP keeps memory near 1 GB.
    static constexpr qint64 kMaxPixels = 40'000'000;

    // The layout scale: logical pixels -> output pixels. A 3840x2160 export
    // is the 1920x1080 layout at scale 2.
    double layoutScale() const;
    int effectiveDpi() const;

    // Checks sizes, DPI and extent; layers against the renderer's ids.
    std::optional<Error> validate(const MapRenderer &renderer) const;

    // "WxH"; "W,S,E,N"; "a,b,c" (with "legend" as a pseudo-layer).
    static Result<QSize> parseSize(const QString &text);
    static Result<std::array<double, 4>> parseExtent(const QString &text);
    // From the file name's extension (.png, .pdf, .svg, any case); none
    // for any other: we never write one format under another's name.
    static std::optional<Format> formatFor(const QString &path);
};

} // namespace crossroads
