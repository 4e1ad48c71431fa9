// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/story.h"

#include "model/atlas.h"

#include <algorithm>

namespace crossroads {

Story Story::allEvents(const Atlas &atlas)
{
    Story story;
    story.id = QStringLiteral("all-events");
    story.title = QStringLiteral("All events in date order");
    story.description = QStringLiteral("Every event of the timeline, one step each.");
    for (const Event &event : atlas.timeline.events()) {
        StoryStep step;
        step.id = event.id;
        step.date = event.date;
        step.title = event.title;
        step.text = event.summary;
        step.sources = event.sources;
        // Frame the event's countries (their bounding box in degrees); far
        // flung ones (the United States) would zoom out to the world, so
        // the frame is capped at the region's home view.
        const Region &r = atlas.region;
        double w = 180, s = 90, e = -180, n = -90;
        for (const QString &code : event.countries) {
            const Country *country = atlas.country(code);
            if (!country || !r.focus.contains(code))
                continue;
            for (const Polygon &polygon : country->geometry)
                for (const LonLat &p : polygon.front()) {
                    w = std::min(w, p.lon);
                    e = std::max(e, p.lon);
                    s = std::min(s, p.lat);
                    n = std::max(n, p.lat);
                }
        }
        if (w >= e || s >= n) {
            w = r.homeWest;
            s = r.homeSouth;
            e = r.homeEast;
            n = r.homeNorth;
        }
        // Never closer than about 12° across, so the neighbourhood shows.
        const double cx = (w + e) / 2, cy = (s + n) / 2;
        const double half = std::max({(e - w) / 2, (n - s) / 2, 6.0});
        step.west = std::max(r.homeWest - 10, cx - half);
        step.east = std::min(r.homeEast + 10, cx + half);
        step.south = std::max(r.homeSouth - 5, cy - half * 0.7);
        step.north = std::min(r.homeNorth + 5, cy + half * 0.7);
        story.steps.push_back(std::move(step));
    }
    return story;
}

} // namespace crossroads
