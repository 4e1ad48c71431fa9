// SPDX-License-Identifier: GPL-3.0-or-later
// Names that stay when zooming in, legend rows for every overlap of fill and
// hatching, and event markers that can be identified.
#include "render/layers/layers.h"
#include "render/legend.h"
#include "support/test_data.h"

#include <gtest/gtest.h>

using namespace crossroads;
using test::day;

namespace {

// The label boxes of a render zoomed to `iso3`'s outline at `size`.
std::vector<QRectF> labelsZoomedTo(const QString &iso3, const Date &date, QSize size = {1200, 800})
{
    const auto renderer = test::shippedRenderer();
    const Atlas &atlas = renderer->geo().atlas();
    MapSettings s;
    s.date = date;
    s.layers = renderer->defaultLayers();
    const QRectF bounds = renderer->geo().countries()[size_t(atlas.countryIndex.value(iso3))].bounds;
    s.viewport = Viewport(bounds.center(), 1.0, size);
    s.viewport.fitExtent(bounds);
    RenderCache cache;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    renderer->render(painter, s, &cache);
    return cache.labelRects;
}

bool named(const std::vector<QRectF> &rects, const char *iso3, QSize size = {1200, 800})
{
    const int i = test::shippedAtlas()->countryIndex.value(QString::fromLatin1(iso3), -1);
    return i >= 0 && !rects[size_t(i)].isEmpty() && QRectF(QPointF(0, 0), QSizeF(size)).contains(rects[size_t(i)]);
}

} // namespace

// Mutation tried: anchorInView() giving up when the label point is off
// screen (as before) -> Iran, Türkiye and Russia lose their names.
TEST(LabelPlacer, NeighboursStayNamedWhenZoomedToACountry)
{
    const Date date = day("2026-01-22");
    const auto azerbaijan = labelsZoomedTo(QStringLiteral("AZE"), date);
    for (const char *iso3 : {"AZE", "ARM", "GEO", "IRN", "RUS"})
        EXPECT_TRUE(named(azerbaijan, iso3)) << "zoomed to Azerbaijan: " << iso3;
    const auto armenia = labelsZoomedTo(QStringLiteral("ARM"), date);
    for (const char *iso3 : {"ARM", "AZE", "GEO", "TUR", "IRN"})
        EXPECT_TRUE(named(armenia, iso3)) << "zoomed to Armenia: " << iso3;
}

TEST(LabelPlacer, EveryFocusCountryIsNamedAtEveryZoomWhereItShows)
{
    const auto renderer = test::shippedRenderer();
    const Atlas &atlas = renderer->geo().atlas();
    for (const QString &iso3 : atlas.region.focus) {
        const int i = atlas.countryIndex.value(iso3, -1);
        if (i < 0)
            continue;
        const auto rects = labelsZoomedTo(iso3, day("2026-01-22"));
        EXPECT_FALSE(rects[size_t(i)].isEmpty()) << "zoomed to " << iso3.toStdString();
    }
}

// Mutation tried: no overlap rows -> Kazakhstan's filled and hatched
// swatch has no row.
TEST(Legend, EveryOverlapOfFillAndHatchHasARow)
{
    const auto renderer = test::shippedRenderer();
    const Atlas &atlas = renderer->geo().atlas();
    const Timeline &t = atlas.timeline;
    MapSettings s;
    s.layers = renderer->defaultLayers();
    int fill = -1, hatch = -1;
    for (int g = 0; g < int(t.groups().size()); ++g) {
        if (t.groups()[size_t(g)].channel == GroupChannel::Fill)
            fill = g;
        if (t.groups()[size_t(g)].channel == GroupChannel::Hatch)
            hatch = g;
    }
    ASSERT_GE(fill, 0);
    ASSERT_GE(hatch, 0);
    bool sawOverlap = false;
    for (const char *iso : {"2020-09-15", "2025-11-06", "2026-01-22", "2026-02-19", "2026-06-20"}) {
        s.date = day(iso);
        const std::vector<LegendItem> items = legendItems(atlas, s, renderer->style());
        const WorldState state = t.stateAt(s.date);
        for (int c = 0; c < int(t.countries().size()); ++c) {
            const Standing fs = state.cell(c, fill).standing, hs = state.cell(c, hatch).standing;
            if (fs == Standing::None || hs == Standing::None)
                continue;
            sawOverlap = true;
            EXPECT_TRUE(std::any_of(items.begin(), items.end(), [&](const LegendItem &i) {
                return i.symbol == LegendItem::Symbol::Overlap && i.standing == fs && i.hatchStanding == hs;
            })) << iso << ": " << t.countries()[size_t(c)].toStdString();
        }
        // Rows only for what occurs: every overlap row has a country.
        for (const LegendItem &i : items)
            if (i.symbol == LegendItem::Symbol::Overlap) {
                bool occurs = false;
                for (int c = 0; c < int(t.countries().size()); ++c)
                    occurs = occurs || (state.cell(c, fill).standing == i.standing && state.cell(c, hatch).standing == i.hatchStanding);
                EXPECT_TRUE(occurs) << iso << ": " << i.label.toStdString();
            }
    }
    EXPECT_TRUE(sawOverlap) << "the record has countries in both groups";
    // The swatch shows both: the fill colour and the hatch colour.
    s.date = day("2026-02-19");
    const std::vector<LegendItem> items = legendItems(atlas, s, renderer->style());
    const auto overlap = std::find_if(items.begin(), items.end(), [](const LegendItem &i) { return i.symbol == LegendItem::Symbol::Overlap; });
    ASSERT_NE(overlap, items.end());
    QImage swatch(44, 28, QImage::Format_RGB32);
    swatch.fill(Qt::white);
    QPainter painter(&swatch);
    drawLegendSymbol(painter, QRectF(0, 0, 44, 28), *overlap, renderer->style(), 2.0);
    painter.end();
    const QColor fillColour = QColor::fromRgb(mixRgb(renderer->style().focusLand.rgb(), overlap->colour.rgb(), Style::fillStrength(overlap->standing)));
    int fillPixels = 0, hatchPixels = 0;
    for (int y = 4; y < 24; ++y)
        for (int x = 4; x < 40; ++x) {
            const QColor c = swatch.pixelColor(x, y);
            auto near = [&](const QColor &k) { return std::abs(c.red() - k.red()) + std::abs(c.green() - k.green()) + std::abs(c.blue() - k.blue()) < 24; };
            fillPixels += near(fillColour) ? 1 : 0;
            hatchPixels += near(overlap->hatchColour) ? 1 : 0;
        }
    EXPECT_GT(fillPixels, 20);
    EXPECT_GT(hatchPixels, 20);
}

// Mutation tried: eventAtPixel() ignoring the date -> an event of 2025 is
// found on a map of 2020.
namespace {

// The render cache of the home view at `size`, with text and symbols
// `symbolScale` times their screen size: where the names went, and the
// country under each pixel.
RenderCache homeCache(const Date &date, QSize size, double symbolScale)
{
    const auto renderer = test::shippedRenderer();
    MapSettings s;
    s.date = date;
    s.layers = renderer->defaultLayers();
    s.symbolScale = symbolScale;
    s.viewport = Viewport({}, 1.0, size);
    s.viewport.fitExtent(renderer->geo().homeExtent());
    RenderCache cache;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    renderer->render(painter, s, &cache);
    return cache;
}

// The country and corridor label boxes of the home view (homeCache).
std::pair<std::vector<QRectF>, std::vector<QRectF>> homeLabels(const Date &date, QSize size, double symbolScale)
{
    const RenderCache cache = homeCache(date, size, symbolScale);
    return {cache.labelRects, cache.corridorLabelRects};
}

} // namespace

// A 1920x1080 page at 300 dpi draws names three times their screen size:
// the middle of the Middle Corridor, TRIPP and the 2020 link all sit under
// country names. Mutation tried: the old "below right regardless" when all
// four sides collide — the corridors' labels overlap Uzbekistan, Iran and
// Afghanistan and the first check fails.
TEST(CorridorLabels, NeverLieOverACountrysNameAndAreKeptWhereThereIsRoom)
{
    const auto [countries, corridors] = homeLabels(day("2026-02-20"), {1880, 460}, 300.0 / 96.0);
    for (const QRectF &corridor : corridors)
        for (const QRectF &country : countries)
            EXPECT_FALSE(!country.isEmpty() && corridor.intersects(country));
    EXPECT_FALSE(corridors.empty());  // IMEC finds room further along its line

    // On screen every corridor drawn on the date is labelled, as before.
    const auto [screenCountries, screenCorridors] = homeLabels(day("2026-02-20"), {1600, 900}, 1.0);
    int shown = 0;
    const WorldState state = test::shippedAtlas()->timeline.stateAt(day("2026-02-20"));
    for (const auto &cell : state.corridors)
        shown += cell.status != CorridorStatus::None;
    EXPECT_EQ(int(screenCorridors.size()), shown);
}

// A neighbour's name lies over that neighbour or the sea, never over the
// next country, where it would name the wrong one: on a 300 dpi page the
// name of the DR Congo, moved up from the sliver of it at the view's edge,
// lay over Sudan. Mutation tried: placing neighbours' names without
// readsAsItsOwn — the DR Congo's name is over another country and this
// fails.
TEST(CountryLabels, ANeighboursNameLiesOverItsOwnCountryOrTheSea)
{
    const Atlas &atlas = *test::shippedAtlas();
    for (const auto &[size, scale] : {std::pair{QSize(1880, 460), 300.0 / 96.0}, std::pair{QSize(1600, 900), 1.0}}) {
        const RenderCache cache = homeCache(day("2026-02-20"), size, scale);
        int checked = 0;
        for (size_t i = 0; i < cache.labelRects.size(); ++i) {
            const QRectF &name = cache.labelRects[i];
            if (name.isEmpty() || atlas.region.focus.contains(atlas.countries[i].iso3))
                continue;
            ++checked;
            const int under = int(cache.runs.idAt(name.center().toPoint())) - 1;
            EXPECT_TRUE(under == int(i) || under < 0)
                << atlas.countries[i].name.toStdString() << "'s name lies over " << atlas.countries[size_t(under)].name.toStdString();
        }
        EXPECT_GT(checked, 5);
    }
}

// "Also marked: Argentina, El Salvador, Paraguay," then "United States":
// one sentence, so it is never split across two legend columns. Mutation
// tried: the note's lines wrapped one by one as other rows — the second
// line starts a column of its own, the first column grows to six rows and
// the height check fails.
TEST(Legend, ANotesLinesStayInOneColumnWithTheirHeading)
{
    const auto row = [](const QString &label) {
        return LegendItem{LegendItem::Symbol::Fill, QStringLiteral("Abraham Accords"), label, QColor(0x1f, 0x78, 0xb4)};
    };
    const auto note = [](const QString &label) {
        return LegendItem{LegendItem::Symbol::Note, QStringLiteral("Outside the map"), label, {}};
    };
    const std::vector<LegendItem> section{row(QStringLiteral("member")), row(QStringLiteral("announced")), row(QStringLiteral("prospective"))};
    const double fourRows = measureLegend(section, 1.0, 1e9).height();  // heading and three rows
    std::vector<LegendItem> items = section;
    items.push_back(note(QStringLiteral("Also marked: Argentina, El Salvador, Paraguay,")));
    items.push_back(note(QStringLiteral("  United States")));
    const double pad = 8.0, rowHeight = (fourRows - 2 * pad) / 4;
    // Room for the section, the note's heading and its first line only.
    const QSizeF box = measureLegend(items, 1.0, 2 * pad + 6.5 * rowHeight);
    EXPECT_LE(box.height(), fourRows + 0.5);  // the note moved whole to the second column
    EXPECT_GT(box.width(), measureLegend(section, 1.0, 1e9).width() + 40);
}

TEST(EventMarkers, MajorEventsHavePlacesAndAreFoundUnderThePointer)
{
    const auto renderer = test::shippedRenderer();
    const Atlas &atlas = renderer->geo().atlas();
    const auto &events = atlas.timeline.events();
    for (const char *id : {"2020-09-27-second-karabakh-war-begins", "2023-10-07-hamas-attack-on-israel", "2025-06-13-twelve-day-war-begins"}) {
        const auto e = std::find_if(events.begin(), events.end(), [&](const Event &ev) { return ev.id == QLatin1String(id); });
        ASSERT_NE(e, events.end()) << id;
        EXPECT_FALSE(e->place.isEmpty()) << id;
        const size_t index = size_t(e - events.begin());
        const QPointF at = renderer->geo().eventPoints()[index];
        ASSERT_TRUE(std::isfinite(at.x())) << id;
        MapSettings s;
        s.layers = renderer->defaultLayers();
        s.viewport = Viewport(at, 2000.0, QSize(800, 600));
        s.date = e->date;
        const int found = layers::eventAtPixel(renderer->geo(), s, s.viewport.toPixels(at) + QPointF(2, 1));
        ASSERT_GE(found, 0) << id;
        EXPECT_EQ(events[size_t(found)].place, e->place);
        s.date = day("2020-01-01");  // before any of them: nothing there yet
        EXPECT_LT(layers::eventAtPixel(renderer->geo(), s, s.viewport.toPixels(at)), 0) << id;
        s.date = e->date;
        s.layers.remove(layers::events);
        EXPECT_LT(layers::eventAtPixel(renderer->geo(), s, s.viewport.toPixels(at)), 0) << id;
    }
}
