// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/timeline.h"
#include "render/map_settings.h"

#include <QObject>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace crossroads {

// What the user is looking at, owned in one place: the date, the visible
// layers, the selected country, the projection, the story to present and
// whether time is playing. Widgets observe it through its signals and ask it
// rather than keeping copies, so the map, legend, menus, timeline and
// briefing cannot disagree. The world state for the date is computed here
// once per date change and shared with every observer. Needs no widgets, so
// it lives in core and is tested without a window.
class ViewSession : public QObject
{
    Q_OBJECT
public:
    explicit ViewSession(QObject *parent = nullptr);

    // The record the date is read against (null: none yet). Clamps the date
    // into the record, keeps the layers the user chose and shows the layers
    // that appeared since the last run. `toggleable`: the layer ids the
    // renderer offers; `defaults`: the ones shown on a first run.
    void setRecord(const Timeline *timeline, const QStringList &toggleable, const QSet<QString> &defaults);
    const Timeline *timeline() const { return m_timeline; }

    const Date &date() const { return m_date; }
    void setDate(const Date &date);
    // What held on date(): built once per date change (null before a record).
    const std::shared_ptr<const WorldState> &worldState() const { return m_state; }
    // How many times the world state was built, for tests.
    int worldStateBuilds() const { return m_stateBuilds; }

    const QSet<QString> &layers() const { return m_layers; }
    bool showsLayer(const QString &id) const { return m_layers.contains(id); }
    void setLayers(const QSet<QString> &layers);
    void setLayerVisible(const QString &id, bool visible);

    // The analyst's own events overlaid on the record (null: none).
    const std::shared_ptr<const UserEvents> &userEvents() const { return m_userEvents; }
    void setUserEvents(std::shared_ptr<const UserEvents> events);

    const QString &selectedCountry() const { return m_selected; }
    void setSelectedCountry(const QString &iso3);

    // The projection preset id the user chose (the map may still be
    // building it).
    const QString &projection() const { return m_projection; }
    void setProjection(const QString &presetId);

    const QString &story() const { return m_story; }
    void setStory(const QString &id);

    bool isPlaying() const { return m_playing; }
    void setPlaying(bool playing);

    // The part of the world in view: centre in projected metres of the
    // current projection, scale in metres per logical pixel. Unset: the
    // home view, fitted to whatever size the map has. Kept here rather than
    // in the map widget so the window, the exports and the next run read
    // the one view the user is looking at.
    struct View
    {
        QPointF centre;
        double metresPerPixel = 0;
        friend bool operator==(const View &, const View &) = default;
    };
    const std::optional<View> &view() const { return m_view; }
    void setView(const View &view);
    // Back to the home view.
    void clearView();

    // `base` (viewport, pixel ratio, hover, ...) with this session's date,
    // layers, selection, user events and world state: what a render of the
    // current view needs.
    MapSettings mapSettings(MapSettings base = {}) const;

    // Persistence: everything above except playing (a restart does not
    // start playing). load() takes what was saved as it is; setRecord()
    // then fits it to the data.
    void load(const QSettings &settings);
    void save(QSettings &settings) const;

Q_SIGNALS:
    void dateChanged(const crossroads::Date &date);
    void layersChanged();
    void selectionChanged(const QString &iso3);
    void projectionChanged(const QString &presetId);
    void storyChanged(const QString &id);
    void playingChanged(bool playing);
    void viewChanged();

private:
    void rebuildState();

    const Timeline *m_timeline = nullptr;
    QStringList m_toggleable;
    Date m_date;
    std::shared_ptr<const WorldState> m_state;
    int m_stateBuilds = 0;
    QSet<QString> m_layers;
    std::optional<QSet<QString>> m_savedLayers;  // from load(), until a record comes
    QStringList m_knownLayers;                   // the layers offered when last saved
    std::shared_ptr<const UserEvents> m_userEvents;
    QString m_selected;
    QString m_projection;
    QString m_story;
    bool m_playing = false;
    std::optional<View> m_view;
};

} // namespace crossroads
