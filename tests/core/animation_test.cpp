// SPDX-License-Identifier: GPL-3.0-or-later
// Films: the plan of dates and captions, the stable legend, and the files
// read back with FFmpeg's and giflib's own readers.
#include "export/animation_exporter.h"
#include "export/gif_writer.h"
#include "export/frame_sink.h"
#include "support/film_reader.h"
#include "support/test_data.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gif_lib.h>
#include <gtest/gtest.h>

using namespace crossroads;
using test::day;

namespace {

ExportSettings filmSettings(QSize size = QSize(640, 360))
{
    ExportSettings s;
    s.size = size;
    s.date = day("2026-01-01");
    s.layers = test::shippedRenderer()->defaultLayers();
    // Labels and event markers could sit on the probed pixels.
    s.layers.remove(layers::labels);
    s.layers.remove(layers::events);
    return s;
}

// Where a point of Kazakhstan's steppe lands in an output frame.
QPoint kazakhstanPixel(const MapExporter &exporter, const ExportSettings &settings)
{
    const QPointF metres = exporter.renderer().geo().projection().forward(LonLat{71.0, 49.0});
    return exporter.pagePixel(settings, metres).toPoint();  // the map sits inside the page's margins
}

// The running date, top right of the title band.
QRect dateRegion(QSize size)
{
    return QRect(size.width() * 3 / 4, 0, size.width() / 4 - 2, size.height() / 22);
}

int differingPixels(const QImage &a, const QImage &b, const QRect &region)
{
    int n = 0;
    for (int y = region.top(); y <= region.bottom(); ++y)
        for (int x = region.left(); x <= region.right(); ++x)
            n += test::colourDistance(a.pixel(x, y), b.pixel(x, y)) > 60;
    return n;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

TEST(AnimationPlan, SpreadsDatesEvenlyAndEndsOnTheLastDay)
{
    const auto plan = AnimationPlan::forDates(test::shippedAtlas()->timeline, day("2020-01-01"), day("2026-01-01"), 30, 2.0, {});
    ASSERT_TRUE(plan) << plan.error().message.toStdString();
    ASSERT_EQ(plan.value().frames.size(), 60u);
    EXPECT_EQ(plan.value().frames.front().date, day("2020-01-01"));
    EXPECT_EQ(plan.value().frames.back().date, day("2026-01-01"));
    for (size_t i = 1; i < plan.value().frames.size(); ++i)
        EXPECT_LT(plan.value().frames[i - 1].date, plan.value().frames[i].date);
}

TEST(AnimationPlan, AnEventsCaptionAppearsOnlyOnceItsDayHasPassed)
{
    const auto plan =
        AnimationPlan::forDates(test::shippedAtlas()->timeline, day("2025-11-01"), day("2025-11-10"), 1, {}, 1.0);
    ASSERT_TRUE(plan);
    bool seen = false;
    for (const AnimationFrame &f : plan.value().frames) {
        const bool mentions = f.caption.contains(QStringLiteral("Kazakhstan announces it will join the Abraham Accords"));
        // Mutation tried (fails): captions a day early (CaptionFinder comparing with
        // <= day + 1): the first assertion would fail.
        if (f.date < day("2025-11-06")) {
            EXPECT_FALSE(mentions) << f.date.toIsoString().toStdString();
        } else if (f.date == day("2025-11-06")) {
            EXPECT_TRUE(mentions);
        }
        seen = seen || mentions;
    }
    EXPECT_TRUE(seen);
}

TEST(AnimationPlan, RefusesBadRanges)
{
    const Timeline &t = test::shippedAtlas()->timeline;
    EXPECT_FALSE(AnimationPlan::forDates(t, day("2025-01-01"), day("2024-01-01"), 30, 5.0, {}));
    EXPECT_FALSE(AnimationPlan::forDates(t, day("2024-01-01"), day("2025-01-01"), 0, 5.0, {}));
    EXPECT_FALSE(AnimationPlan::forDates(t, day("2024-01-01"), day("2025-01-01"), 30, -1.0, {}));
    EXPECT_FALSE(AnimationPlan::forDates(t, day("2024-01-01"), day("2025-01-01"), 30, 5.0, 2.0));
    EXPECT_FALSE(AnimationPlan::forDates(t, day("2024-01-01"), day("2025-01-01"), 30, 7200.0, {}));
}

TEST(AnimationPlan, StoryStepsFlyInThenPulse)
{
    const Story story = Story::allEvents(*test::shippedAtlas());
    const auto plan = AnimationPlan::forStory(story, 10, 2.0);
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan.value().frames.size(), story.steps.size() * 20);
    const AnimationFrame &first = plan.value().frames[0];
    EXPECT_EQ(first.flight, 1.0);  // the first step opens landed
    const AnimationFrame &second = plan.value().frames[20];
    EXPECT_EQ(second.step, 1);
    EXPECT_EQ(second.flight, 0.0);
    EXPECT_EQ(plan.value().frames[25].flight, 1.0);       // landed after 0.5 s
    EXPECT_GT(plan.value().frames[27].pulse, 0.5);        // pulsing
    EXPECT_EQ(plan.value().frames[39].pulse, 0.0);        // and done
}

TEST(AnimationRenderer, TheLegendHoldsEveryEntryOfTheFilmOnEveryFrame)
{
    const MapExporter exporter(test::shippedRenderer());
    const ExportSettings base = filmSettings();
    const auto plan = AnimationPlan::forDates(test::shippedAtlas()->timeline, day("2019-01-01"), day("2026-01-01"), 5, 2.0, {});
    ASSERT_TRUE(plan);
    AnimationRenderer renderer(exporter, base, plan.value());
    const ExportSettings first = renderer.settingsFor(0), last = renderer.settingsFor(9);
    ASSERT_TRUE(first.legendItems && last.legendItems);
    EXPECT_EQ(first.legendItems->size(), last.legendItems->size());
    // On 1 Jan 2019 alone there are no Abraham Accords; the film's legend
    // has them from its first frame.
    MapSettings jan2019;
    jan2019.date = day("2019-01-01");
    jan2019.layers = base.layers;
    auto has = [](const std::vector<LegendItem> &items, const QString &section) {
        return std::any_of(items.begin(), items.end(), [&](const LegendItem &i) { return i.section == section; });
    };
    const QString accords = test::shippedAtlas()->timeline.group(QStringLiteral("abraham_accords"))->name;
    EXPECT_FALSE(has(legendItems(*test::shippedAtlas(), jan2019, exporter.renderer().style()), accords));
    // Mutation tried (fails): settingsFor() without legendItems (a per-date legend).
    EXPECT_TRUE(has(*first.legendItems, accords));
}

TEST(VideoEncoder, Mp4ReadsBackWithItsFramesSizeAndLength)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("film.mp4"));
    const MapExporter exporter(test::shippedRenderer());
    const auto plan = AnimationPlan::forDates(test::shippedAtlas()->timeline, day("2020-01-01"), day("2026-01-01"), 10, 3.0, {});
    ASSERT_TRUE(plan);
    int lastProgress = 0;
    ASSERT_FALSE(AnimationExporter(exporter).write(path, filmSettings(), plan.value(), nullptr,
                                                   [&](int done, int) { lastProgress = done; }));
    EXPECT_EQ(lastProgress, 30);
    const test::DecodedFilm film = test::decodeFilm(path);
    ASSERT_TRUE(film.ok);
    EXPECT_EQ(film.codec, QStringLiteral("h264"));
    EXPECT_EQ(film.width, 640);
    EXPECT_EQ(film.height, 360);
    EXPECT_EQ(film.frames.size(), 30u);
    EXPECT_NEAR(film.seconds, 3.0, 0.15);
    // The running date changes between the first and the last frame; the
    // map's sea corner does not.
    // Mutation tried (fails): settingsFor() keeping the base date: the date region
    // would be identical.
    EXPECT_GT(differingPixels(film.frames.front(), film.frames.back(), dateRegion(QSize(640, 360))), 20);
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("film.mp4")});
}

TEST(VideoEncoder, AMembersColourChangesOnItsDay)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kaz.webm"));
    const MapExporter exporter(test::shippedRenderer());
    const ExportSettings base = filmSettings();
    // One second on each event day from 1 to 10 Nov 2025, 4 frames each.
    const auto plan = AnimationPlan::forDates(test::shippedAtlas()->timeline, day("2025-11-01"), day("2025-11-10"), 4, {}, 1.0);
    ASSERT_TRUE(plan);
    ASSERT_FALSE(AnimationExporter(exporter).write(path, base, plan.value()));
    const test::DecodedFilm film = test::decodeFilm(path);
    ASSERT_TRUE(film.ok);
    EXPECT_EQ(film.codec, QStringLiteral("vp9"));
    ASSERT_EQ(film.frames.size(), plan.value().frames.size());
    const QPoint kaz = kazakhstanPixel(exporter, base);
    int before = -1, after = -1;
    for (size_t i = 0; i < plan.value().frames.size(); ++i) {
        if (plan.value().frames[i].date < day("2025-11-06"))
            before = int(i);
        else if (after < 0)
            after = int(i) + 2;  // two frames in: past the key frame's ramp
    }
    ASSERT_GE(before, 0);
    ASSERT_GT(after, 0);
    const QRgb was = test::meanColour(film.frames[size_t(before)], kaz);
    const QRgb is = test::meanColour(film.frames[size_t(after)], kaz);
    // Mutation tried (fails): every frame drawn for one day (settingsFor()
    // keeping the base date): the colours would match.
    EXPECT_GT(test::colourDistance(was, is), 30) << std::hex << was << " " << is;
    // The frame before the day equals the first frame there.
    EXPECT_LT(test::colourDistance(test::meanColour(film.frames.front(), kaz), was), 12);
}

TEST(GifWriter, GifReadsBackWithGiflib)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("film.gif"));
    const MapExporter exporter(test::shippedRenderer());
    const ExportSettings base = filmSettings(QSize(480, 270));
    const auto plan = AnimationPlan::forDates(test::shippedAtlas()->timeline, day("2025-11-01"), day("2025-11-10"), 5, {}, 1.0);
    ASSERT_TRUE(plan);
    ASSERT_FALSE(AnimationExporter(exporter).write(path, base, plan.value()));
    int error = 0;
    GifFileType *gif = DGifOpenFileName(path.toLocal8Bit().constData(), &error);
    ASSERT_TRUE(gif);
    ASSERT_EQ(DGifSlurp(gif), GIF_OK);
    EXPECT_EQ(gif->SWidth, 480);
    EXPECT_EQ(gif->SHeight, 270);
    // Held days are one GIF frame each with a longer delay: one per stop.
    std::vector<Date> stops;
    for (const AnimationFrame &f : plan.value().frames)
        if (stops.empty() || !(stops.back() == f.date))
            stops.push_back(f.date);
    EXPECT_EQ(gif->ImageCount, int(stops.size()));
    int totalDelay = 0;
    QRgb kazBefore = 0, kazAfter = 0;
    const QPoint kaz = kazakhstanPixel(exporter, base);
    for (int i = 0; i < gif->ImageCount; ++i) {
        GraphicsControlBlock gcb;
        ASSERT_EQ(DGifSavedExtensionToGCB(gif, i, &gcb), GIF_OK);
        totalDelay += gcb.DelayTime;
        const SavedImage &image = gif->SavedImages[i];
        const ColorMapObject *map = image.ImageDesc.ColorMap ? image.ImageDesc.ColorMap : gif->SColorMap;
        const GifColorType c = map->Colors[image.RasterBits[kaz.y() * image.ImageDesc.Width + kaz.x()]];
        const QRgb rgb = qRgb(c.Red, c.Green, c.Blue);
        if (stops[size_t(i)] < day("2025-11-06"))
            kazBefore = rgb;
        else if (kazAfter == 0)
            kazAfter = rgb;
    }
    EXPECT_EQ(totalDelay, int(plan.value().frames.size()) * 100 / 5);  // hundredths of a second
    EXPECT_GT(test::colourDistance(kazBefore, kazAfter), 30);
    DGifCloseFile(gif, &error);
}

TEST(AnimationExporter, CancellingLeavesNoFileAndTheOldOneIntact)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("film.mp4"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old film");
    }
    const MapExporter exporter(test::shippedRenderer());
    const auto plan = AnimationPlan::forDates(test::shippedAtlas()->timeline, day("2020-01-01"), day("2026-01-01"), 10, 5.0, {});
    ASSERT_TRUE(plan);
    std::atomic<bool> cancel{false};
    int calls = 0;
    const auto problem = AnimationExporter(exporter).write(path, filmSettings(), plan.value(), &cancel, [&](int, int) {
        if (++calls == 5)
            cancel = true;
    });
    // Mutation tried (fails): write() ignoring the flag: it would return no error
    // and replace the old file.
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->message, AnimationExporter::cancelledMessage());
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("old film"));
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("film.mp4")});  // no temporary left
}

TEST(VideoEncoder, RefusesOddSizesAndMissingFolders)
{
    EXPECT_FALSE(FrameSink::open(QStringLiteral("/nonexistent/folder/film.mp4"), QSize(640, 360), 30));
    QTemporaryDir dir;
    EXPECT_FALSE(FrameSink::open(dir.filePath(QStringLiteral("film.mp4")), QSize(641, 360), 30));
    EXPECT_TRUE(filesIn(dir.path()).isEmpty());
}
