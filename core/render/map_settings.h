// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/date.h"
#include "render/viewport.h"

#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace crossroads {

// Layer ids. Group overlays use their group id (abraham_accords, ...), so a
// group added in data gets a layer without code.
namespace layers {
inline const QString graticule = QStringLiteral("graticule");
inline const QString labels = QStringLiteral("labels");
inline const QString corridors = QStringLiteral("corridors");
inline const QString events = QStringLiteral("events");
inline const QString userEvents = QStringLiteral("user_events");  // the analyst's own, when added
} // namespace layers

struct UserEvents;
struct WorldState;
class Timeline;

// Everything one render needs besides the data: a copyable value, so a
// render works on its own copy and the UI cannot change it midway.
struct MapSettings
{
    Viewport viewport;
    qreal devicePixelRatio = 1.0;  // device pixels per logical pixel
    Date date;
    QSet<QString> layers;  // visible layer ids

    QString selectedCountry;  // ISO3 or empty
    QString hoveredCountry;

    // Presenter steps: the countries whose standing differs between
    // `changedSince` and `date` get an outline pulse of strength `pulse`
    // (0..1).
    std::optional<Date> changedSince;
    double pulse = 0.0;

    // Multiplies text and symbol sizes: exports lay out at a reference size
    // and scale with DPI.
    double symbolScale = 1.0;

    // The analyst's own events, kept apart from the record; null if none.
    std::shared_ptr<const UserEvents> userEvents;

    // What held on `date`, when whoever owns the date has already built it
    // (the view session builds it once per date change); null: the renderer
    // builds it. Ignored if it is for another date.
    std::shared_ptr<const WorldState> worldState;

    bool showLayer(const QString &id) const { return layers.contains(id); }
};

// The world state a render of `settings` shows: the one it carries when it
// is for its date, else built from `timeline`.
std::shared_ptr<const WorldState> worldStateFor(const Timeline &timeline, const MapSettings &settings);

} // namespace crossroads
