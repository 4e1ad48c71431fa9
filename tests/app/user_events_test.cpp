// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst's own events: read with GDAL from CSV or GeoJSON, checked with
// file:line messages, drawn apart from the record and listed in the legend.
#include "data/user_events_loader.h"
#include "gui_fixture.h"
#include "render/layers/layers.h"
#include "ui/legend_panel.h"
#include "ui/timeline_bar.h"

#include <QTemporaryDir>

namespace crossroads::test {
namespace {

const QByteArray csv = "date,end,title,certainty,source,lon,lat,place\n"
                       "2024-05-01,,Our field visit,confirmed,team notes,49.87,40.41,\n"
                       "2025-06,2025-07,Talks in Moscow,reported,,,,Moscow\n"
                       "2025-13-01,,Bad date,,,49,40,\n"
                       "2024-01-01,,No position,,,,,\n"
                       "2024-01-01,,Unknown place,,,,,Atlantis\n"
                       "2024-01-01,,,confirmed,,49,40,\n"
                       "2024-01-01,,Bad certainty,maybe,,49,40,\n"
                       "2024-01-01,2023-01-01,Ends before,,,49,40,\n"
                       "2024-01-01,,Bad lon,,,east,40,\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

// Mutation tried: the line number taken as the feature id (every message
// one line too early: "line 3" for the bad date).
TEST(UserEventsLoader, CsvRowsCheckedWithFileAndLine)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("mine.csv"), csv);
    const UserEventsLoader::Report report = UserEventsLoader::load(path, shippedAtlas()->timeline);
    QStringList messages;
    for (const Error &e : report.errors)
        messages << e.toString();
    ASSERT_EQ(messages.size(), 7) << messages.join(u'\n').toStdString();
    EXPECT_TRUE(messages[0].startsWith(path + QStringLiteral(":line 4: date:"))) << messages[0].toStdString();
    EXPECT_EQ(messages[1], path + QStringLiteral(":line 5: needs a position: lon and lat, a point geometry, or a place"));
    EXPECT_EQ(messages[2], path + QStringLiteral(":line 6: unknown place 'Atlantis' (not a place id or name of the record)"));
    EXPECT_EQ(messages[3], path + QStringLiteral(":line 7: a title is required"));
    EXPECT_TRUE(messages[4].startsWith(path + QStringLiteral(":line 8: 'maybe' is not a known certainty"))) << messages[4].toStdString();
    EXPECT_EQ(messages[5], path + QStringLiteral(":line 9: ends (2023-01-01) before it starts (2024-01-01)"));
    EXPECT_EQ(messages[6], path + QStringLiteral(":line 10: lon and lat must both be numbers (degrees)"));
    ASSERT_EQ(report.events.events.size(), 2u);
    EXPECT_EQ(report.events.events[0].title, QStringLiteral("Our field visit"));
    EXPECT_DOUBLE_EQ(report.events.events[0].position.lon, 49.87);
    EXPECT_EQ(report.events.events[1].certainty, Certainty::Reported);
    EXPECT_EQ(report.events.events[1].date.precision(), DatePrecision::Month);
    const Place *moscow = shippedAtlas()->timeline.place(QStringLiteral("moscow"));
    ASSERT_TRUE(moscow);
    EXPECT_DOUBLE_EQ(report.events.events[1].position.lat, moscow->position.lat);
}

TEST(UserEventsLoader, GeoJsonPoints)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("mine.geojson"), R"({"type": "FeatureCollection", "features": [
      {"type": "Feature", "properties": {"date": "2023-03-02", "title": "Site visit", "certainty": "confirmed"},
       "geometry": {"type": "Point", "coordinates": [69.24, 41.3]}},
      {"type": "Feature", "properties": {"date": "2023-03-02"}, "geometry": {"type": "Point", "coordinates": [1, 2]}}]})");
    const UserEventsLoader::Report report = UserEventsLoader::load(path, shippedAtlas()->timeline);
    ASSERT_EQ(report.events.events.size(), 1u);
    EXPECT_DOUBLE_EQ(report.events.events[0].position.lon, 69.24);
    ASSERT_EQ(report.errors.size(), 1u);
    EXPECT_EQ(report.errors[0].toString(), path + QStringLiteral(":feature 1: a title is required"));
}

class UserEventsGui : public GuiTest
{
};

// Pixels of `colour` within 12 px of a place.
int pixelsNear(MapView *map, LonLat where, QRgb colour)
{
    map->repaint();
    const QImage &frame = map->frame();
    const QPoint c = (map->pixelOf(where) * frame.devicePixelRatio()).toPoint();
    int count = 0;
    for (int y = c.y() - 12; y <= c.y() + 12; ++y)
        for (int x = c.x() - 12; x <= c.x() + 12; ++x)
            if (frame.rect().contains(x, y) && (frame.pixel(x, y) & 0xffffff) == colour)
                ++count;
    return count;
}

// Mutation tried: the layer drawing every event whatever the date (the
// marker showed on 30 Apr 2024).
TEST_F(UserEventsGui, DrawnApartOnlyFromTheirDateAndInTheLegend)
{
    auto w = openWindow();
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("mine.csv"), csv);
    w->timelineBar()->setDate(day("2024-05-01"));
    ASSERT_TRUE(w->addEventsFile(path));
    EXPECT_EQ(w->lastProblems().size(), 7);  // the bad rows, shown as for the record
    const LonLat baku{49.87, 40.41};
    const QRgb magenta = layers::userEventColour().rgb() & 0xffffff;
    EXPECT_GT(pixelsNear(w->mapView(), baku, magenta), 20);
    EXPECT_TRUE(w->legendPanel()->rowTexts().contains(QStringLiteral("Your events: added by you, not in the record")))
        << w->legendPanel()->rowTexts().join(u'|').toStdString();

    w->timelineBar()->setDate(day("2024-04-30"));
    QCoreApplication::processEvents();
    EXPECT_EQ(pixelsNear(w->mapView(), baku, magenta), 0);
}

} // namespace
} // namespace crossroads::test
