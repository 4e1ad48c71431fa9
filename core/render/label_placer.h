// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/map_layer.h"

#include <QFont>
#include <QRectF>

#include <optional>
#include <vector>

namespace crossroads {

struct PlacedLabel
{
    int country = -1;  // index into Atlas::countries
    QString text;
    QFont font;
    QPointF baseline;  // logical pixels
    QRectF rect;       // logical pixels, the text's box
    bool muted = false;
    // Set when the name sits away from its country: a leader line runs from
    // here (the country's label point) to the name's box.
    std::optional<QPointF> leaderFrom;
};

// Places country names without overlaps: the focus region, every country
// the timeline names and the large neighbours (Russia, China, India, ...)
// are candidates; larger focus countries go first; each tries its label
// point, then just above and below, then beside it; a small focus country
// (Armenia beside Azerbaijan) then tries positions further out with a
// leader line, so every focus country larger than a few pixels is named.
// What still collides or leaves the view is not drawn.
std::vector<PlacedLabel> placeCountryLabels(const RenderContext &context);

// The box of each country's placed name (indexed like Atlas::countries;
// empty where it has none), from the render cache when there is one.
// Empty when labels are hidden.
std::vector<QRectF> countryLabelRects(const RenderContext &context);

} // namespace crossroads
