// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main_window.h"

#include "data/local_notes_store.h"
#include "db/pg_notes_store.h"
#include "data/user_events_loader.h"
#include "db/db_snapshot.h"
#include "model/briefing.h"
#include "export/story_handout.h"
#include "render/view_session.h"
#include "ui/animation_dialog.h"
#include "ui/briefing_panel.h"
#include "ui/compare_view.h"
#include "ui/db_watcher.h"
#include "ui/export_dialog.h"
#include "ui/legend_panel.h"
#include "ui/map_view.h"
#include "ui/presenter_view.h"
#include "ui/search_bar.h"
#include "ui/timeline_bar.h"

#include <QActionGroup>
#include <algorithm>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QStandardPaths>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QTime>
#include <QThreadPool>
#include <QTimer>
#include <QTextDocument>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <future>
#include <system_error>

namespace crossroads {

MainWindow::MainWindow(const QString &dataDir, QWidget *parent) : MainWindow(dataDir, BoundarySource{}, parent) {}

MainWindow::MainWindow(const QString &dataDir, const BoundarySource &boundaries, QWidget *parent)
    : MainWindow(dataDir, boundaries, std::nullopt, parent)
{
}

AtlasLoad::Request MainWindow::firstLoad(const QString &dataDir, const BoundarySource &boundaries, const ViewSession &saved)
{
    const ProjectionPreset *preset = findProjectionPreset(saved.projection());
    return {dataDir, QString(), boundaries, preset ? *preset : defaultProjectionPreset()};
}

MainWindow::MainWindow(const QString &dataDir, const BoundarySource &boundaries, std::optional<AtlasLoad> started, QWidget *parent)
    : QMainWindow(parent), m_dataDir(dataDir), m_boundaries(boundaries), m_notes(std::make_unique<LocalNotesStore>(NotesStore::defaultPath()))
{
    setWindowTitle(tr("Crossroads"));
    m_session = new ViewSession(this);
    m_session->load(QSettings());
    // Load off the GUI thread, started before the widgets are built: the
    // map waits for the data, not for the docks and menus. The result
    // arrives through the event loop, once the window is complete; the
    // window shows "Loading" meanwhile.
    const AtlasLoad::Request first = firstLoad(dataDir, boundaries, *m_session);
    m_loadProjection = first.preset;
    connect(&m_loadWatcher, &QFutureWatcher<AtlasLoad::Loaded>::finished, this, [this] {
        AtlasLoad::Loaded loaded = m_loadWatcher.result();
        m_loadedStories = std::move(loaded.stories);
        m_keepOutlines = std::move(loaded.keepOutlines);
        onLoaded(loaded.report, loaded.geo);
    });
    if (started && started->request == first)
        m_loadWatcher.setFuture(started->loaded);
    else
        startLoading(dataDir);
    m_map = new MapView(this);
    m_map->setSession(m_session);
    m_timeline = new TimelineBar(this);
    m_timeline->setSession(m_session);
    auto *centre = new QWidget(this);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_map, 1);
    layout->addWidget(m_timeline);
    setCentralWidget(centre);

    m_legend = new LegendPanel(this);
    m_legend->setSession(m_session);
    auto *legendDock = new QDockWidget(tr("Layers and legend"), this);
    legendDock->setObjectName(QStringLiteral("legendDock"));
    legendDock->setWidget(m_legend);
    legendDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, legendDock);

    m_briefing = new BriefingPanel(this);
    m_briefing->setNotesStore(m_notes.get());
    auto *briefingDock = new QDockWidget(tr("Briefing"), this);
    briefingDock->setObjectName(QStringLiteral("briefingDock"));
    briefingDock->setWidget(m_briefing);
    briefingDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, briefingDock);
    resizeDocks({legendDock, briefingDock}, {330, 330}, Qt::Horizontal);

    m_search = new SearchBar(this);
    m_hoverLabel = new QLabel(this);
    m_hoverLabel->setTextFormat(Qt::PlainText);  // country names are data
    statusBar()->addPermanentWidget(m_hoverLabel);
    buildMenus();

    connect(m_map, &MapView::countryClicked, this, &MainWindow::selectCountry);
    connect(m_map, &MapView::territoryClicked, this, &MainWindow::showTerritoryAt);
    connect(m_map, &MapView::countryHovered, this, [this](const QString &code, const QString &name) {
        m_hoverLabel->setText(code.isEmpty() ? QString() : QStringLiteral("%1 (%2)").arg(name, code));
    });
    connect(m_session, &ViewSession::dateChanged, this, &MainWindow::showBriefing);
    connect(m_session, &ViewSession::selectionChanged, this, &MainWindow::showBriefing);
    connect(m_session, &ViewSession::layersChanged, this, &MainWindow::syncLayerMenu);
    connect(m_session, &ViewSession::storyChanged, this, &MainWindow::syncStoryMenu);
    connect(m_session, &ViewSession::projectionChanged, this, &MainWindow::buildProjection);
    connect(m_search, &SearchBar::countryChosen, this, [this](const QString &code) {
        selectCountry(code);
        flyToCountry(code);
        m_map->setFocus();
    });
    connect(m_briefing, &BriefingPanel::notesError, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Your note was not saved"),
                                    tr("Your note is kept in the window and saved at the next change."), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("notesErrorDialog"));
        box->setInformativeText(Qt::convertFromPlainText(message));  // the server's words are not markup
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    if (auto problem = m_notes->load())
        showProblems({*problem});

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(screen.size() * 0.92);
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());

    connect(&m_projectWatcher, &QFutureWatcher<std::shared_ptr<const ProjectedAtlas>>::finished, this,
            [this] { onProjected(m_projectWatcher.result()); });
}

MainWindow::~MainWindow()
{
    m_loadWatcher.waitForFinished();
    m_projectWatcher.waitForFinished();
}

AtlasLoad::Request MainWindow::loadRequest(const QString &dataDir) const
{
    return {dataDir, m_reloading ? m_conninfo : QString(), m_boundaries, m_renderer ? m_renderer->geo().preset() : m_loadProjection};
}

void MainWindow::startLoading(const QString &dataDir)
{
    m_loadWatcher.setFuture(AtlasLoad::start(loadRequest(dataDir)).loaded);
}

bool MainWindow::addEventsFile(const QString &path)
{
    if (!atlas())
        return false;
    UserEventsLoader::Report report = UserEventsLoader::load(path, atlas()->timeline);
    if (!report.errors.empty())
        showProblems(report.errors);
    if (report.events.events.empty())
        return false;
    const size_t count = report.events.events.size();
    m_session->setUserEvents(std::make_shared<const UserEvents>(std::move(report.events)));
    statusBar()->showMessage(tr("Added %n of your events (shown apart from the record).", nullptr, int(count)), 10000);
    return true;
}

void MainWindow::watchDatabase(const QString &conninfo)
{
    m_conninfo = conninfo;
    delete m_dbWatcher;
    m_dbWatcher = new DbWatcher(this);
    connect(m_dbWatcher, &DbWatcher::changed, this, &MainWindow::reloadFromDatabase);
    connect(m_dbWatcher, &DbWatcher::changed, this, [this] {
        if (auto problem = m_notes->load())
            statusBar()->showMessage(tr("The team's notes could not be read: %1").arg(problem->toString()), 10000);
        m_briefing->refreshNotes();
    });
    // The notes move to the shared store: written as this computer's user.
    m_briefing->flushNotes();
    auto shared = std::make_unique<PgNotesStore>(conninfo, PgNotesStore::localAuthor());
    if (auto problem = shared->load())
        showProblems({*problem});
    m_briefing->setNotesStore(shared.get());
    m_notes = std::move(shared);
    m_briefing->refreshNotes();
    if (auto problem = m_dbWatcher->watch(conninfo))
        statusBar()->showMessage(tr("Changes others make will not show until restart: %1").arg(problem->toString()), 10000);
}

void MainWindow::reloadFromDatabase()
{
    if (m_loadWatcher.isRunning()) {
        // A commit while loading: load again once this load is done.
        QTimer::singleShot(500, this, &MainWindow::reloadFromDatabase);
        return;
    }
    saveView();  // the reload comes back to the same date, place and layers
    m_reloading = true;
    statusBar()->showMessage(tr("The shared record changed: reloading…"));
    startLoading(QString());
}

const Atlas *MainWindow::atlas() const
{
    return m_renderer ? &m_renderer->geo().atlas() : nullptr;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = file->addAction(tr("&Export map…"), this, &MainWindow::openExportDialog);
    QAction *addEvents = file->addAction(tr("&Add events…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Add your events"), QString(),
                                                          tr("Events (*.csv *.geojson *.json)"));
        if (!path.isEmpty())
            addEventsFile(path);
    });
    addEvents->setObjectName(QStringLiteral("addEventsAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("Export &animation…"), this, &MainWindow::openAnimationDialog);
    file->addAction(tr("Export story &handout (PDF)…"), this, &MainWindow::chooseStoryHandout);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *home = view->addAction(tr("&Home view"), this, [this] { m_map->goHome(); });
    home->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addAction(tr("Zoom &in"), QKeySequence(Qt::Key_Plus), this,
                    [this] { m_map->zoomBy(1.25, QPointF(m_map->width() / 2.0, m_map->height() / 2.0)); });
    view->addAction(tr("Zoom &out"), QKeySequence(Qt::Key_Minus), this,
                    [this] { m_map->zoomBy(0.8, QPointF(m_map->width() / 2.0, m_map->height() / 2.0)); });
    QAction *find = view->addAction(tr("&Find country…"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QMenu *projections = view->addMenu(tr("&Projection"));
    m_projectionGroup = new QActionGroup(this);
    for (const ProjectionPreset &preset : projectionPresets()) {
        QAction *a = projections->addAction(preset.name);
        a->setCheckable(true);
        a->setData(preset.id);
        m_projectionGroup->addAction(a);
        const QString id = preset.id;
        connect(a, &QAction::triggered, this, [this, id] { setProjection(id); });
    }
    m_layersMenu = view->addMenu(tr("&Layers"));
    view->addAction(tr("&Compare two dates…"), QKeySequence(Qt::CTRL | Qt::Key_K), this, &MainWindow::openCompareView);
    view->addSeparator();
    m_storyMenu = view->addMenu(tr("&Story to present"));
    m_storyGroup = new QActionGroup(this);
    QAction *present = view->addAction(tr("&Present"), this, &MainWindow::startPresenting);
    present->setShortcut(QKeySequence(Qt::Key_F5));

    QMenu *time = menuBar()->addMenu(tr("&Timeline"));
    auto step = [this, time](const QString &text, QKeySequence key, auto &&fn) {
        QAction *a = time->addAction(text, this, fn);
        a->setShortcut(key);
        // Window-wide, but text fields keep their own editing keys.
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
    };
    step(tr("Play / pause"), QKeySequence(Qt::Key_Space), [this] { m_timeline->togglePlaying(); });
    step(tr("Previous day"), QKeySequence(Qt::Key_Left), [this] { m_timeline->stepDays(-1); });
    step(tr("Next day"), QKeySequence(Qt::Key_Right), [this] { m_timeline->stepDays(1); });
    step(tr("Previous month"), QKeySequence(Qt::SHIFT | Qt::Key_Left), [this] { m_timeline->stepMonths(-1); });
    step(tr("Next month"), QKeySequence(Qt::SHIFT | Qt::Key_Right), [this] { m_timeline->stepMonths(1); });
    step(tr("Previous event"), QKeySequence(Qt::CTRL | Qt::Key_Left), [this] { m_timeline->previousEvent(); });
    step(tr("Next event"), QKeySequence(Qt::CTRL | Qt::Key_Right), [this] { m_timeline->nextEvent(); });
    step(tr("First date"), QKeySequence(Qt::Key_Home), [this] { m_timeline->goToFirst(); });
    step(tr("Latest date"), QKeySequence(Qt::Key_End), [this] { m_timeline->goToLast(); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Crossroads"), this, [this] {
        QMessageBox::about(this, tr("About Crossroads"),
                           tr("<b>Crossroads %1</b><p>An atlas of how Central Asia and the South Caucasus became "
                              "stakeholders in the Middle East.</p><p>Boundaries: Natural Earth (public domain). "
                              "Every record of the timeline names its sources.</p>")
                               .arg(QStringLiteral(CROSSROADS_VERSION)));
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->addAction(home);
    bar->addAction(exportAction);
    bar->addAction(present);
    bar->addSeparator();
    bar->addWidget(m_search);
}

void MainWindow::onLoaded(const AtlasLoader::Report &report, std::shared_ptr<const ProjectedAtlas> geo)
{
    if (!report.errors.empty())
        showProblems(report.errors);
    if (!geo) {
        const QString message = report.errors.empty() ? tr("The data could not be loaded.") : report.errors.front().toString();
        statusBar()->showMessage(message);
        m_reloading = false;  // the record shown so far stays
        Q_EMIT loadFailed(message);
        return;
    }
    // The map first: it is what the user waits for. The rest is built
    // once it is on screen (finishLoading).
    const bool firstLoad = !m_renderer;
    m_legend->setRenderer(nullptr);  // it points into the record being replaced
    m_finishPending = true;          // and the briefing waits for the map
    m_renderer = std::make_shared<const MapRenderer>(geo);
    m_session->setRecord(&geo->atlas().timeline, m_renderer->toggleableLayers(), m_renderer->defaultLayers());
    {
        const QSignalBlocker block(m_session);  // the projection is built already
        m_session->setProjection(geo->preset().id);
    }
    m_map->setRenderer(m_renderer);  // shows the session's view (the last run's, if kept)
    for (QAction *a : m_projectionGroup->actions())
        a->setChecked(a->data().toString() == geo->preset().id);
    if (!firstLoad || !m_map->isVisible()) {
        finishLoading();  // nothing is waiting for a first paint
        return;
    }
    connect(m_map, &MapView::firstMapPainted, this, &MainWindow::finishLoading,
            Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    // Also when the map cannot paint (a minimised window).
    QTimer::singleShot(1000, this, &MainWindow::finishLoading);
}

// What surrounds the map: legend, search, layers menu, stories, the
// timeline's ticks, the briefing. Deferred until the map is on screen.
void MainWindow::finishLoading()
{
    if (!m_finishPending || !m_renderer)
        return;
    m_finishPending = false;
    const ProjectedAtlas &geo = m_renderer->geo();
    m_legend->setRenderer(m_renderer.get());
    if (m_keepOutlines)
        QThreadPool::globalInstance()->start(std::exchange(m_keepOutlines, {}));
    m_search->setAtlas(&geo.atlas());
    rebuildLayerMenu();
    loadStories();
    m_timeline->setTimeline(&geo.atlas().timeline);
    if (!m_session->selectedCountry().isEmpty() && !geo.atlas().country(m_session->selectedCountry()))
        m_session->setSelectedCountry(QString());
    showBriefing();
    if (m_reloading)
        statusBar()->showMessage(tr("Another user changed the shared record: reloaded at %1.")
                                     .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    m_reloading = false;
    m_ready = true;
    Q_EMIT ready();
}

void MainWindow::onProjected(std::shared_ptr<const ProjectedAtlas> geo)
{
    if (!geo || !m_renderer)
        return;
    // A switch asked for while this one was being built replaces it.
    const QString wanted = m_session->projection();
    if (geo->preset().id != wanted) {
        for (QAction *a : m_projectionGroup->actions())
            a->setChecked(a->data().toString() == m_renderer->geo().preset().id);
        if (m_renderer->geo().preset().id != wanted)
            buildProjection(wanted);
        return;
    }
    // Keep the same part of the world in view: the old view's edges in
    // lon/lat, projected anew.
    const ProjectedAtlas &old = m_renderer->geo();
    const QRectF visible = m_map->viewport().visibleMetres();
    QPolygonF edge;
    for (int i = 0; i <= 8; ++i) {
        const double t = i / 8.0;
        for (QPointF p : {QPointF(visible.left() + t * visible.width(), visible.top()),
                          QPointF(visible.left() + t * visible.width(), visible.bottom()),
                          QPointF(visible.left(), visible.top() + t * visible.height()),
                          QPointF(visible.right(), visible.top() + t * visible.height())}) {
            const QPointF projected = geo->project(old.projection().inverse(p));
            if (std::isfinite(projected.x()) && std::isfinite(projected.y()))
                edge << projected;
        }
    }
    m_renderer = std::make_shared<const MapRenderer>(geo);
    m_map->setRenderer(m_renderer);
    m_legend->setRenderer(m_renderer.get());
    if (!edge.isEmpty()) {
        Viewport viewport = m_map->viewport();
        viewport.fitExtent(edge.boundingRect());
        m_map->setViewport(viewport);
    } else {
        m_session->clearView();  // the old view's metres mean nothing in this projection
    }
    for (QAction *a : m_projectionGroup->actions())
        a->setChecked(a->data().toString() == geo->preset().id);
    statusBar()->showMessage(tr("Projection: %1").arg(geo->preset().name), 4000);
}

void MainWindow::setProjection(const QString &presetId)
{
    if (findProjectionPreset(presetId) && m_renderer)
        m_session->setProjection(presetId);  // the last one asked for wins
}

void MainWindow::buildProjection(const QString &presetId)
{
    const ProjectionPreset *preset = findProjectionPreset(presetId);
    if (!preset || !m_renderer)
        return;
    if (m_renderer->geo().preset().id == presetId && !m_projectWatcher.isRunning())
        return;
    std::shared_ptr<const Atlas> atlas = m_renderer->geo().sharedAtlas();
    const ProjectionPreset chosen = *preset;
    m_projectWatcher.setFuture(QtConcurrent::run([atlas, chosen] { return ProjectedAtlas::build(atlas, chosen); }));
}

void MainWindow::showTerritoryAt(LonLat point)
{
    if (!atlas())
        return;
    m_territoryPoint = point;
    m_briefing->showTerritory(TerritorySection::at(*atlas(), point, m_session->date()), m_session->date());
}

void MainWindow::selectCountry(const QString &iso3)
{
    const bool wasArea = m_territoryPoint.has_value();
    m_territoryPoint.reset();
    // The session only signals a change of country: leaving an area of the
    // same country (Karabakh, then Baku) must still bring its briefing back.
    if (wasArea && iso3 == m_session->selectedCountry())
        showBriefing();
    m_session->setSelectedCountry(iso3);
}

// The briefing of the session's country on its date.
void MainWindow::showBriefing()
{
    if (m_finishPending)
        return;  // built once the map is on screen
    if (m_territoryPoint && atlas()) {
        m_briefing->showTerritory(TerritorySection::at(*atlas(), *m_territoryPoint, m_session->date()), m_session->date());
        return;
    }
    const QString iso3 = m_session->selectedCountry();
    if (iso3.isEmpty() || !atlas() || !atlas()->country(iso3)) {
        m_briefing->clear();
        return;
    }
    m_briefing->showBriefing(Briefing::build(*atlas(), iso3, m_session->date()));
}

void MainWindow::flyToCountry(const QString &iso3)
{
    if (!m_renderer)
        return;
    const int index = m_renderer->geo().atlas().countryIndex.value(iso3, -1);
    if (index < 0)
        return;
    // The part around the label point: Russia's whole extent is not useful.
    const ProjectedAtlas::CountryShape &shape = m_renderer->geo().countries()[size_t(index)];
    QRectF box = shape.bounds;
    const double cap = 2.5e6;  // metres
    if (box.width() > cap || box.height() > cap)
        box = QRectF(shape.labelPoint - QPointF(cap / 2, cap / 2), QSizeF(cap, cap)).intersected(box.adjusted(-cap, -cap, cap, cap));
    // Small countries keep their neighbours in view: at least ~1,200 km.
    const double least = 1.2e6;
    if (box.width() < least)
        box.adjust(-(least - box.width()) / 2, 0, (least - box.width()) / 2, 0);
    if (box.height() < least)
        box.adjust(0, -(least - box.height()) / 2, 0, (least - box.height()) / 2);
    m_map->flyTo(box);
}

void MainWindow::setLayerVisible(const QString &id, bool visible)
{
    m_session->setLayerVisible(id, visible);
}

void MainWindow::syncLayerMenu()
{
    for (QAction *a : m_layersMenu->actions()) {
        const QSignalBlocker block(a);
        a->setChecked(m_session->showsLayer(a->data().toString()));
    }
}

void MainWindow::rebuildLayerMenu()
{
    m_layersMenu->clear();
    for (const QString &id : m_renderer->toggleableLayers()) {
        const Group *group = m_renderer->geo().atlas().timeline.group(id);
        QString name = group ? group->name : id;
        name[0] = name[0].toUpper();
        QAction *a = m_layersMenu->addAction(name);
        a->setCheckable(true);
        a->setChecked(m_session->showsLayer(id));
        a->setData(id);
        connect(a, &QAction::toggled, this, [this, id](bool on) { m_session->setLayerVisible(id, on); });
    }
}

void MainWindow::openExportDialog()
{
    if (!m_renderer)
        return;
    ExportDialog dialog(std::make_shared<MapExporter>(m_renderer), m_map->settings(), this);
    dialog.exec();
}

void MainWindow::openAnimationDialog()
{
    if (!m_renderer)
        return;
    AnimationDialog dialog(std::make_shared<MapExporter>(m_renderer), m_stories, m_map->settings(), this);
    dialog.exec();
}

std::optional<Error> MainWindow::exportStoryHandout(const QString &path)
{
    if (!m_renderer)
        return Error{path, {}, tr("the data has not loaded")};
    const auto story = std::find_if(m_stories.begin(), m_stories.end(), [this](const Story &s) { return s.id == m_session->story(); });
    if (story == m_stories.end())
        return Error{path, {}, tr("choose a story first (View > Story to present)")};
    const MapExporter exporter(m_renderer);
    ExportSettings base;
    base.layers = m_map->settings().layers;
    return StoryHandout(exporter, SourceTitles(m_renderer->geo().atlas().timeline)).write(path, *story, base);
}

void MainWindow::chooseStoryHandout()
{
    if (!m_renderer)
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/%1.pdf").arg(m_session->story().isEmpty() ? QStringLiteral("story") : m_session->story());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export story handout"), suggested, tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<Error> problem = exportStoryHandout(path);
    QApplication::restoreOverrideCursor();
    if (problem)
        QMessageBox::warning(this, tr("Export failed"), problem->toString());
    else
        statusBar()->showMessage(tr("Handout written to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::openCompareView()
{
    if (!m_renderer)
        return;
    if (!m_compare) {
        m_compare = new CompareView(m_renderer, m_map->settings(), this);
        m_compare->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_compare, &QObject::destroyed, this, [this] { m_compare = nullptr; });
        m_compare->resize(size() * 0.9);
    }
    m_compare->show();
    m_compare->raise();
    m_compare->activateWindow();
}

void MainWindow::startPresenting()
{
    if (!m_renderer || m_presenter)
        return;
    const auto chosenStory = std::find_if(m_stories.begin(), m_stories.end(), [this](const Story &s) { return s.id == m_session->story(); });
    if (chosenStory == m_stories.end() || chosenStory->steps.empty()) {
        statusBar()->showMessage(tr("This story has no steps to present."), 6000);
        return;
    }
    // The chosen story first: the presenter shows its first story.
    std::vector<Story> stories = m_stories;
    const auto chosen = std::find_if(stories.begin(), stories.end(), [this](const Story &s) { return s.id == m_session->story(); });
    if (chosen != stories.end())
        std::rotate(stories.begin(), chosen, chosen + 1);
    m_presenter = new PresenterView(m_renderer, std::move(stories), m_map->settings(), this);
    connect(m_presenter, &PresenterView::finished, this, [this] {
        m_presenter->deleteLater();
        m_presenter = nullptr;
        show();
        activateWindow();
    });
    m_presenter->start();
}

void MainWindow::loadStories()
{
    StoryLoader::Report report = std::move(m_loadedStories);
    m_loadedStories = {};
    if (!report.errors.empty())
        showProblems(report.errors);
    m_stories = std::move(report.stories);
    m_storyMenu->clear();
    for (QAction *a : m_storyGroup->actions())
        m_storyGroup->removeAction(a);
    QString saved = m_session->story();
    if (std::none_of(m_stories.begin(), m_stories.end(), [&](const Story &s) { return s.id == saved; }))
        saved = m_stories.front().id;
    for (const Story &story : m_stories) {
        QAction *a = m_storyMenu->addAction(tr("%1 (%n steps)", nullptr, int(story.steps.size())).arg(story.title));
        a->setCheckable(true);
        a->setData(story.id);
        m_storyGroup->addAction(a);
        const QString id = story.id;
        connect(a, &QAction::triggered, this, [this, id] { setStoryToPresent(id); });
    }
    setStoryToPresent(saved);
}

void MainWindow::setStoryToPresent(const QString &id)
{
    m_session->setStory(id);
    syncStoryMenu();
}

QString MainWindow::storyToPresent() const
{
    return m_session->story();
}

void MainWindow::syncStoryMenu()
{
    for (QAction *a : m_storyGroup->actions())
        a->setChecked(a->data().toString() == m_session->story());
}

QStringList MainWindow::storyIds() const
{
    QStringList ids;
    for (const Story &s : m_stories)
        ids << s.id;
    return ids;
}

void MainWindow::showProblems(const ErrorList &errors)
{
    QStringList lines;
    for (const Error &e : errors)
        lines << e.toString();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Problems in the data"),
                                tr("Some data could not be used. Crossroads goes on with the rest."), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("problemsDialog"));
    box->setDetailedText(lines.join(u'\n'));
    // Messages quote the data: shown as plain text, never as markup.
    box->setInformativeText(Qt::convertFromPlainText(lines.mid(0, 5).join(u'\n') +
                                                     (lines.size() > 5 ? tr("\n… and %1 more").arg(lines.size() - 5) : QString())));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    m_lastProblems = lines;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_briefing->flushNotes();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    saveView();
    event->accept();
}

void MainWindow::saveView() const
{
    if (!m_renderer)
        return;
    QSettings settings;
    m_session->save(settings);
}

} // namespace crossroads
