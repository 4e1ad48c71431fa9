// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/map_layer.h"

#include <QFont>
#include <QRectF>

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
};

// Places country names without overlaps: the focus region and every country
// the timeline names are candidates; larger focus countries go first; each
// tries its label point, then just above and below; what still collides or
// leaves the view is not drawn.
std::vector<PlacedLabel> placeCountryLabels(const RenderContext &context);

// The box of each country's placed name (indexed like Atlas::countries;
// empty where it has none), from the render cache when there is one.
// Empty when labels are hidden.
std::vector<QRectF> countryLabelRects(const RenderContext &context);

} // namespace crossroads
