// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/palette.h"
#include "support/test_data.h"

#include <QImage>
#include <QPainter>

#include <array>

#include <gtest/gtest.h>

using namespace crossroads;

namespace {

MapSettings regionSettings(const Date &date, QSize size = {1200, 800})
{
    return test::probingSettings(date, test::shippedGeo()->homeExtent(), size);
}

QImage render(const MapSettings &s, RenderCache *cache) { return test::renderShipped(s, cache); }

QRgb pixelAt(const QImage &image, const MapSettings &s, LonLat where)
{
    const QPointF p = s.viewport.toPixels(test::shippedGeo()->project(where));
    return image.pixel(p.toPoint()) & 0xffffff;
}

// The fill the palette gives `iso3` on the settings' date.
QRgb expectedFill(const MapSettings &s, const char *iso3)
{
    const Atlas &atlas = *test::shippedAtlas();
    const Palette palette = Palette::build(atlas, test::shippedRenderer()->style(), atlas.timeline.stateAt(s.date), s);
    return palette.marks(atlas.countryIndex.value(QString::fromLatin1(iso3))).fill & 0xffffff;
}

} // namespace

TEST(MapRenderer, SeaAndLandAtKnownPlaces)
{
    const MapSettings s = regionSettings(test::day("2019-01-01"));
    RenderCache cache;
    const QImage image = render(s, &cache);
    const Style &style = test::shippedRenderer()->style();
    EXPECT_EQ(pixelAt(image, s, {50.5, 42.0}), style.sea.rgb() & 0xffffff);  // the Caspian
    EXPECT_EQ(pixelAt(image, s, {34.0, 43.0}), style.sea.rgb() & 0xffffff);  // the Black Sea
    // Before the Accords nobody has a standing: plain focus land.
    EXPECT_EQ(pixelAt(image, s, {51.39, 35.69}), style.focusLand.rgb() & 0xffffff);    // Tehran
    EXPECT_EQ(pixelAt(image, s, {69.24, 41.30}), style.focusLand.rgb() & 0xffffff);    // Tashkent
    EXPECT_EQ(pixelAt(image, s, {37.62, 55.75}), style.mutedLand.rgb() & 0xffffff);    // Moscow: outside the focus
}

TEST(MapRenderer, AbrahamAccordsFillAppearsOnTheirDate)
{
    RenderCache cache;
    const MapSettings before = regionSettings(test::day("2020-09-14"));
    const MapSettings after = regionSettings(test::day("2020-09-15"));
    const LonLat abuDhabi{55.2, 23.6};  // inland, clear of coast and borders
    const QRgb colourBefore = pixelAt(render(before, &cache), before, abuDhabi);
    const QRgb colourAfter = pixelAt(render(after, &cache), after, abuDhabi);
    EXPECT_EQ(colourBefore, test::shippedRenderer()->style().focusLand.rgb() & 0xffffff);
    EXPECT_NE(colourAfter, colourBefore);
    EXPECT_EQ(colourAfter, expectedFill(after, "ARE"));
}

TEST(MapRenderer, CachedAndDirectPathsAgreeOnFills)
{
    const MapSettings s = regionSettings(test::day("2025-12-01"));
    RenderCache cache;
    const QImage cached = render(s, &cache);
    const QImage direct = render(s, nullptr);
    // Kazakhstan (announced in the Accords) away from its borders.
    EXPECT_EQ(pixelAt(cached, s, {67.0, 48.5}), expectedFill(s, "KAZ"));
    EXPECT_EQ(pixelAt(direct, s, {67.0, 48.5}), expectedFill(s, "KAZ"));
}

TEST(MapRenderer, DateChangeRecoloursFromTheCache)
{
    RenderCache cache;
    MapSettings s = regionSettings(test::day("2025-01-01"));
    render(s, &cache);
    ASSERT_EQ(cache.geometryBuilds, 1);
    // Kazakhstan announced for the Accords, not yet hatched for the Board.
    s.date = test::day("2025-12-01");
    const QImage image = render(s, &cache);
    // Same view: the id buffer was kept, not redrawn.
    EXPECT_EQ(cache.geometryBuilds, 1);
    EXPECT_EQ(pixelAt(image, s, {67.0, 48.5}), expectedFill(s, "KAZ"));
}

TEST(MapRenderer, HatchingMarksBoardOfPeaceMembers)
{
    // Armenia signed the Board of Peace charter in January 2026: hatch
    // pixels in the Board's colour appear inside it, and not before.
    MapSettings s = regionSettings(test::day("2026-02-01"), {2400, 1600});
    s.viewport.fitExtent(test::shippedGeo()->projectBox(43.5, 38.8, 46.6, 41.3));
    RenderCache cache;
    auto countHatch = [&](const QImage &image) {
        const QColor board = test::shippedAtlas()->timeline.group(QStringLiteral("board_of_peace"))->colour;
        int hatch = 0;
        const QPointF c = s.viewport.toPixels(test::shippedGeo()->project({44.6, 40.3}));
        for (int dy = -40; dy <= 40; ++dy)
            for (int dx = -40; dx <= 40; ++dx) {
                const QColor px = image.pixelColor(c.toPoint() + QPoint(dx, dy));
                if (std::abs(px.red() - board.red()) < 40 && std::abs(px.green() - board.green()) < 40 &&
                    std::abs(px.blue() - board.blue()) < 40)
                    ++hatch;
            }
        return hatch;
    };
    EXPECT_GT(countHatch(render(s, &cache)), 300);
    s.date = test::day("2025-06-01");
    EXPECT_EQ(countHatch(render(s, &cache)), 0);
}

TEST(MapRenderer, SelectionOutlineIsDrawn)
{
    MapSettings s = regionSettings(test::day("2024-01-01"));
    RenderCache cache;
    const QImage plain = render(s, &cache);
    s.selectedCountry = QStringLiteral("ARM");
    const QImage selected = render(s, &cache);
    int dark = 0;
    for (int y = 0; y < selected.height(); ++y)
        for (int x = 0; x < selected.width(); ++x)
            if (qGray(selected.pixel(x, y)) < 60 && qGray(plain.pixel(x, y)) >= 60)
                ++dark;
    EXPECT_GT(dark, 50);
}

TEST(MapRenderer, HighDpiRendersAtDevicePixels)
{
    MapSettings s = regionSettings(test::day("2025-12-01"), {600, 400});
    s.devicePixelRatio = 2.0;
    QImage image(1200, 800, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    RenderCache cache;
    {
        QPainter painter(&image);
        test::shippedRenderer()->render(painter, s, &cache);
    }
    EXPECT_EQ(cache.deviceSize(), QSize(1200, 800));  // the id buffer is in device pixels
    const QPointF steppe = s.viewport.toPixels(test::shippedGeo()->project({67.0, 48.5})) * 2.0;
    EXPECT_EQ(image.pixel(steppe.toPoint()) & 0xffffff, expectedFill(s, "KAZ"));
    // And the sea is still the sea at its place.
    const QPointF sea = s.viewport.toPixels(test::shippedGeo()->project({50.5, 42.0})) * 2.0;
    EXPECT_EQ(image.pixel(sea.toPoint()) & 0xffffff, test::shippedRenderer()->style().sea.rgb() & 0xffffff);
}

namespace {

// The largest difference of any channel between two images of one size.
int largestDifference(const QImage &a, const QImage &b)
{
    int worst = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            worst = std::max({worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
        }
    return worst;
}

QImage renderInto(QImage image, const MapSettings &s, RenderCache &cache, QPointF offset = {})
{
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(offset);
    test::shippedRenderer()->render(painter, s, &cache);
    painter.end();
    return image.convertToFormat(QImage::Format_RGB32);
}

} // namespace

// The land is written straight into an image the painter draws on (no
// buffer of the view's size, no blit); into any other device it goes
// through a buffer. Both must give the same pixels, moved with the painter
// (up to the rounding of blending onto RGB888).
// Mutation tried: the direct write ignoring the painter's offset (the land
// lands at the image's corner) -> thousands of pixels differ by far more
// than rounding.
TEST(MapRenderer, LandWrittenInPlaceMatchesTheBufferedPath)
{
    MapSettings s = regionSettings(test::day("2026-02-01"), {500, 320});
    s.layers.insert(layers::graticule);
    RenderCache direct, buffered;
    const QImage a = renderInto(QImage(540, 360, QImage::Format_RGB32), s, direct, QPointF(20, 30));
    const QImage b = renderInto(QImage(540, 360, QImage::Format_RGB888), s, buffered, QPointF(20, 30));
    EXPECT_LE(largestDifference(a, b), 16);
    // And a date change afterwards recolours in place too.
    s.date = test::day("2020-01-01");
    EXPECT_LE(largestDifference(renderInto(QImage(540, 360, QImage::Format_RGB32), s, direct, QPointF(20, 30)),
                                renderInto(QImage(540, 360, QImage::Format_RGB888), s, buffered, QPointF(20, 30))),
              16);
}

// A one-off render (an export) keeps no overlays and paints the sea
// straight into the target: its land and sea must be the cached render's
// (labels drawn straight differ from blitted ones by antialiasing only).
// Mutation tried: not painting the sea in a one-off render -> the sea and
// graticule stay white, the images differ by 200+.
TEST(MapRenderer, OneOffRenderMatchesTheCachedOne)
{
    MapSettings s = regionSettings(test::day("2026-02-01"), {500, 320});
    s.layers.insert(layers::graticule);  // drawn into the target too
    RenderCache kept, once;
    once.once = true;
    const QImage a = renderInto(QImage(500, 320, QImage::Format_RGB32), s, kept);
    const QImage b = renderInto(QImage(500, 320, QImage::Format_RGB32), s, once);
    EXPECT_LE(largestDifference(a, b), 16);
    EXPECT_FALSE(once.runs.isNull());
}

// A cached frame composes the corridors from sprites of their lines; the
// one-off render (an export) strokes them straight into the target. Same
// pixels, for a first frame and for a date that needs new looks. (The
// other tests of the cache compare it with itself, or leave corridors out.)
// Mutation tried: line sprites painted empty -> no corridor on a cached
// frame, the images differ by 246.
TEST(MapRenderer, CorridorsOfACachedFrameMatchAOneOffRender)
{
    MapSettings s = regionSettings(test::day("2026-02-01"), {640, 400});
    s.layers = {layers::corridors};
    RenderCache kept;
    for (const char *date : {"2026-02-01", "2015-06-01"}) {
        s.date = test::day(date);
        RenderCache once;
        once.once = true;
        renderInto(QImage(640, 400, QImage::Format_RGB32), s, kept);  // a view's first frame draws straight
        const QImage a = renderInto(QImage(640, 400, QImage::Format_RGB32), s, kept);
        ASSERT_GT(kept.spritesPainted, 0) << date << ": the frame was not composed from sprites";
        const QImage b = renderInto(QImage(640, 400, QImage::Format_RGB32), s, once);
        EXPECT_LE(largestDifference(a, b), 16) << date;
    }
}

// Sprites cost about twice what stroking once does, and a view passed
// through (a frame of a pan or a flight, or the first map) may never be
// drawn again: its first frame draws corridors and territories straight,
// the second keeps them, and both show the same. So with the sea and land:
// the first frame writes them straight into the target, the second keeps
// them in images of their own.
// Mutations tried: sprites from the first frame on -> 11 sprites painted
// for the first frame; the base layer keeping its images from the first
// frame on -> 2 land images made for it.
TEST(MapRenderer, AViewsFirstFrameDrawsCorridorsTerritoriesAndLandStraight)
{
    MapSettings s = regionSettings(test::day("2026-02-01"), {640, 400});
    RenderCache kept;
    const QImage first = renderInto(QImage(640, 400, QImage::Format_RGB32), s, kept);
    EXPECT_EQ(kept.spritesPainted, 0);
    EXPECT_EQ(kept.landImagesMade, 0);
    EXPECT_EQ(kept.framesDrawn, 1);
    const QImage second = renderInto(QImage(640, 400, QImage::Format_RGB32), s, kept);
    EXPECT_GT(kept.spritesPainted, 0);
    EXPECT_EQ(kept.landImagesMade, 2);
    EXPECT_LE(largestDifference(first, second), 16);
    // and stays the same as the date changes.
    s.date = test::day("2015-06-01");
    const QImage third = renderInto(QImage(640, 400, QImage::Format_RGB32), s, kept);
    EXPECT_EQ(kept.landImagesMade, 2);
    RenderCache fresh;
    EXPECT_LE(largestDifference(third, renderInto(QImage(640, 400, QImage::Format_RGB32), s, fresh)), 16);
}

namespace {

// Per corridor, its status on `date`.
std::vector<CorridorStatus> corridorStatuses(const char *date)
{
    std::vector<CorridorStatus> out;
    for (const WorldState::CorridorCell &cell : test::shippedAtlas()->timeline.stateAt(test::day(date)).corridors)
        out.push_back(cell.status);
    return out;
}

} // namespace

// Scrubbing keeps each corridor in each look, each corridor label in each
// place and each territory as sprites, and composes the date's overlays
// from them; it keeps the land with the borders blended in and rewrites
// only the box of the countries whose look changed: after any sequence of
// dates (and a hover) the picture must be the one a fresh cache draws. Up to 4 levels: Qt rasterises a
// glyph a little differently the first time it meets it, and the two
// caches drew their labels at different moments.
// Mutations tried: reusing a corridor's first sprite whatever its status
// (sameLook always true) -> 2026 after 2015 keeps the Middle Corridor
// dashed, the images differ by 254; not recomposing territories when the
// set shown changes -> 2026 after 2015 differs by 165.
TEST(MapRenderer, ScrubbingComposesTheSamePixelsAsAFreshCache)
{
    // The Middle Corridor is dashed in 2015 and solid from late 2017; the
    // Nakhchivan link, TRIPP and IMEC come and go.
    const std::array<const char *, 7> dates{"2015-06-01", "2026-02-01", "2020-06-01", "2025-01-01", "2008-06-01", "2019-01-01", "2026-02-01"};
    // The walk must change corridor statuses and territories, or it proves nothing.
    EXPECT_NE(corridorStatuses("2015-06-01"), corridorStatuses("2026-02-01"));
    EXPECT_NE(corridorStatuses("2020-06-01"), corridorStatuses("2025-01-01"));
    EXPECT_NE(test::shippedAtlas()->territories.at(test::day("2008-06-01")),
              test::shippedAtlas()->territories.at(test::day("2026-02-01")));

    MapSettings s = regionSettings(test::day(dates[0]), {640, 400});
    s.layers = test::shippedRenderer()->defaultLayers();  // corridors, their labels, names, events
    const QImage blank(640, 400, QImage::Format_ARGB32_Premultiplied);
    {
        RenderCache warm;  // the glyphs' first rasterisation out of the way
        renderInto(blank, s, warm);
    }
    RenderCache scrubbed;
    for (const char *date : dates) {
        s.date = test::day(date);
        RenderCache fresh;
        EXPECT_LE(largestDifference(renderInto(blank, s, scrubbed), renderInto(blank, s, fresh)), 4) << date;
    }
    for (const QString &hovered : {QStringLiteral("KAZ"), QString()}) {
        s.hoveredCountry = hovered;
        RenderCache fresh;
        EXPECT_LE(largestDifference(renderInto(blank, s, scrubbed), renderInto(blank, s, fresh)), 4) << hovered.toStdString();
    }
}
