// SPDX-License-Identifier: GPL-3.0-or-later
// The presenter console on a real second screen, under the two-screen Xvfb
// of two_screens.sh.
#include "render/legend.h"
#include "support/test_data.h"
#include "ui/presenter_console.h"
#include "ui/presenter_view.h"

#include <QGuiApplication>
#include <QScreen>
#include <QTest>

#include <gtest/gtest.h>

using namespace crossroads;

namespace {

Story twoSteps()
{
    Story s;
    s.id = QStringLiteral("two");
    for (const char *id : {"first", "second"}) {
        StoryStep st;
        st.id = QString::fromLatin1(id);
        st.date = test::day("2025-11-06");
        st.west = 38, st.south = 36, st.east = 52, st.north = 44;
        st.title = st.id;
        st.notes = QStringLiteral("Notes for ") + st.id;
        s.steps.push_back(st);
    }
    return s;
}

} // namespace

// Mutation tried: placeBeside() ignoring the other screens (always the
// corner of the presenting one) -> the console's screen is the presenter's
// and this fails.
TEST(SecondScreen, TheConsoleOpensOnTheOtherScreen)
{
    if (qEnvironmentVariable("CROSSROADS_XVFB") == QLatin1String("missing"))
        GTEST_SKIP() << "Xvfb is not installed";
    const QList<QScreen *> screens = QGuiApplication::screens();
    ASSERT_GE(screens.size(), 2) << "two_screens.sh starts a display with two screens";

    MapSettings start;
    start.layers = test::shippedRenderer()->defaultLayers();
    PresenterView p(test::shippedRenderer(), {twoSteps()}, start);
    p.start();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&p));
    ASSERT_NE(p.console(), nullptr) << "with two screens the console opens by itself";
    PresenterConsole *console = p.console();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(console));
    EXPECT_TRUE(console->onOwnScreen());
    QScreen *presenting = p.screen();
    QScreen *other = screens[0] == presenting ? screens[1] : screens[0];
    // Two X screens are two desktops with coordinates of their own: the
    // screen a window is on is what tells them apart.
    EXPECT_EQ(console->screen(), other);
    EXPECT_NE(console->screen(), presenting);
    EXPECT_EQ(console->size(), other->availableGeometry().size());
    EXPECT_EQ(console->notesText(), QStringLiteral("Notes for first"));
    QTest::keyClick(&p, Qt::Key_Right);
    EXPECT_EQ(console->notesText(), QStringLiteral("Notes for second"));
}
