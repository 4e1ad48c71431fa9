// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/atlas.h"
#include "render/map_settings.h"
#include "render/style.h"

#include <QColor>
#include <QPainter>

#include <vector>

namespace crossroads {

// One row of a legend, with the symbol the map uses for it.
struct LegendItem
{
    enum class Symbol { Fill, Hatch, Badge, Corridor, SeaLeg, RecentEvent, OlderEvent, UserEvent };
    Symbol symbol = Symbol::Fill;
    QString section;  // heading it sits under: the group or "Corridors"
    QString label;
    QColor colour;
    Standing standing = Standing::None;
    CorridorStatus status = CorridorStatus::None;
};

// The legend of exactly what a render with `settings` draws: for each
// visible group the standings present on the date, each corridor drawn with
// its status, event markers if any events are shown.
std::vector<LegendItem> legendItems(const Atlas &atlas, const MapSettings &settings, const Style &style);

// Draws one item's symbol into `rect` (logical pixels times scale).
void drawLegendSymbol(QPainter &painter, const QRectF &rect, const LegendItem &item, const Style &style, double scale);

// Draws a legend box with the items at `topLeft`; returns the rect used.
// `maxHeight` wraps items into columns.
QRectF drawLegend(QPainter &painter, QPointF topLeft, const std::vector<LegendItem> &items, const Style &style,
                  double scale, double maxHeight);

} // namespace crossroads
