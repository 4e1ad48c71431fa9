// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/page_layout.h"

#include <QRectF>
#include <QSizeF>
#include <QString>

#include <cmath>

#include <vector>

namespace crossroads {

// The presenter's caption band laid out for one step: an opaque band along
// the bottom of the screen with the date, the title, the text, the sources
// and the step counter ("3 / 14"). Everything is wrapped to the band, never
// elided while it fits at the smallest readable size; the map ends above
// the band, so no map label is ever printed over a caption.
struct PresenterCaption
{
    QRectF band;
    PageText date, title, text, sources, counter;
    // Set only when the text does not fit even at the smallest size: its
    // last line then ends with an ellipsis.
    bool shortened = false;

    std::vector<const PageText *> blocks() const { return {&date, &title, &text, &sources, &counter}; }

    // The band's share of the screen height.
    static constexpr double kBandShare = 0.22;
    static double bandHeight(double screenHeight) { return std::round(screenHeight * kBandShare); }

    static PresenterCaption layout(QSizeF screen, const QString &date, const QString &title, const QString &text,
                                   const QString &sources, int step, int count);
};

} // namespace crossroads
