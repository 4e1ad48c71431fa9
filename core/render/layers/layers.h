// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/map_layer.h"

#include <memory>

namespace crossroads::layers {

// The map's layers, bottom to top. Each lives in its own file.
std::unique_ptr<MapLayer> makeBaseLayer();         // sea, graticule, land with fill and hatch overlays
std::unique_ptr<MapLayer> makeBorderLayer();       // borders
std::unique_ptr<MapLayer> makeTerritoryLayer();    // disputed, controlled and leased territory
std::unique_ptr<MapLayer> makeHighlightLayer();    // selection, hover, change pulse
std::unique_ptr<MapLayer> makeCorridorLayer();
std::unique_ptr<MapLayer> makeEventLayer();
std::unique_ptr<MapLayer> makeLabelLayer();
std::unique_ptr<MapLayer> makeBadgeLayer();        // badge-channel overlays
std::unique_ptr<MapLayer> makeUserEventLayer();    // the analyst's own events (user_event_layer.cpp)
// The record's event whose marker is under `pixel` (logical pixels) on
// settings.date, the most recent when several are; -1 for none. Only events
// dated on or before the date count, as only those are drawn.
int eventAtPixel(const ProjectedAtlas &geo, const MapSettings &settings, QPointF pixel);
void drawUserEventMarker(QPainter &painter, QPointF centre, double scale);
// The borders of the view as a transparent overlay kept in the cache
// (drawn on first use; null when there is no memory for it).
const QImage &borderOverlay(RenderContext &context);
QColor userEventColour();

} // namespace crossroads::layers
