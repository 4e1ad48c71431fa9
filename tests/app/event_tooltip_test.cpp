// SPDX-License-Identifier: GPL-3.0-or-later
// Hovering an event marker names the event: title, day and certainty, with
// the record's words escaped.
#include "gui_fixture.h"

#include "ui/timeline_bar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace crossroads;
using test::day;

class EventToolTipTest : public test::GuiTest
{
};

// Mutation tried: the title put in the tooltip without toHtmlEscaped() ->
// the "<i>" of the title reaches the tooltip as markup.
TEST_F(EventToolTipTest, AMarkerNamesItsEventEscaped)
{
    const test::DataFolderCopy data;
    QFile file(test::geodata() + QStringLiteral("/timeline/events.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray events = root.value(QStringLiteral("events")).toArray();
    for (int i = 0; i < events.size(); ++i) {
        QJsonObject e = events[i].toObject();
        if (e.value(QStringLiteral("id")).toString() == QLatin1String("2025-06-13-twelve-day-war-begins")) {
            e.insert(QStringLiteral("title"), QStringLiteral("Israel opens the <i>Twelve-Day</i> War & more"));
            events[i] = e;
        }
    }
    root.insert(QStringLiteral("events"), events);
    data.write(QStringLiteral("timeline/events.json"), QJsonDocument(root).toJson());

    auto w = openWindow(data.path());
    MapView *map = w->mapView();
    const LonLat natanz{51.727, 33.725};
    w->timelineBar()->setDate(day("2025-06-13"));
    QCoreApplication::processEvents();
    const QString tip = map->eventToolTipAt(map->pixelOf(natanz));
    EXPECT_TRUE(tip.contains(QStringLiteral("&lt;i&gt;Twelve-Day&lt;/i&gt; War &amp; more"))) << tip.toStdString();
    EXPECT_FALSE(tip.contains(QStringLiteral("<i>")));
    EXPECT_TRUE(tip.contains(QStringLiteral("confirmed"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(day("2025-06-13").toDisplayString())) << tip.toStdString();
    // Away from any marker, and before the event: no tooltip.
    EXPECT_TRUE(map->eventToolTipAt(map->pixelOf(natanz) + QPointF(60, 60)).isEmpty());
    w->timelineBar()->setDate(day("2025-06-12"));
    QCoreApplication::processEvents();
    EXPECT_TRUE(map->eventToolTipAt(map->pixelOf(natanz)).isEmpty());
}
