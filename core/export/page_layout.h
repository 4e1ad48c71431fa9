// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/legend.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QStringList>

#include <vector>

class QPainter;

namespace crossroads {

// One block of text on an export page, already wrapped to its frame.
struct PageText
{
    QStringList lines;
    QFont font;
    QColor colour;
    QRectF frame;  // the space the layout gave it
    QRectF rect;   // the measured box of its lines, inside the frame
    bool alignRight = false;

    // Moves the block so its box starts at `topLeft` (frame and box move together).
    void moveTo(QPointF topLeft);
    void draw(QPainter &painter) const;
};

// Wraps `text` at spaces to `width`, shrinking the font from its size down
// to `minPixels` until it fits in `maxLines`; at the smallest size it takes
// as many lines as it needs (a word longer than the width is broken). Never
// elides: a reader always gets the whole title and the whole credit.
PageText fitText(const QString &text, QFont font, double width, int maxLines, double minPixels);

// Where everything sits on an export page, in logical pixels. Title, date
// and caption are in a band above the map, the note, credits and scale bar
// in a band below it, the legend in a column beside the map (landscape) or
// a band under it (portrait): nothing is ever printed over the map, so no
// country that carries data is covered, at any size and DPI.
struct PageLayout
{
    QSizeF page;
    double scale = 1.0;  // text and symbol size (1 at 1100x720 logical pixels and above)
    QRectF map;          // the map frame; its size is the map's viewport
    QRectF legend;       // empty: no legend
    double legendMaxHeight = 0;
    std::vector<LegendItem> legendRows;  // what the legend box lists, notes included
    QRectF scaleBar;
    std::vector<PageText> texts;  // title, date, caption, note, credits
    QStringList outside;          // marked countries outside the frame ("also: ...")
};

} // namespace crossroads
