// SPDX-License-Identifier: GPL-3.0-or-later
// The presenter fitted to a room: legend, caption band and step counter
// never over data, captions that wrap, sizes for 1080p, the console on the
// same screen, and the look at 1080p guarded by a control image.
#include "gui_fixture.h"

#include "data/story_loader.h"
#include "render/legend.h"
#include "support/control_image.h"
#include "ui/presenter_console.h"
#include "ui/presenter_view.h"

#include <QScreen>

using namespace crossroads;
using test::day;

namespace {

std::vector<Story> shippedStories()
{
    return StoryLoader::loadFolder(*test::shippedAtlas()).stories;
}

// A presenter laid out as on a 1080p screen, at step `index`, landed.
std::unique_ptr<PresenterView> presenterAt(const Story &story, int index, QSize size = {1920, 1080})
{
    MapSettings start;
    start.layers = test::shippedRenderer()->defaultLayers();
    auto p = std::make_unique<PresenterView>(test::shippedRenderer(), std::vector<Story>{story}, start);
    p->resize(size);
    p->goToStep(index, false);
    return p;
}

// Pixels of countries carrying data (a standing in a shown group) under
// `rect`, from the id buffer of the presenter's own view.
int dataPixelsUnder(const PresenterView &p, const QRectF &rect)
{
    const Atlas &atlas = *test::shippedAtlas();
    RenderCache cache;
    QImage image(p.settings().viewport.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    test::shippedRenderer()->render(painter, p.settings(), &cache);
    std::vector<bool> carries(atlas.countries.size(), false);
    for (int i : markedCountries(atlas, p.settings(), p.settings().date))
        carries[size_t(i)] = true;
    const QRect box = rect.toAlignedRect().intersected(QRect(QPoint(0, 0), cache.deviceSize()));
    int covered = 0;
    for (int y = box.top(); y <= box.bottom(); ++y)
        for (int x = box.left(); x <= box.right(); ++x) {
            const uint id = cache.runs.idAt(QPoint(x, y));
            covered += id > 0 && carries[id - 1] ? 1 : 0;
        }
    return covered;
}

} // namespace

class PresenterLayoutTest : public test::GuiTest
{
};

// Mutations tried: emptySpot() returning the top left corner whatever lies
// there -> data pixels under the legend at several steps; the band drawn
// over the map (mapRect() the whole screen) -> the map reached under the band.
TEST_F(PresenterLayoutTest, LegendCaptionAndCounterNeverCoverData)
{
    int withLegend = 0, steps = 0;
    for (const Story &story : shippedStories())
        for (int i = 0; i < int(story.steps.size()); ++i) {
            SCOPED_TRACE(story.steps[size_t(i)].id.toStdString());
            auto p = presenterAt(story, i);
            p->grabFrame();
            ++steps;
            // The map ends where the opaque band begins.
            EXPECT_LE(p->mapRect().bottom() + 1, p->caption().band.top());
            EXPECT_EQ(p->caption().band.bottom(), 1080);
            for (const PageText *block : p->caption().blocks())
                EXPECT_TRUE(p->caption().band.contains(block->rect)) << block->lines.join(u' ').toStdString();
            if (p->legendRect().isEmpty())
                continue;
            ++withLegend;
            EXPECT_TRUE(QRectF(p->mapRect()).contains(p->legendRect()));
            EXPECT_EQ(dataPixelsUnder(*p, p->legendRect()), 0) << "legend at " << p->legendRect().x() << "," << p->legendRect().y();
        }
    ASSERT_GT(steps, 10);
    // The legend is left out only where no spot is free of data.
    EXPECT_GE(withLegend * 4, steps * 3) << withLegend << " of " << steps << " steps show the legend";
}

// Mutation tried: the text laid out on one line, elided (as before) -> its
// lines no longer hold every word and its box runs past the band.
TEST_F(PresenterLayoutTest, ALongCaptionWrapsInsideTheBand)
{
    QString text;
    while (text.size() < 400)
        text += QStringLiteral("Azerbaijan and Kazakhstan weigh the Accords against their ties with Iran and Russia. ");
    text.truncate(400);
    const QString title = QStringLiteral("A title long enough to need a second line on a projector showing the map at full height");
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720), QSize(3840, 2160)}) {
        SCOPED_TRACE(size.width());
        const PresenterCaption c =
            PresenterCaption::layout(size, QStringLiteral("6 November 2025"), title, text, QStringLiteral("Sources: A; B"), 2, 14);
        EXPECT_FALSE(c.shortened);
        EXPECT_GT(c.text.lines.size(), 1);
        EXPECT_EQ(c.text.lines.join(u' '), text.simplified());  // every word, in order
        EXPECT_EQ(c.title.lines.join(u' '), title);
        for (const PageText *block : c.blocks()) {
            EXPECT_TRUE(c.band.contains(block->rect)) << block->lines.join(u' ').toStdString();
            const QFontMetricsF fm(block->font);
            for (const QString &line : block->lines)
                EXPECT_LE(fm.horizontalAdvance(line), block->rect.width()) << line.toStdString();
        }
        // Blocks do not overlap one another.
        const auto blocks = c.blocks();
        for (size_t a = 0; a < blocks.size(); ++a)
            for (size_t b = a + 1; b < blocks.size(); ++b)
                EXPECT_FALSE(blocks[a]->rect.intersects(blocks[b]->rect)) << a << " and " << b;
        EXPECT_EQ(c.counter.lines.join(u' '), QStringLiteral("3 / 14"));
    }
}

// Mutation tried: the old scale (1.3 at 1080 lines) -> names of 17 px and
// markers of 13 px fail both bounds.
TEST_F(PresenterLayoutTest, NamesAndMarkersAreSizedForTheRoom)
{
    const Story story = shippedStories().front();
    auto p = presenterAt(story, 0);
    const Style style;
    EXPECT_GE(style.labelFont(p->symbolScale(), false).pixelSize(), 26);
    EXPECT_GE(style.labelFont(p->symbolScale(), true).pixelSize(), 26);
    auto big = presenterAt(story, 0, {3840, 2160});
    EXPECT_NEAR(big->symbolScale(), 2 * p->symbolScale(), 1e-9);  // grows with the screen

    // A marker on screen, measured: the event at Baku on 27 June 2025 is
    // recent on that date, drawn as a diamond in the event colour.
    Story baku;
    StoryStep step;
    step.id = QStringLiteral("baku");
    step.date = day("2025-06-27");
    step.west = 44, step.south = 38, step.east = 52, step.north = 42.5;
    baku.steps = {step};
    auto q = presenterAt(baku, 0);
    const QImage frame = q->grabFrame();
    const QPointF at = q->settings().viewport.toPixels(test::shippedGeo()->project({49.867, 40.409}));
    int left = 1 << 20, right = -1;
    for (int y = int(at.y()) - 40; y <= int(at.y()) + 40; ++y)
        for (int x = int(at.x()) - 40; x <= int(at.x()) + 40; ++x) {
            const QColor c = frame.pixelColor(x, y);
            if (std::abs(c.red() - style.eventMarker.red()) < 20 && std::abs(c.green() - style.eventMarker.green()) < 20 &&
                std::abs(c.blue() - style.eventMarker.blue()) < 20)
                left = std::min(left, x), right = std::max(right, x);
        }
    ASSERT_GE(right, 0) << "no marker at Baku";
    EXPECT_GE(right - left + 1, 16);
}

// Mutation tried: Key_N not handled -> no console.
TEST_F(PresenterLayoutTest, TheConsoleOpensOnTheSameScreenWithN)
{
    auto w = openWindow();
    const Story story = shippedStories().front();
    PresenterView p(test::shippedRenderer(), {story}, w->mapView()->settings(), w.get());
    p.start();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&p));
    ASSERT_EQ(p.console(), nullptr);  // one screen: only when asked
    QTest::keyClick(&p, Qt::Key_N);
    ASSERT_NE(p.console(), nullptr);
    PresenterConsole *console = p.console();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(console));
    EXPECT_FALSE(console->onOwnScreen());
    EXPECT_TRUE(p.screen()->geometry().contains(console->geometry()));
    EXPECT_LT(console->width(), p.width());  // a corner, not the whole screen
    const QString firstNotes = story.steps[0].notes.isEmpty() ? QStringLiteral("(no notes)") : story.steps[0].notes;
    EXPECT_EQ(console->notesText(), firstNotes);
    EXPECT_TRUE(console->nextText().contains(story.steps[1].title));
    EXPECT_TRUE(console->elapsedText().startsWith(QStringLiteral("Elapsed 0:")));
    // The keys stay with the presentation.
    QTest::keyClick(&p, Qt::Key_Right);
    p.finishAnimation();
    EXPECT_EQ(p.stepIndex(), 1);
    EXPECT_TRUE(console->nextText().contains(story.steps[2].title));
    QTest::keyClick(&p, Qt::Key_N);
    EXPECT_EQ(p.console(), nullptr);
}

// Mutation tried: the legend at twice its size -> the control check fails
// with thousands of pixels off.
TEST_F(PresenterLayoutTest, ThePresenterAt1080pLooksAsReviewed)
{
    const Story story = shippedStories().front();
    auto p = presenterAt(story, std::min(2, int(story.steps.size()) - 1));
    test::expectMatchesControl(p->grabFrame(), QStringLiteral("presenter_hd"));
}
