// SPDX-License-Identifier: GPL-3.0-or-later
// The window's widgets all show the one session: driven offscreen with
// simulated input, then every widget is read back.
#include "gui_fixture.h"

#include "model/briefing.h"
#include "render/legend.h"
#include "render/view_session.h"
#include "ui/briefing_panel.h"
#include "ui/legend_panel.h"
#include "ui/timeline_bar.h"

#include <QAction>
#include <QCheckBox>
#include <QMenu>
#include <QMenuBar>

using namespace crossroads;
using test::day;

namespace {

const LonLat kUae{54.8, 23.6};

// The action of a View submenu whose data is `id`, as a user finds it.
QAction *viewAction(MainWindow &w, const QString &submenu, const QString &id)
{
    for (QAction *top : w.menuBar()->actions()) {
        if (top->text().remove(u'&') != QLatin1String("View"))
            continue;
        for (QAction *item : top->menu()->actions())
            if (item->menu() && item->text().remove(u'&') == submenu)
                for (QAction *a : item->menu()->actions())
                    if (a->data().toString() == id)
                        return a;
    }
    return nullptr;
}

// Every legend box against what the map draws.
void expectLegendMatchesMap(MainWindow &w)
{
    const QList<QCheckBox *> boxes = w.legendPanel()->findChildren<QCheckBox *>();
    ASSERT_FALSE(boxes.isEmpty());
    for (QCheckBox *box : boxes) {
        const QString id = box->objectName().mid(int(qstrlen("layer_")));
        EXPECT_EQ(box->isChecked(), w.mapView()->settings().showLayer(id)) << id.toStdString();
    }
}

} // namespace

class ViewSessionUiTest : public test::GuiTest
{
};

// The bug: after View > Projection the legend showed every layer unchecked
// while the map drew them all. Mutation tried: LegendPanel::setRenderer()
// without its refresh() — every box reads unchecked again and this fails.
TEST_F(ViewSessionUiTest, AProjectionChangeKeepsTheLegendsBoxes)
{
    auto w = openWindow();
    expectLegendMatchesMap(*w);
    QAction *mercator = viewAction(*w, QStringLiteral("Projection"), QStringLiteral("web-mercator"));
    ASSERT_NE(mercator, nullptr);
    mercator->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->mapView()->renderer()->geo().preset().id == QLatin1String("web-mercator"); }, 10000));
    QCoreApplication::processEvents();
    auto *accords = w->legendPanel()->findChild<QCheckBox *>(QStringLiteral("layer_abraham_accords"));
    ASSERT_NE(accords, nullptr);
    EXPECT_TRUE(accords->isChecked());
    expectLegendMatchesMap(*w);
    EXPECT_TRUE(mercator->isChecked());
    EXPECT_EQ(w->session()->projection(), QStringLiteral("web-mercator"));
}

// Mutation tried: MainWindow no longer connecting the session's
// dateChanged to the briefing — the briefing keeps its old date and this
// fails; MapView not observing dateChanged — the colour probe fails.
TEST_F(ViewSessionUiTest, ATimelineClickMovesMapLegendAndBriefingTogether)
{
    auto w = openWindow();
    TimelineBar *bar = w->timelineBar();
    bar->setDate(day("2019-01-01"));
    w->selectCountry(QStringLiteral("ARE"));
    const QRgb before = screenColour(w->mapView(), kUae);
    const int builds = w->session()->worldStateBuilds();

    TimelineTrack *track = bar->track();
    QTest::mouseClick(track, Qt::LeftButton, {}, QPoint(int(std::lround(track->xOf(day("2026-02-20")))), track->height() / 2));
    const Date shown = bar->date();
    EXPECT_LE(std::abs(shown.julianDay() - day("2026-02-20").julianDay()), 15);
    EXPECT_EQ(w->session()->worldStateBuilds(), builds + 1);  // one click, one state for everyone
    EXPECT_EQ(w->mapView()->settings().date, shown);
    EXPECT_NE(screenColour(w->mapView(), kUae), before);  // the Accords' member is filled now

    const Atlas &atlas = *w->atlas();
    const MapRenderer &renderer = *w->mapView()->renderer();
    QStringList expected;
    for (const LegendItem &item : legendItems(atlas, w->mapView()->settings(), renderer.style()))
        expected << QStringLiteral("%1: %2").arg(item.section, item.label);
    // The panel shows the items of its toggleable layers, each as drawn.
    const QStringList rows = w->legendPanel()->rowTexts();
    for (const QString &row : rows)
        EXPECT_TRUE(expected.contains(row)) << row.toStdString();
    EXPECT_TRUE(rows.contains(QStringLiteral("Abraham Accords: member")));
    EXPECT_EQ(w->briefingPanel()->country(), QStringLiteral("ARE"));
    EXPECT_EQ(w->briefingPanel()->view()->toPlainText(),
              [&] {
                  BriefingPanel fresh;
                  fresh.showBriefing(Briefing::build(atlas, QStringLiteral("ARE"), shown));
                  return fresh.view()->toPlainText();
              }());
}

// Mutation tried: MainWindow::syncLayerMenu() not connected — the menu
// check stays on after the legend box is cleared; LegendPanel not observing
// layersChanged — the box stays checked after the menu toggle.
TEST_F(ViewSessionUiTest, ALayerToggledInTheMenuIsToggledInLegendAndMap)
{
    auto w = openWindow();
    w->timelineBar()->setDate(day("2026-02-20"));
    // The UAE is on the Board of Peace too: without its hatching the probe
    // never lands on a hatch line, whatever width the legend panel takes.
    auto *hatching = w->legendPanel()->findChild<QCheckBox *>(QStringLiteral("layer_board_of_peace"));
    ASSERT_NE(hatching, nullptr);
    hatching->click();
    const QRgb filled = screenColour(w->mapView(), kUae);
    QAction *menuItem = viewAction(*w, QStringLiteral("Layers"), QStringLiteral("abraham_accords"));
    ASSERT_NE(menuItem, nullptr);
    auto *box = w->legendPanel()->findChild<QCheckBox *>(QStringLiteral("layer_abraham_accords"));
    ASSERT_NE(box, nullptr);
    ASSERT_TRUE(menuItem->isChecked());
    ASSERT_TRUE(box->isChecked());

    menuItem->trigger();
    EXPECT_FALSE(box->isChecked());
    EXPECT_FALSE(w->mapView()->settings().showLayer(QStringLiteral("abraham_accords")));
    EXPECT_NE(screenColour(w->mapView(), kUae), filled);
    EXPECT_FALSE(w->legendPanel()->rowTexts().contains(QStringLiteral("Abraham Accords: member")));
    expectLegendMatchesMap(*w);

    box->click();  // and back, from the legend
    EXPECT_TRUE(menuItem->isChecked());
    EXPECT_EQ(screenColour(w->mapView(), kUae), filled);
    expectLegendMatchesMap(*w);
}

// The view is the session's: a drag on the map moves the session's view,
// and a view set on the session moves the map. Mutation tried: MapView
// keeping its own viewport again (showView() not writing to the session)
// — the session's centre stays put and the first check fails.
TEST_F(ViewSessionUiTest, PanningMovesTheSessionsViewAndTheSessionsViewMovesTheMap)
{
    auto w = openWindow();
    MapView *map = w->mapView();
    ASSERT_FALSE(w->session()->view());  // a first run shows the home view
    const QPointF uae = map->pixelOf(kUae);
    const QPoint from = map->rect().center();
    QTest::mousePress(map, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(map, from + QPoint(25 * step, 0));
    QTest::mouseRelease(map, Qt::LeftButton, {}, from + QPoint(100, 0));
    ASSERT_TRUE(w->session()->view());
    EXPECT_NEAR(map->pixelOf(kUae).x() - uae.x(), 100.0, 1.0);
    const double metresPerPixel = w->session()->view()->metresPerPixel;

    // Set from outside the map (another window, a saved view): the map follows.
    const QPointF centre = map->viewport().toMetres(map->pixelOf(kUae));
    w->session()->setView({centre, metresPerPixel});
    EXPECT_NEAR(map->pixelOf(kUae).x(), map->width() / 2.0, 1.0);
    EXPECT_NEAR(map->pixelOf(kUae).y(), map->height() / 2.0, 1.0);
    EXPECT_EQ(map->settings().viewport.centre(), centre);

    map->goHome();
    EXPECT_FALSE(w->session()->view());
    EXPECT_NEAR(map->pixelOf(kUae).x(), uae.x(), 1.0);
}

// The track's handle is drawn at the session's date, whoever changed it.
// Mutation tried: the handle drawn at the record's first day — the probe
// at the session's date finds no handle and this fails.
TEST_F(ViewSessionUiTest, TheTimelineHandleShowsTheSessionsDate)
{
    auto w = openWindow();
    TimelineTrack *track = w->timelineBar()->track();
    for (const char *when : {"2001-10-07", "2020-09-27", "2025-08-08"}) {
        w->session()->setDate(day(when));
        const QImage shot = track->grab().toImage();
        const QPointF handle(track->xOf(day(when)), track->height() * 0.55);
        const QPoint probe = (handle * shot.devicePixelRatio()).toPoint();
        EXPECT_EQ(shot.pixelColor(probe).rgb(), track->palette().color(QPalette::Highlight).rgb()) << when;
    }
}
