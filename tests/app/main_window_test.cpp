// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui_fixture.h"

#include "ui/briefing_panel.h"
#include "ui/legend_panel.h"
#include "ui/search_bar.h"
#include "ui/timeline_bar.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QWheelEvent>

using namespace crossroads;
using test::day;

namespace {
const LonLat kBaku{49.8671, 40.4093};
const LonLat kKazakhSteppe{67.0, 48.5};
} // namespace

class MainWindowTest : public test::GuiTest
{
};

TEST_F(MainWindowTest, OpensOnTheLatestDateWithTheRegionInView)
{
    auto w = openWindow();
    EXPECT_EQ(w->timelineBar()->date(), test::shippedAtlas()->timeline.lastDate());
    const QRectF visible = w->mapView()->settings().viewport.visibleMetres();
    for (const char *code : {"AZE", "KAZ", "IRN", "TUR", "SAU", "ISR"}) {
        const int i = w->atlas()->countryIndex.value(QString::fromLatin1(code));
        EXPECT_TRUE(visible.contains(w->mapView()->renderer()->geo().countries()[size_t(i)].labelPoint)) << code;
    }
}

TEST_F(MainWindowTest, ClickingBakuOpensAzerbaijansBriefing)
{
    auto w = openWindow();
    MapView *map = w->mapView();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->pixelOf(kBaku).toPoint());
    EXPECT_EQ(map->settings().selectedCountry, QStringLiteral("AZE"));
    EXPECT_EQ(w->briefingPanel()->country(), QStringLiteral("AZE"));
    const QString text = w->briefingPanel()->view()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Azerbaijan")));
    EXPECT_TRUE(text.contains(QStringLiteral("Board of Peace")));
    // Clicking the sea clears it.
    QTest::mouseClick(map, Qt::LeftButton, {}, map->pixelOf({50.5, 42.0}).toPoint());
    EXPECT_TRUE(w->briefingPanel()->country().isEmpty());
}

TEST_F(MainWindowTest, WheelZoomKeepsThePointUnderTheCursor)
{
    auto w = openWindow();
    MapView *map = w->mapView();
    const QPointF cursor = map->pixelOf(kBaku);
    const double before = map->settings().viewport.metresPerPixel();
    const QPointF anchor = map->settings().viewport.toMetres(cursor);
    QWheelEvent wheel(cursor, map->mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(map, &wheel);
    EXPECT_NEAR(map->settings().viewport.metresPerPixel(), before / 1.5625, before * 1e-9);
    const QPointF after = map->settings().viewport.toMetres(cursor);
    EXPECT_NEAR(after.x(), anchor.x(), 1.0);
    EXPECT_NEAR(after.y(), anchor.y(), 1.0);
    EXPECT_EQ(map->countryAtPixel(cursor), QStringLiteral("AZE"));
}

TEST_F(MainWindowTest, DraggingPansTheMap)
{
    auto w = openWindow();
    MapView *map = w->mapView();
    const QPointF before = map->settings().viewport.centre();
    QTest::mousePress(map, Qt::LeftButton, {}, QPoint(400, 300));
    QMouseEvent move(QEvent::MouseMove, QPointF(500, 340), map->mapToGlobal(QPointF(500, 340)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(map, &move);
    QTest::mouseRelease(map, Qt::LeftButton, {}, QPoint(500, 340));
    const double mpp = map->settings().viewport.metresPerPixel();
    EXPECT_NEAR(map->settings().viewport.centre().x(), before.x() - 100 * mpp, 1.0);
    EXPECT_NEAR(map->settings().viewport.centre().y(), before.y() + 40 * mpp, 1.0);
    EXPECT_TRUE(w->briefingPanel()->country().isEmpty());  // a drag is no click
}

TEST_F(MainWindowTest, MovingTheSliderRecoloursAcrossABoundaryDate)
{
    auto w = openWindow();
    TimelineBar *bar = w->timelineBar();
    bar->setDate(day("2025-09-01"));
    const QRgb before = screenColour(w->mapView(), kKazakhSteppe);
    // A pixel of the track spans about ten days: click where mid-December
    // is, after Kazakhstan's announcement of 6 November.
    TimelineTrack *track = bar->track();
    QTest::mouseClick(track, Qt::LeftButton, {}, QPoint(int(std::lround(track->xOf(day("2025-12-15")))), track->height() / 2));
    EXPECT_LE(std::abs(bar->date().julianDay() - day("2025-12-15").julianDay()), 15) << bar->date().toIsoString().toStdString();
    const QRgb after = screenColour(w->mapView(), kKazakhSteppe);
    EXPECT_NE(before, after);
    // Dragging back before the announcement restores the colour.
    QMouseEvent drag(QEvent::MouseMove, QPointF(track->xOf(day("2025-09-01")), track->height() / 2.0),
                     track->mapToGlobal(QPointF(track->xOf(day("2025-09-01")), track->height() / 2.0)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(track, &drag);
    EXPECT_EQ(screenColour(w->mapView(), kKazakhSteppe), before);
}

TEST_F(MainWindowTest, KeyboardStepsThroughTime)
{
    auto w = openWindow();
    TimelineBar *bar = w->timelineBar();
    w->mapView()->setFocus();
    bar->setDate(day("2025-11-05"));
    const QRgb before = screenColour(w->mapView(), kKazakhSteppe);
    QTest::keyClick(w->mapView(), Qt::Key_Right);
    EXPECT_EQ(bar->date(), day("2025-11-06"));
    EXPECT_NE(screenColour(w->mapView(), kKazakhSteppe), before);
    QTest::keyClick(w->mapView(), Qt::Key_Left);
    EXPECT_EQ(bar->date(), day("2025-11-05"));
    QTest::keyClick(w->mapView(), Qt::Key_Right, Qt::ShiftModifier);
    EXPECT_EQ(bar->date(), day("2025-12-05"));
    QTest::keyClick(w->mapView(), Qt::Key_Right, Qt::ControlModifier);
    const TimeStepper *stepper = bar->stepper();
    EXPECT_EQ(bar->date(), stepper->nextStop(day("2025-12-05")));
    QTest::keyClick(w->mapView(), Qt::Key_Left, Qt::ControlModifier);
    EXPECT_EQ(bar->date(), stepper->previousStop(stepper->nextStop(day("2025-12-05"))));
    QTest::keyClick(w->mapView(), Qt::Key_Home);
    EXPECT_EQ(bar->date(), stepper->first());
    QTest::keyClick(w->mapView(), Qt::Key_End);
    EXPECT_EQ(bar->date(), stepper->last());
    QTest::keyClick(w->mapView(), Qt::Key_Home);
    QTest::keyClick(w->mapView(), Qt::Key_Space);
    EXPECT_TRUE(bar->isPlaying());
    // Waits for the first steps however busy the machine is (a fixed wait
    // failed when the jump home took longer to paint than the wait).
    EXPECT_TRUE(QTest::qWaitFor([&] { return stepper->first() < bar->date(); }, 10000));
    QTest::keyClick(w->mapView(), Qt::Key_Space);
    EXPECT_FALSE(bar->isPlaying());
}

TEST_F(MainWindowTest, TheOpenBriefingFollowsTheDate)
{
    auto w = openWindow();
    w->timelineBar()->setDate(day("2025-11-05"));
    w->selectCountry(QStringLiteral("KAZ"));
    EXPECT_FALSE(w->briefingPanel()->view()->toPlainText().contains(QStringLiteral("Abraham Accords: announced")));
    w->timelineBar()->setDate(day("2025-11-06"));
    EXPECT_TRUE(w->briefingPanel()->view()->toPlainText().contains(QStringLiteral("Abraham Accords: announced since 6 Nov 2025")))
        << w->briefingPanel()->view()->toPlainText().toStdString();
}

TEST_F(MainWindowTest, SearchIgnoresAccentsSelectsAndFlies)
{
    auto w = openWindow();
    const double before = w->mapView()->settings().viewport.metresPerPixel();
    QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
    SearchBar *search = w->searchBar();
    EXPECT_TRUE(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("turkiye"));
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(w->briefingPanel()->country(), QStringLiteral("TUR"));
    EXPECT_EQ(w->mapView()->settings().selectedCountry, QStringLiteral("TUR"));
    const Viewport v = w->mapView()->settings().viewport;
    EXPECT_LT(v.metresPerPixel(), before);  // zoomed in on it
    EXPECT_EQ(w->mapView()->countryAtPixel(QPointF(v.size().width() / 2.0, v.size().height() / 2.0)), QStringLiteral("TUR"));
}

TEST_F(MainWindowTest, NotesPersistAcrossARestart)
{
    {
        auto w = openWindow();
        w->selectCountry(QStringLiteral("ARM"));
        QPlainTextEdit *notes = w->briefingPanel()->notesEditor();
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Ask about Syunik"));
        w->close();
    }
    auto again = openWindow();
    EXPECT_EQ(again->briefingPanel()->country(), QStringLiteral("ARM"));  // the selection is remembered too
    again->selectCountry(QStringLiteral("AZE"));
    again->selectCountry(QStringLiteral("ARM"));
    EXPECT_EQ(again->briefingPanel()->notesEditor()->toPlainText(), QStringLiteral("Ask about Syunik"));
}

TEST_F(MainWindowTest, RemembersDateLayersAndView)
{
    Viewport saved;
    {
        auto w = openWindow();
        w->timelineBar()->setDate(day("2023-09-19"));
        w->setLayerVisible(QStringLiteral("isf"), false);
        w->mapView()->zoomBy(2.0, QPointF(300, 300));
        saved = w->mapView()->settings().viewport;
        w->close();
    }
    auto again = openWindow();
    EXPECT_EQ(again->timelineBar()->date(), day("2023-09-19"));
    EXPECT_FALSE(again->mapView()->settings().showLayer(QStringLiteral("isf")));
    EXPECT_TRUE(again->mapView()->settings().showLayer(QStringLiteral("board_of_peace")));
    EXPECT_NEAR(again->mapView()->settings().viewport.metresPerPixel(), saved.metresPerPixel(), 1e-6);
}

TEST_F(MainWindowTest, CopyBriefingPutsMarkdownOnTheClipboard)
{
    auto w = openWindow();
    w->selectCountry(QStringLiteral("AZE"));
    QTest::mouseClick(w->briefingPanel()->copyButton(), Qt::LeftButton);
    const QString md = QApplication::clipboard()->text();
    EXPECT_TRUE(md.startsWith(QStringLiteral("# Azerbaijan (AZE)")));
    EXPECT_TRUE(md.contains(QStringLiteral("## Events")));
}

TEST_F(MainWindowTest, LegendMatchesWhatIsDrawnAndTogglesLayers)
{
    auto w = openWindow();
    w->timelineBar()->setDate(day("2026-02-20"));
    QStringList rows = w->legendPanel()->rowTexts();
    EXPECT_TRUE(rows.contains(QStringLiteral("Abraham Accords: member")));
    EXPECT_TRUE(rows.contains(QStringLiteral("Board of Peace: member")));
    w->timelineBar()->setDate(day("2019-01-01"));
    rows = w->legendPanel()->rowTexts();
    EXPECT_FALSE(rows.contains(QStringLiteral("Abraham Accords: member")));  // nobody yet
    w->timelineBar()->setDate(day("2026-02-20"));
    auto *box = w->legendPanel()->findChild<QCheckBox *>(QStringLiteral("layer_abraham_accords"));
    ASSERT_NE(box, nullptr);
    // The UAE is on the Board of Peace too: without its hatching the probe
    // never lands on a hatch line, whatever width the panel takes.
    auto *hatching = w->legendPanel()->findChild<QCheckBox *>(QStringLiteral("layer_board_of_peace"));
    ASSERT_NE(hatching, nullptr);
    hatching->click();
    const QRgb filled = screenColour(w->mapView(), {54.8, 23.6});  // the UAE
    box->click();
    EXPECT_FALSE(w->mapView()->settings().showLayer(QStringLiteral("abraham_accords")));
    EXPECT_FALSE(w->legendPanel()->rowTexts().contains(QStringLiteral("Abraham Accords: member")));
    EXPECT_NE(screenColour(w->mapView(), {54.8, 23.6}), filled);
}

TEST_F(MainWindowTest, HtmlInDataIsShownAsText)
{
    const test::DataFolderCopy data;
    data.write(QStringLiteral("timeline/events.json"), R"({"events": [
      {"id": "html", "date": "2020-01-01", "title": "<b>Bold</b> claim", "summary": "<img src=\"https://example.org/t.png\"><script>x()</script> plain",
       "countries": ["AZE"], "certainty": "confirmed", "sources": ["000_8dc81030165d37e0.txt"]}]})");
    auto w = openWindow(data.path());
    w->selectCountry(QStringLiteral("AZE"));
    const QString text = w->briefingPanel()->view()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("<b>Bold</b> claim"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("<script>x()</script> plain")));
    EXPECT_FALSE(w->briefingPanel()->view()->toHtml().contains(QStringLiteral("<img")));
}

TEST_F(MainWindowTest, BadDataIsReportedAndTheAtlasGoesOn)
{
    const test::DataFolderCopy data(QStringLiteral("timeline/unknown_country"));
    auto w = openWindow(data.path());
    EXPECT_TRUE(w->isReady());
    ASSERT_FALSE(w->lastProblems().isEmpty());
    EXPECT_TRUE(w->lastProblems().join(u'\n').contains(QStringLiteral("unknown country code 'ZZZ'")));
    EXPECT_NE(w->findChild<QMessageBox *>(QStringLiteral("problemsDialog")), nullptr);
    EXPECT_NE(w->atlas()->timeline.event(QStringLiteral("a")), nullptr);
}

TEST_F(MainWindowTest, ProjectionSwitchKeepsTheViewOnTheRegion)
{
    auto w = openWindow();
    w->setProjection(QStringLiteral("web-mercator"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->mapView()->renderer()->geo().preset().id == QLatin1String("web-mercator"); }, 10000));
    MapView *map = w->mapView();
    EXPECT_EQ(map->countryAtPixel(map->pixelOf(kBaku)), QStringLiteral("AZE"));
    const QRectF visible = map->settings().viewport.visibleMetres();
    EXPECT_TRUE(visible.contains(map->renderer()->geo().project(kBaku)));
    EXPECT_TRUE(visible.contains(map->renderer()->geo().project({71.45, 51.17})));  // Astana
}

TEST_F(MainWindowTest, FlyingToASmallCountryKeepsItsNeighbours)
{
    auto w = openWindow();
    w->flyToCountry(QStringLiteral("ARM"));
    MapView *map = w->mapView();
    EXPECT_EQ(map->countryAtPixel(map->pixelOf({44.5152, 40.1872})), QStringLiteral("ARM"));  // Yerevan
    for (const LonLat neighbour : {kBaku, LonLat{44.793, 41.715} /* Tbilisi */, LonLat{46.29, 38.08} /* Tabriz */}) {
        const QPointF p = map->pixelOf(neighbour);
        EXPECT_TRUE(QRectF(map->rect()).contains(p)) << neighbour.lon << "," << neighbour.lat;
    }
}

// The first map leaves the corridors' and territories' sprites out
// (RenderCache::framesDrawn); a view that stays is drawn again a moment
// later with them kept, so the first date change recolours, not strokes.
// Mutation tried: no second frame once the view settles -> no sprite is
// painted.
TEST_F(MainWindowTest, TheMapKeepsItsSpritesOnceTheViewSettles)
{
    auto w = openWindow();
    MapView *map = w->mapView();
    ASSERT_TRUE(QTest::qWaitFor([&] { return map->renderCache().spritesPainted > 0; }, 3000));
    EXPECT_GE(map->renderCache().framesDrawn, 2);
    // Then a date change inside the epoch paints none.
    const int painted = map->renderCache().spritesPainted;
    w->timelineBar()->setDate(day("2026-01-30"));
    map->repaint();
    EXPECT_EQ(map->renderCache().spritesPainted, painted);
}
