// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/atlas.h"
#include "model/story.h"
#include "render/legend.h"
#include "util/error.h"

#include <optional>
#include <vector>

namespace crossroads {

// One frame of a film: the date it shows and what the caption line says;
// in a story, the step and how far its flight and pulse have got.
struct AnimationFrame
{
    Date date;
    QString caption;
    int step = -1;        // story step, -1 outside stories
    double flight = 1.0;  // 0..1 of the flight into `step`; 1: landed
    double pulse = 0.0;   // outline pulse on what changed since the last step

    friend bool operator==(const AnimationFrame &, const AnimationFrame &) = default;
};

// What a film shows, frame by frame, decided before anything is drawn: a
// run of dates (evenly over a duration, or event by event), or a story as
// its presenter plays it. Captions only name events on or before the
// frame's date.
struct AnimationPlan
{
    int fps = 30;
    std::vector<AnimationFrame> frames;
    std::optional<Story> story;  // the steps' extents and layers

    static constexpr double kFlightSeconds = 0.5;  // as the presenter's flight
    static constexpr double kMaxSeconds = 3600;

    // From `from` to `to` over `duration` seconds, or holding each event's
    // day for `perEvent` seconds (one of the two; neither: 20 s).
    static Result<AnimationPlan> forDates(const Timeline &timeline, const Date &from, const Date &to, int fps,
                                          std::optional<double> duration, std::optional<double> perEvent);
    // Each step held `perStep` seconds; after the first, it opens with the
    // presenter's flight and then the pulse on what changed.
    static Result<AnimationPlan> forStory(const Story &story, int fps, double perStep);

    double seconds() const { return fps > 0 ? double(frames.size()) / fps : 0; }

    // The legend of every date the film shows, so it stays put while the
    // film plays: each entry that appears on any of its dates, in the
    // order a single date's legend would list them.
    std::vector<LegendItem> legend(const Atlas &atlas, const QSet<QString> &layers, const Style &style) const;
};

} // namespace crossroads
