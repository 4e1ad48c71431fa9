// SPDX-License-Identifier: GPL-3.0-or-later
// The load the program starts before its application object, handed to
// the window: taken when it reads what the window would, else not.
#include "gui_fixture.h"

#include "data/data_folder.h"
#include "render/view_session.h"
#include "ui/session_bus.h"

#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>
#include <QThreadPool>

#include <map>
#include <string>

using namespace crossroads;

class EarlyLoadTest : public test::GuiTest
{
protected:
    std::unique_ptr<MainWindow> openWith(std::optional<AtlasLoad> started)
    {
        auto w = std::make_unique<MainWindow>(test::geodata(), BoundarySource{}, std::move(started));
        w->resize(1200, 800);
        w->show();
        EXPECT_TRUE(QTest::qWaitFor([&] { return w->isReady(); }, 15000));
        return w;
    }
};

// Mutation tried: the window starting its own load whatever it is given ->
// the record is projected twice.
TEST_F(EarlyLoadTest, TheWindowTakesTheLoadStartedForIt)
{
    const int before = ProjectedAtlas::buildCount();
    AtlasLoad started = AtlasLoad::start(MainWindow::firstLoad(test::geodata(), BoundarySource{}, ViewSession()));
    auto w = openWith(started);
    ASSERT_NE(w->atlas(), nullptr);
    EXPECT_EQ(ProjectedAtlas::buildCount() - before, 1);
    EXPECT_EQ(w->mapView()->renderer()->geo().preset().id, defaultProjectionPreset().id);
}

// Once its map is on screen, the window keeps the outlines it read for the
// next start. Mutation tried: the window dropping keepOutlines -> no entry.
TEST_F(EarlyLoadTest, TheWindowKeepsItsOutlinesOnceTheMapIsShown)
{
    QDir(AtlasLoad::defaultCacheDir()).removeRecursively();
    auto w = openWith(std::nullopt);
    ASSERT_TRUE(w->isReady());
    QThreadPool::globalInstance()->waitForDone();
    EXPECT_EQ(QDir(AtlasLoad::defaultCacheDir()).entryList({QStringLiteral("*.outlines")}, QDir::Files).size(), 1);
}

// Mutation tried: taking any load given -> the map comes up in Web
// Mercator, which the settings do not name.
TEST_F(EarlyLoadTest, ALoadOfAnotherProjectionIsLeftUnused)
{
    AtlasLoad::Request other = MainWindow::firstLoad(test::geodata(), BoundarySource{}, ViewSession());
    other.preset = *findProjectionPreset(QStringLiteral("web-mercator"));
    AtlasLoad started = AtlasLoad::start(other);
    auto w = openWith(started);
    ASSERT_NE(w->atlas(), nullptr);
    EXPECT_EQ(w->mapView()->renderer()->geo().preset().id, defaultProjectionPreset().id);
    started.loaded.waitForFinished();  // ends unused
}

// The projection the saved session names is the one loaded first, and the
// window takes a load started with it.
// Mutation tried: firstLoad() always with the default projection -> Web
// Mercator is not loaded.
TEST_F(EarlyLoadTest, TheFirstLoadUsesTheSavedProjection)
{
    {
        QSettings settings;
        ViewSession session;
        session.setProjection(QStringLiteral("web-mercator"));
        session.save(settings);
    }
    ViewSession saved;
    saved.load(QSettings());
    const AtlasLoad::Request request = MainWindow::firstLoad(test::geodata(), BoundarySource{}, saved);
    EXPECT_EQ(request.preset.id, QStringLiteral("web-mercator"));
    const int before = ProjectedAtlas::buildCount();
    auto w = openWith(AtlasLoad::start(request));
    EXPECT_EQ(w->mapView()->renderer()->geo().preset().id, QStringLiteral("web-mercator"));
    EXPECT_EQ(ProjectedAtlas::buildCount() - before, 1);
    EXPECT_EQ(MainWindow::firstLoad(test::geodata(), BoundarySource{}, ViewSession()).preset.id, defaultProjectionPreset().id);
}

namespace {

SessionBus::Environment environment(std::map<std::string, QString> values)
{
    return [values](const char *name) {
        const auto found = values.find(name);
        return found == values.end() ? QString() : found->second;
    };
}

} // namespace

// Mutations tried: an "autolaunch:" address taken as a bus -> the third
// case fails; the runtime folder's socket not looked for -> the fourth.
TEST(SessionBus, ABusIsReachableOnlyWhereOneRuns)
{
    const auto none = [](const QString &) { return false; };
    const auto socket = [](const QString &path) { return path == QLatin1String("/run/user/1000/bus"); };
    EXPECT_FALSE(SessionBus::reachable(environment({}), none));
    EXPECT_TRUE(SessionBus::reachable(environment({{"DBUS_SESSION_BUS_ADDRESS", QStringLiteral("unix:path=/run/user/1000/bus")}}), none));
    EXPECT_FALSE(SessionBus::reachable(environment({{"DBUS_SESSION_BUS_ADDRESS", QStringLiteral("autolaunch:")}}), none));
    EXPECT_TRUE(SessionBus::reachable(environment({{"XDG_RUNTIME_DIR", QStringLiteral("/run/user/1000")}}), socket));
    EXPECT_FALSE(SessionBus::reachable(environment({{"XDG_RUNTIME_DIR", QStringLiteral("/run/user/1001")}}), socket));
}

// The loader projects the outlines while it reads the rest of the record:
// the result is the atlas a plain build projects, label points included.
// Mutation tried: projecting without the region (its label points) -> the
// label points of Russia, China and four more differ.
TEST(AtlasLoadRun, ProjectsTheOutlinesAsAPlainBuildDoes)
{
    const AtlasLoad::Loaded loaded = AtlasLoad::run(MainWindow::firstLoad(test::geodata(), BoundarySource{}, ViewSession()));
    ASSERT_NE(loaded.report.atlas, nullptr);
    ASSERT_NE(loaded.geo, nullptr);
    const auto plain = ProjectedAtlas::build(loaded.report.atlas, loaded.geo->preset());
    ASSERT_NE(plain, nullptr);
    ASSERT_EQ(loaded.geo->countries().size(), plain->countries().size());
    ASSERT_EQ(loaded.geo->countries().size(), loaded.report.atlas->countries.size());
    for (size_t i = 0; i < plain->countries().size(); ++i) {
        const auto &early = loaded.geo->countries()[i];
        const auto &expected = plain->countries()[i];
        const QString name = loaded.report.atlas->countries[i].name;
        EXPECT_EQ(early.bounds, expected.bounds) << name.toStdString();
        EXPECT_EQ(early.labelPoint, expected.labelPoint) << name.toStdString();
        EXPECT_EQ(early.rings.size(), expected.rings.size()) << name.toStdString();
    }
    EXPECT_FALSE(loaded.geo->corridors().empty());
    EXPECT_FALSE(loaded.stories.stories.empty());
}

namespace {

// A load of a copy of the shipped folder that keeps its outlines in `cacheDir`.
AtlasLoad::Request keptLoad(const QString &dataDir, const QString &cacheDir)
{
    AtlasLoad::Request request = MainWindow::firstLoad(dataDir, BoundarySource{}, ViewSession());
    request.cacheDir = cacheDir;
    return request;
}

// Runs `request` and writes what it keeps, as the window does once its map
// is on screen.
AtlasLoad::Loaded runAndKeep(const AtlasLoad::Request &request)
{
    AtlasLoad::Loaded loaded = AtlasLoad::run(request);
    if (loaded.keepOutlines)
        loaded.keepOutlines();
    return loaded;
}

QStringList keptFiles(const QString &cacheDir)
{
    return QDir(cacheDir).entryList({QStringLiteral("*.outlines")}, QDir::Files);
}

void expectSameLoad(const AtlasLoad::Loaded &a, const AtlasLoad::Loaded &b)
{
    ASSERT_NE(a.geo, nullptr);
    ASSERT_NE(b.geo, nullptr);
    const Atlas &x = a.geo->atlas(), &y = b.geo->atlas();
    ASSERT_EQ(x.countries.size(), y.countries.size());
    for (size_t i = 0; i < x.countries.size(); ++i) {
        EXPECT_EQ(x.countries[i].iso3, y.countries[i].iso3);
        EXPECT_EQ(x.countries[i].validFrom, y.countries[i].validFrom);
        EXPECT_EQ(x.countries[i].geometry, y.countries[i].geometry);
        EXPECT_EQ(a.geo->countries()[i].rings, b.geo->countries()[i].rings);
        EXPECT_EQ(a.geo->countries()[i].labelPoint, b.geo->countries()[i].labelPoint);
    }
    EXPECT_EQ(x.countryIndex, y.countryIndex);
    ASSERT_EQ(x.territories.outlines().size(), y.territories.outlines().size());
    for (size_t i = 0; i < x.territories.outlines().size(); ++i)
        EXPECT_EQ(x.territories.outlines()[i].geometry, y.territories.outlines()[i].geometry);
    EXPECT_EQ(x.territories.records().size(), y.territories.records().size());
    EXPECT_EQ(a.geo->epochCount(), b.geo->epochCount());
    EXPECT_EQ(a.report.errors.size(), b.report.errors.size());
}

} // namespace

// The next start reads the outlines this one read and projected, and gets
// the same atlas. Mutation tried: the load never reading the cache -> the
// second load is not from it.
TEST(AtlasLoadRun, KeepsTheOutlinesForTheNextStart)
{
    test::DataFolderCopy copy;
    QTemporaryDir cache;
    const AtlasLoad::Loaded first = runAndKeep(keptLoad(copy.path(), cache.path()));
    EXPECT_FALSE(first.outlinesKept);
    EXPECT_EQ(keptFiles(cache.path()).size(), 1);
    const AtlasLoad::Loaded second = runAndKeep(keptLoad(copy.path(), cache.path()));
    EXPECT_TRUE(second.outlinesKept);
    expectSameLoad(first, second);
    // Another projection is another entry.
    AtlasLoad::Request mercator = keptLoad(copy.path(), cache.path());
    mercator.preset = *findProjectionPreset(QStringLiteral("web-mercator"));
    EXPECT_FALSE(runAndKeep(mercator).outlinesKept);
    EXPECT_EQ(keptFiles(cache.path()).size(), 2);
}

// A GeoPackage changed since is read again. Mutation tried: a key without
// the file's times -> the second load comes from the cache.
TEST(AtlasLoadRun, AChangedGeoPackageIsReadAgain)
{
    test::DataFolderCopy copy;
    QTemporaryDir cache;
    (void)runAndKeep(keptLoad(copy.path(), cache.path()));
    ASSERT_EQ(keptFiles(cache.path()).size(), 1);
    QFile gpkg(DataFolder{QDir(copy.path())}.boundaries());
    ASSERT_TRUE(gpkg.open(QIODevice::ReadWrite));
    ASSERT_TRUE(gpkg.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
    gpkg.close();
    EXPECT_FALSE(runAndKeep(keptLoad(copy.path(), cache.path())).outlinesKept);
}

// A damaged entry is read past, and replaced by a whole one (what each
// kind of damage takes to be caught is in the OutlineCache tests).
TEST(AtlasLoadRun, ADamagedEntryIsReadPastAndReplaced)
{
    test::DataFolderCopy copy;
    QTemporaryDir cache;
    const AtlasLoad::Loaded first = runAndKeep(keptLoad(copy.path(), cache.path()));
    const QStringList files = keptFiles(cache.path());
    ASSERT_EQ(files.size(), 1);
    QFile entry(QDir(cache.path()).filePath(files.front()));
    ASSERT_TRUE(entry.open(QIODevice::ReadWrite));
    ASSERT_TRUE(entry.resize(entry.size() / 2));
    entry.close();
    const AtlasLoad::Loaded second = runAndKeep(keptLoad(copy.path(), cache.path()));
    EXPECT_FALSE(second.outlinesKept);
    expectSameLoad(first, second);
    ASSERT_EQ(keptFiles(cache.path()).size(), 1);
    EXPECT_TRUE(runAndKeep(keptLoad(copy.path(), cache.path())).outlinesKept);
}

// Boundaries from elsewhere (a file or a database given on the command
// line) are not kept: a database's changes show in no file.
TEST(AtlasLoadRun, BoundariesFromElsewhereAreNotKept)
{
    QTemporaryDir cache;
    AtlasLoad::Request request = keptLoad(test::geodata(), cache.path());
    request.boundaries.dataset = DataFolder{QDir(test::geodata())}.boundaries();
    request.boundaries.layer = DataFolder::boundaryLayer();
    const AtlasLoad::Loaded loaded = runAndKeep(request);
    ASSERT_NE(loaded.geo, nullptr);
    EXPECT_FALSE(loaded.keepOutlines);
    EXPECT_TRUE(keptFiles(cache.path()).isEmpty());
}
