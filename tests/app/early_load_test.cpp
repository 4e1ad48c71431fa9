// SPDX-License-Identifier: GPL-3.0-or-later
// The load the program starts before its application object, handed to
// the window: taken when it reads what the window would, else not.
#include "gui_fixture.h"

#include "render/view_session.h"
#include "ui/session_bus.h"

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
