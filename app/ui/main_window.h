// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/atlas_loader.h"
#include "data/story_loader.h"
#include "render/map_renderer.h"
#include "ui/atlas_load.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>
#include <optional>

class QActionGroup;
class QLabel;
class QMenu;

namespace crossroads {

class MapView;
class BriefingPanel;
class CompareView;
class DbWatcher;
class TimelineBar;
class LegendPanel;
class NotesStore;
class PresenterView;
class SearchBar;
class ViewSession;

// The atlas window: the map in the middle, the timeline below, the briefing
// and legend at the side. Loads the data folder off the GUI thread and shows
// the map when it is ready; load problems are shown, and the window goes on
// with whatever loaded. What the user is looking at lives in one
// ViewSession that every widget observes.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &dataDir, QWidget *parent = nullptr);
    // With the boundaries from another OGR source (--boundaries).
    MainWindow(const QString &dataDir, const BoundarySource &boundaries, QWidget *parent = nullptr);
    // With a load already under way (started before the application, to
    // gain the time it takes to start): taken when it reads what the
    // window would, else left to end unused.
    MainWindow(const QString &dataDir, const BoundarySource &boundaries, std::optional<AtlasLoad> started, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What a window for `dataDir` and `boundaries` loads first, with the
    // projection `saved` (the session as the settings keep it) names.
    static AtlasLoad::Request firstLoad(const QString &dataDir, const BoundarySource &boundaries, const ViewSession &saved);

    MapView *mapView() const { return m_map; }
    BriefingPanel *briefingPanel() const { return m_briefing; }
    TimelineBar *timelineBar() const { return m_timeline; }
    LegendPanel *legendPanel() const { return m_legend; }
    SearchBar *searchBar() const { return m_search; }
    PresenterView *presenter() const { return m_presenter; }
    ViewSession *session() const { return m_session; }
    // The lines of the last problems dialog, for tests.
    const QStringList &lastProblems() const { return m_lastProblems; }
    // The map is up and so is everything around it.
    bool isReady() const { return m_ready; }
    const Atlas *atlas() const;

    void selectCountry(const QString &iso3);
    // The briefing panel on the disputed or controlled area at a point,
    // following the date until another country or area is chosen.
    void showTerritoryAt(LonLat point);
    void flyToCountry(const QString &iso3);
    void setProjection(const QString &presetId);
    void setLayerVisible(const QString &id, bool visible);
    void openExportDialog();
    // Films, handouts and compare mode (issue: motion, comparison, handouts).
    void openAnimationDialog();
    std::optional<Error> exportStoryHandout(const QString &path);
    void chooseStoryHandout();
    void openCompareView();
    CompareView *compareView() const { return m_compare; }
    void startPresenting();
    // Reads the record from the shared store and reloads it whenever another
    // user commits a change (the window was opened on a snapshot of it).
    // With it, the notes are the team's, in the same store.
    void watchDatabase(const QString &conninfo);
    // Overlays the analyst's own events from a CSV or GeoJSON file (once the
    // record has loaded); problems are shown as for the record's files.
    // False if nothing could be read.
    bool addEventsFile(const QString &path);
    // The story F5 presents, by id; the stories on offer.
    QString storyToPresent() const;
    void setStoryToPresent(const QString &id);
    QStringList storyIds() const;

Q_SIGNALS:
    void ready();
    void loadFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *) override;

private:
    void buildMenus();
    void onLoaded(const AtlasLoader::Report &report, std::shared_ptr<const ProjectedAtlas> geo);
    void onProjected(std::shared_ptr<const ProjectedAtlas> geo);
    void showProblems(const ErrorList &errors);
    void finishLoading();
    void showBriefing();
    void buildProjection(const QString &presetId);
    void rebuildLayerMenu();
    void syncLayerMenu();
    void syncStoryMenu();
    void loadStories();
    AtlasLoad::Request loadRequest(const QString &dataDir) const;
    void startLoading(const QString &dataDir);
    void saveView() const;
    void reloadFromDatabase();

    QString m_dataDir;
    ViewSession *m_session = nullptr;
    bool m_ready = false;
    bool m_finishPending = false;
    BoundarySource m_boundaries;
    MapView *m_map = nullptr;
    BriefingPanel *m_briefing = nullptr;
    std::optional<LonLat> m_territoryPoint;  // the clicked area the briefing shows
    TimelineBar *m_timeline = nullptr;
    LegendPanel *m_legend = nullptr;
    SearchBar *m_search = nullptr;
    PresenterView *m_presenter = nullptr;
    CompareView *m_compare = nullptr;
    std::unique_ptr<NotesStore> m_notes;
    QStringList m_lastProblems;
    QLabel *m_hoverLabel = nullptr;
    QMenu *m_layersMenu = nullptr;
    QMenu *m_storyMenu = nullptr;
    QActionGroup *m_storyGroup = nullptr;
    std::vector<Story> m_stories;  // from the data folder, then "all events"
    std::function<void()> m_keepOutlines;  // AtlasLoad::Loaded::keepOutlines, run once the map is on screen
    StoryLoader::Report m_loadedStories;  // read with the record, shown once the map is
    QActionGroup *m_projectionGroup = nullptr;
    std::shared_ptr<const MapRenderer> m_renderer;
    ProjectionPreset m_loadProjection;
    DbWatcher *m_dbWatcher = nullptr;
    QString m_conninfo;
    bool m_reloading = false;

    QFutureWatcher<AtlasLoad::Loaded> m_loadWatcher;
    QFutureWatcher<std::shared_ptr<const ProjectedAtlas>> m_projectWatcher;
};

} // namespace crossroads
