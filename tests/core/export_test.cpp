// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/frame_sequence.h"
#include "export/map_exporter.h"
#include "render/palette.h"
#include "support/test_data.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace crossroads;
using test::day;

namespace {

ExportSettings baseSettings(const char *date)
{
    ExportSettings s;
    s.date = day(date);
    s.layers = test::shippedRenderer()->defaultLayers();
    s.layers.remove(layers::labels);
    s.layers.remove(layers::events);
    return s;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

} // namespace

TEST(MapExporter, PngCarriesGeoreferencingThatGdalReads)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("map.png"));
    const MapExporter exporter(test::shippedRenderer());
    // Before the Board of Peace, so Uzbekistan is a plain fill, not hatched.
    ASSERT_FALSE(exporter.write(png, baseSettings("2025-12-01")));
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("map.pgw"))));
    EXPECT_TRUE(QFile::exists(png + QStringLiteral(".aux.xml")));
    const QString info = run(QStringLiteral("gdalinfo"), {png});
    EXPECT_TRUE(info.contains(QStringLiteral("Albers"))) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("Size is 1920, 1080"))) << info.toStdString();
    // gdallocationinfo: Tashkent's pixel has Uzbekistan's colour, the
    // Caspian's the sea's. Stays clear of labels and borders.
    const ExportSettings s = baseSettings("2025-12-01");
    const Atlas &atlas = *test::shippedAtlas();
    const MapSettings map = exporter.mapSettings(s);
    const Palette palette = Palette::build(atlas, test::shippedRenderer()->style(), atlas.timeline.stateAt(s.date), map);
    const QRgb uzbekistan = palette.marks(atlas.countryIndex.value(QStringLiteral("UZB"))).fill;
    auto bandsAt = [&](double lon, double lat) {
        const QString out = run(QStringLiteral("gdallocationinfo"), {QStringLiteral("-wgs84"), QStringLiteral("-valonly"), png,
                                                                    QString::number(lon), QString::number(lat)});
        return out.split(u'\n', Qt::SkipEmptyParts);
    };
    const QStringList tashkent = bandsAt(64.0, 41.5);
    ASSERT_EQ(tashkent.size(), 3) << tashkent.join(u' ').toStdString();
    EXPECT_EQ(tashkent[0].toInt(), qRed(uzbekistan));
    EXPECT_EQ(tashkent[1].toInt(), qGreen(uzbekistan));
    EXPECT_EQ(tashkent[2].toInt(), qBlue(uzbekistan));
    const QStringList caspian = bandsAt(50.5, 42.0);
    ASSERT_EQ(caspian.size(), 3);
    const QColor sea = test::shippedRenderer()->style().sea;
    EXPECT_EQ(caspian[0].toInt(), sea.red());
    EXPECT_EQ(caspian[2].toInt(), sea.blue());
}

TEST(MapExporter, PngTextChunksDescribeTheMap)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("map.png"));
    ExportSettings s = baseSettings("2025-08-08");
    s.title = QStringLiteral("TRIPP agreed — Türkiye watches");
    ASSERT_FALSE(MapExporter(test::shippedRenderer()).write(png, s));
    QImageReader reader(png);
    EXPECT_EQ(reader.text(QStringLiteral("Title")), QStringLiteral("TRIPP agreed — Türkiye watches"));  // UTF-8 (iTXt)
    EXPECT_EQ(reader.text(QStringLiteral("Date")), QStringLiteral("2025-08-08"));
    EXPECT_TRUE(reader.text(QStringLiteral("CRS")).contains(QStringLiteral("aea")));
    EXPECT_TRUE(reader.text(QStringLiteral("Extent")).contains(u','));
    EXPECT_TRUE(reader.text(QStringLiteral("Source")).contains(QStringLiteral("Natural Earth")));
}

TEST(MapExporter, ColourChangesAcrossABoundaryDate)
{
    const MapExporter exporter(test::shippedRenderer());
    auto kazakhstanPixel = [&](const char *date) {
        const ExportSettings s = baseSettings(date);
        const QImage image = exporter.renderImage(s);
        const QPointF p = exporter.pagePixel(s, test::shippedGeo()->project({67.0, 48.5}));
        return image.pixel(p.toPoint()) & 0xffffff;
    };
    EXPECT_NE(kazakhstanPixel("2025-11-05"), kazakhstanPixel("2025-11-06"));
    EXPECT_EQ(kazakhstanPixel("2025-11-06"), kazakhstanPixel("2025-11-07"));
}

TEST(MapExporter, FourKIsTheHdLayoutAtDoubleResolution)
{
    const MapExporter exporter(test::shippedRenderer());
    ExportSettings hd = baseSettings("2026-01-22");
    ExportSettings uhd = hd;
    uhd.size = QSize(3840, 2160);
    EXPECT_DOUBLE_EQ(uhd.layoutScale(), 2.0);
    EXPECT_EQ(exporter.mapSettings(hd).viewport, exporter.mapSettings(uhd).viewport);
    const QImage small = exporter.renderImage(hd);
    const QImage large = exporter.renderImage(uhd);
    ASSERT_EQ(large.size(), QSize(3840, 2160));
    // Downscaled, the 4K image matches the HD one closely.
    const QImage down = large.scaled(small.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    int close = 0, total = 0;
    for (int y = 0; y < small.height(); y += 7)
        for (int x = 0; x < small.width(); x += 7, ++total) {
            const QRgb a = small.pixel(x, y), b = down.pixel(x, y);
            if (std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b)) < 60)
                ++close;
        }
    EXPECT_GT(close, total * 0.93);
}

TEST(MapExporter, LegendIsDrawnAndOnlyWhenAsked)
{
    const MapExporter exporter(test::shippedRenderer());
    ExportSettings s = baseSettings("2026-02-20");
    const QImage with = exporter.renderImage(s);
    s.legend = false;
    const QImage without = exporter.renderImage(s);
    // The legend sits in its column right of the map: the two images
    // differ there.
    s.legend = true;
    const QRect legend = exporter.layout(s).legend.toAlignedRect();
    ASSERT_FALSE(legend.isEmpty());
    EXPECT_GT(legend.left(), 1400);
    int differ = 0;
    for (int y = legend.top(); y < legend.bottom(); y += 3)
        for (int x = legend.left(); x < legend.right(); x += 3)
            if (with.pixel(x, y) != without.pixel(x, y))
                ++differ;
    EXPECT_GT(differ, 1000);
}

TEST(MapExporter, VectorFormatsAreWritten)
{
    QTemporaryDir dir;
    const MapExporter exporter(test::shippedRenderer());
    ExportSettings s = baseSettings("2026-02-20");
    for (const char *name : {"map.pdf", "map.svg"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        ASSERT_FALSE(exporter.write(path, s)) << name;
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(64);
        EXPECT_TRUE(head.startsWith("%PDF") || head.contains("<?xml")) << name;
        EXPECT_GT(f.size(), 20000) << name;
    }
}

TEST(MapExporter, BadSettingsAreRefused)
{
    const MapRenderer &r = *test::shippedRenderer();
    ExportSettings s = baseSettings("2026-02-20");
    s.size = QSize(0, 100);
    EXPECT_TRUE(s.validate(r));
    s.size = QSize(100000, 100000);
    EXPECT_TRUE(s.validate(r));
    s = baseSettings("2026-02-20");
    s.extent = std::array<double, 4>{60, 30, 40, 50};
    EXPECT_TRUE(s.validate(r)->message.contains(QStringLiteral("west")));
    s = baseSettings("2026-02-20");
    s.layers.insert(QStringLiteral("volcanoes"));
    EXPECT_TRUE(s.validate(r)->message.contains(QStringLiteral("volcanoes")));
    EXPECT_FALSE(baseSettings("2026-02-20").validate(r));
}

TEST(MapExporter, AMissingFolderIsNamedAndNothingIsWritten)
{
    // Injected write and rename failures are in output_set_test.cpp.
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/map.png"));
    const std::optional<Error> problem = MapExporter(test::shippedRenderer()).write(missing, baseSettings("2026-02-20"));
    ASSERT_TRUE(problem);
    EXPECT_TRUE(problem->toString().contains(missing));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty());
}

TEST(FrameSequence, OneFramePerEventAndAMatchingIndex)
{
    QTemporaryDir dir;
    const MapExporter exporter(test::shippedRenderer());
    ExportSettings s = baseSettings("2026-01-01");
    s.size = QSize(640, 360);
    const Result<int> written = FrameSequence(exporter).write(dir.path(), s);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    const auto &events = test::shippedAtlas()->timeline.events();
    EXPECT_EQ(written.value(), int(events.size()));
    QFile index(dir.filePath(QStringLiteral("index.csv")));
    ASSERT_TRUE(index.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(index.readAll()).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), int(events.size()) + 1);
    EXPECT_EQ(lines.first(), QStringLiteral("frame,date,event,caption"));
    for (size_t i = 0; i < events.size(); ++i) {
        const QString frame = FrameSequence::frameName(events[i]);
        EXPECT_TRUE(lines[int(i) + 1].startsWith(frame + u',' + events[i].date.toIsoString() + u',' + events[i].id));
        EXPECT_TRUE(QFile::exists(dir.filePath(frame))) << frame.toStdString();
    }
}
