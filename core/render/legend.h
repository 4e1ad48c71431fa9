// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/atlas.h"
#include "render/map_settings.h"
#include "render/render_cache.h"
#include "render/style.h"

#include <QColor>
#include <QPainter>

#include <vector>

namespace crossroads {

// One row of a legend, with the symbol the map uses for it.
struct LegendItem
{
    // Note: a line of text without a symbol (members outside the frame).
    // Overlap: a country both filled and hatched (in the Abraham Accords and
    // on the Board of Peace): the fill of `colour`/`standing` under the
    // hatching of `hatchColour`/`hatchStanding`.
    enum class Symbol { Fill, Hatch, Badge, Corridor, SeaLeg, RecentEvent, OlderEvent, Territory, ApproximateTerritory, LeasedTerritory, Note, UserEvent, Overlap };
    Symbol symbol = Symbol::Fill;
    QString section;  // heading it sits under: the group or "Corridors"
    QString label;
    QColor colour;
    Standing standing = Standing::None;
    CorridorStatus status = CorridorStatus::None;
    QColor hatchColour = QColor();           // Overlap only (initialised: brace lists may leave it out)
    Standing hatchStanding = Standing::None;  // Overlap only
};

// The legend of exactly what a render with `settings` draws: for each
// visible group the standings present on the date, each corridor drawn with
// its status, event markers if any events are shown.
std::vector<LegendItem> legendItems(const Atlas &atlas, const MapSettings &settings, const Style &style);

// The same over every date from `from` to settings.date: a sequence of
// frames shows one stable legend instead of one that grows and jumps. Only
// records dated on or before settings.date count.
std::vector<LegendItem> legendItems(const Atlas &atlas, const MapSettings &settings, const Style &style, const Date &from);

// The countries with a standing in a visible group on some date from `from`
// to settings.date, as indices into Atlas::countries.
std::vector<int> markedCountries(const Atlas &atlas, const MapSettings &settings, const Date &from);

// Draws one item's symbol into `rect` (logical pixels times scale).
void drawLegendSymbol(QPainter &painter, const QRectF &rect, const LegendItem &item, const Style &style, double scale);

// Draws a legend box with the items at `topLeft`; returns the rect used.
// `maxHeight` wraps items into columns.
QRectF drawLegend(QPainter &painter, QPointF topLeft, const std::vector<LegendItem> &items, const Style &style,
                  double scale, double maxHeight);

// The box drawLegend would use, without drawing.
QSizeF measureLegend(const std::vector<LegendItem> &items, double scale, double maxHeight);

// Where a box of `size` (logical pixels) can sit over a rendered map without
// covering a pixel of a country that carries data: `ids` is a render cache's
// country-id buffer (device pixels at `dpr`), `carries` is indexed like
// Atlas::countries. The spot nearest a corner of the map wins, `margin` in
// from its edges; a spot that also keeps clear of `avoid` (the names on the
// map) wins over one that does not. An empty rect when there is none.
QRectF emptySpot(const IdRuns &ids, qreal dpr, const std::vector<bool> &carries, QSizeF size, double margin,
                 const std::vector<QRectF> &avoid = {});

// The legend's text font at `scale`, for callers that wrap notes to a width.
QFont legendFont(double scale);

} // namespace crossroads
