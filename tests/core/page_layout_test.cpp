// SPDX-License-Identifier: GPL-3.0-or-later
// The export page: nothing printed over data, no text clipped, a stable
// legend, and the look guarded by control images.
#include "export/map_exporter.h"
#include "render/legend.h"
#include "render/palette.h"
#include "render/symbols.h"
#include "support/control_image.h"
#include "support/test_data.h"
#include "support/test_paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace crossroads;
using test::day;

namespace {

struct PageCase
{
    const char *name;
    QSize size;
    std::optional<int> dpi;
};

const PageCase kPages[] = {
    {"hd", {1920, 1080}, {}},
    {"uhd", {3840, 2160}, {}},
    {"a4_portrait_300dpi", {2480, 3508}, 300},
    {"small", {800, 600}, {}},
    {"a3_landscape_300dpi", {4961, 3508}, 300},
    {"hd_at_300dpi", {1920, 1080}, 300},
};

ExportSettings pageSettings(const PageCase &c, const char *date = "2026-02-20")
{
    ExportSettings s;
    s.date = day(date);
    s.size = c.size;
    s.dpi = c.dpi;
    s.layers = test::shippedRenderer()->defaultLayers();
    return s;
}

// Every rectangle the page prints outside the map's own marks.
std::vector<QRectF> printedRects(const PageLayout &page)
{
    std::vector<QRectF> rects{page.scaleBar};
    if (!page.legend.isEmpty())
        rects.push_back(page.legend);
    for (const PageText &t : page.texts)
        rects.push_back(t.rect);
    return rects;
}

} // namespace

// Mutation tried: the map frame not narrowed for the legend column (the
// legend over the map's right side, as the old export put it over the
// data) -> fails: data-carrying pixels under the legend.
TEST(PageLayout, NothingIsPrintedOverACountryThatCarriesData)
{
    const MapExporter exporter(test::shippedRenderer());
    const Atlas &atlas = *test::shippedAtlas();
    for (const PageCase &c : kPages) {
        const ExportSettings s = pageSettings(c);
        const PageLayout page = exporter.layout(s);
        RenderCache cache;
        exporter.renderImage(s, &cache);
        ASSERT_FALSE(cache.runs.isNull()) << c.name;
        const MapSettings map = exporter.mapSettings(s);
        std::vector<bool> carries(atlas.countries.size(), false);
        for (int i : markedCountries(atlas, map, s.date))
            carries[size_t(i)] = true;
        const double k = s.layoutScale();
        for (const QRectF &rect : printedRects(page)) {
            // The rect in the id buffer's pixels (the map frame's own).
            const QRect ids = QRectF((rect.topLeft() - page.map.topLeft()) * k, rect.size() * k).toAlignedRect().intersected(QRect(QPoint(0, 0), cache.deviceSize()));
            int covered = 0;
            for (int y = ids.top(); y <= ids.bottom(); ++y)
                for (int x = ids.left(); x <= ids.right(); ++x) {
                    const uint id = cache.runs.idAt(QPoint(x, y));
                    if (id > 0 && carries[id - 1])
                        ++covered;
                }
            EXPECT_EQ(covered, 0) << c.name << ": a printed box covers data at " << rect.x() << "," << rect.y();
        }
    }
}

// Mutation tried: the map frame not narrowed for the legend column -> fails
// (boxes over the map). Also guards against fitText neither shrinking nor
// wrapping: the A4 title would run off the page.
TEST(PageLayout, NoTextIsClippedAndNothingOverlaps)
{
    const MapExporter exporter(test::shippedRenderer());
    for (const PageCase &c : kPages) {
        ExportSettings s = pageSettings(c);
        s.title = QStringLiteral("Abraham Accords, Board of Peace and the International Stabilization Force (Gaza): "
                                 "who stood where on the day the Board of Peace charter was signed");
        s.caption = QStringLiteral("A long caption about the Davos signing, the corridors through the South Caucasus and "
                                   "what the record says about each of them, long enough to wrap on a small page");
        const PageLayout page = exporter.layout(s);
        const QRectF paper(QPointF(0, 0), page.page);
        QStringList words;
        for (const PageText &t : page.texts) {
            const QFontMetricsF fm(t.font);
            EXPECT_GE(t.font.pixelSize(), 6) << c.name;
            double y = t.rect.top() + fm.ascent();
            for (const QString &line : t.lines) {
                const double x = t.alignRight ? t.rect.right() - fm.horizontalAdvance(line) : t.rect.left();
                const QRectF ink = fm.tightBoundingRect(line).translated(x, y);
                EXPECT_TRUE(paper.contains(ink)) << c.name << ": '" << line.toStdString() << "' leaves the page";
                EXPECT_TRUE(t.frame.adjusted(-1, -1, 1, 1).contains(ink)) << c.name << ": '" << line.toStdString() << "' leaves its frame";
                EXPECT_FALSE(ink.intersects(page.map)) << c.name << ": '" << line.toStdString() << "' over the map";
                EXPECT_FALSE(line.contains(QChar(0x2026))) << "elided: " << line.toStdString();
                words << line.split(u' ', Qt::SkipEmptyParts);
                y += fm.lineSpacing();
            }
        }
        // Every word of the title reaches the page.
        for (const QString &word : s.title.split(u' '))
            EXPECT_TRUE(words.contains(word)) << c.name << ": title lost '" << word.toStdString() << "'";
        const std::vector<QRectF> rects = printedRects(page);
        for (size_t a = 0; a < rects.size(); ++a) {
            EXPECT_TRUE(paper.contains(rects[a])) << c.name;
            EXPECT_FALSE(rects[a].intersects(page.map)) << c.name;
            for (size_t b = a + 1; b < rects.size(); ++b)
                EXPECT_FALSE(rects[a].intersects(rects[b])) << c.name << ": boxes " << a << " and " << b << " overlap";
        }
        // The map keeps at least a third of every page, the 1080p page at
        // 300 dpi (text three times its screen size) included: there the
        // legend goes under the map rather than beside it. Mutation tried:
        // the legend always a column on landscape pages -> that page's map
        // falls to an eighth and this fails.
        const double share = 1.0 / 3.0;
        EXPECT_GT(page.map.width() * page.map.height(), share * page.page.width() * page.page.height()) << c.name;
    }
}

// Mutation tried: no "also" notes -> fails.
TEST(PageLayout, MembersOutsideTheFrameAreListed)
{
    const MapExporter exporter(test::shippedRenderer());
    const PageLayout page = exporter.layout(pageSettings(kPages[0]));
    for (const char *name : {"United States", "Indonesia", "Morocco", "Argentina", "Paraguay"})
        EXPECT_TRUE(page.outside.contains(QString::fromUtf8(name))) << name;
    EXPECT_FALSE(page.outside.contains(QStringLiteral("Kazakhstan")));
    QString notes;
    for (const LegendItem &item : page.legendRows)
        if (item.symbol == LegendItem::Symbol::Note)
            notes += item.label + u' ';
    EXPECT_TRUE(notes.contains(QStringLiteral("Indonesia"))) << notes.toStdString();
}

// Guards against FrameSequence without legendSpan: the first and last
// frames' legends would differ.
TEST(PageLayout, FramesOfARunShareOneLegend)
{
    const MapExporter exporter(test::shippedRenderer());
    const auto &events = test::shippedAtlas()->timeline.events();
    ExportSettings s = pageSettings(kPages[0]);
    s.legendSpan = ExportSettings::Span{events.front().date, events.back().date};
    auto rows = [&](const Date &d) {
        ExportSettings f = s;
        f.date = d;
        const PageLayout page = exporter.layout(f);
        QStringList out;
        for (const LegendItem &item : page.legendRows)
            if (item.symbol != LegendItem::Symbol::Corridor)  // a corridor's row names its status on the day
                out << item.section + u'/' + item.label;
        return std::make_pair(out, page.legend);
    };
    const auto first = rows(events.front().date);
    const auto middle = rows(day("2020-09-15"));
    const auto last = rows(events.back().date);
    EXPECT_EQ(first.first, last.first);
    EXPECT_EQ(middle.first, last.first);
    EXPECT_EQ(first.second.size(), last.second.size());
}

TEST(MapExporter, AnUnknownExtensionIsRefusedAndNothingWritten)
{
    QTemporaryDir dir;
    const QString jpg = dir.filePath(QStringLiteral("map.jpg"));
    const std::optional<Error> problem = MapExporter(test::shippedRenderer()).write(jpg, pageSettings(kPages[3]));
    ASSERT_TRUE(problem);
    EXPECT_TRUE(problem->message.contains(QStringLiteral(".png")));
    EXPECT_FALSE(QFile::exists(jpg));
}

// Guards against writeVector writing Qt's PDF without GDAL: gdalinfo
// reports no coordinate system.
TEST(MapExporter, PdfIsAGeoPdfAndSvgKeepsTextBordersAndHatching)
{
    QTemporaryDir dir;
    const MapExporter exporter(test::shippedRenderer());
    const ExportSettings s = pageSettings(kPages[0]);
    const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
    ASSERT_FALSE(exporter.write(pdf, s));
    QProcess info;
    info.start(QStringLiteral("gdalinfo"), {pdf});
    info.waitForFinished(60000);
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("Albers"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Origin = "))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("NEATLINE"))) << text.toStdString();

    const QString svgPath = dir.filePath(QStringLiteral("map.svg"));
    ASSERT_FALSE(exporter.write(svgPath, s));
    QFile svgFile(svgPath);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(svgFile.readAll());
    // Names are text, not outlines. Guards against drawHaloText filling
    // the outline path again -> no <text> with Kazakhstan.
    EXPECT_TRUE(svg.contains(QStringLiteral(">Kazakhstan</text>")));
    // Hatching is drawn as lines in the Board of Peace colour, not a
    // pattern fill. Guards against the old Qt::BDiagPattern brush.
    EXPECT_GT(svg.count(QStringLiteral("stroke=\"#e69f00\"")), 10);
    // Borders are not cosmetic pens under the metres transform (a stroke
    // 1e-4 wide in rsvg and browsers). Guards against setCosmetic(true).
    EXPECT_FALSE(svg.contains(QStringLiteral("stroke=\"#7d7a73\" stroke-opacity=\"1\" stroke-width=\"0.9\" stroke-linecap=\"square\" "
                                             "stroke-linejoin=\"bevel\" transform=\"matrix(0.0")));
    EXPECT_TRUE(svg.contains(QStringLiteral("stroke=\"#7d7a73\"")));
}

// Mutation tried: hatch lines at period * 2 -> fails (the count halves).
TEST(Symbols, VectorHatchingHasTheRasterSpacingAndStaysInside)
{
    const QPolygonF square(QRectF(0, 0, 100, 100));
    const std::vector<QLineF> lines = symbols::hatchSegments({square}, 10.0);
    // x + y = 10, 20, ... 190 inside the square.
    EXPECT_EQ(lines.size(), 19u);
    for (const QLineF &l : lines) {
        EXPECT_NEAR(std::fmod(l.p1().x() + l.p1().y(), 10.0), 0.0, 1e-6);
        EXPECT_TRUE(QRectF(-1e-6, -1e-6, 100 + 2e-6, 100 + 2e-6).contains(l.p1()));
        EXPECT_TRUE(QRectF(-1e-6, -1e-6, 100 + 2e-6, 100 + 2e-6).contains(l.p2()));
    }
    // A hole is left out (even-odd, as the fill).
    const QPolygonF hole(QRectF(40, 40, 20, 20));
    double inside = 0, withHole = 0;
    for (const QLineF &l : lines)
        inside += l.length();
    for (const QLineF &l : symbols::hatchSegments({square, hole}, 10.0))
        withHole += l.length();
    EXPECT_NEAR(inside - withHole, 20 * 20 * std::sqrt(2.0) / 10.0 * 1.0, 20 * std::sqrt(2.0));
    // Weaker standings are sparser.
    EXPECT_LT(Style::hatch(Standing::Member).period, Style::hatch(Standing::Prospective).period);
}


// Mutation tried: the legend column on the left of the map -> the hd
// control check fails with thousands of pixels off.
TEST(ControlImages, ExportPagesLookAsReviewed)
{
    const MapExporter exporter(test::shippedRenderer());
    for (const PageCase &c : {kPages[0], kPages[1], kPages[2]}) {
        SCOPED_TRACE(c.name);
        test::expectMatchesControl(exporter.renderImage(pageSettings(c)), QStringLiteral("export_%1").arg(QString::fromLatin1(c.name)));
    }
}
