// SPDX-License-Identifier: GPL-3.0-or-later
// Hovering a disputed or controlled area tells who holds and who claims it;
// clicking it puts the same facts in the briefing panel, for the shown date.
#include "gui_fixture.h"

#include "ui/briefing_panel.h"
#include "ui/timeline_bar.h"

#include <QTextDocument>

using namespace crossroads;
using test::day;

namespace {
const LonLat kStepanakert{46.752, 39.815};
const LonLat kSevastopol{33.52, 44.60};

// The tooltip as users read it (it is escaped HTML).
QString plain(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}
} // namespace

class TerritoryHoverTest : public test::GuiTest
{
protected:
    QString hoverText(MainWindow &w, LonLat where, const char *date)
    {
        w.timelineBar()->setDate(day(date));
        MapView *map = w.mapView();
        // Away first, so that every hover is a fresh move onto the area.
        QTest::mouseMove(map, QPoint(2, 2));
        QTest::mouseMove(map, map->pixelOf(where).toPoint());
        return plain(map->toolTip());
    }
};

// Mutation tried: hoverTerritory() not called from mouseMoveEvent (every
// tooltip empty; the checks for 2000, 2022 and 2015 failed).
TEST_F(TerritoryHoverTest, TooltipNamesWhoControlsAndClaimsOnTheShownDate)
{
    auto w = openWindow();

    const QString in2000 = hoverText(*w, kStepanakert, "2000-06-01");
    EXPECT_TRUE(in2000.contains(QStringLiteral("Nagorno-Karabakh"))) << in2000.toStdString();
    EXPECT_TRUE(in2000.contains(QStringLiteral("Controlled by Nagorno-Karabakh Republic"))) << in2000.toStdString();
    EXPECT_TRUE(in2000.contains(QStringLiteral("claimed by Azerbaijan"))) << in2000.toStdString();
    EXPECT_TRUE(in2000.contains(QStringLiteral("since 12 May 1994"))) << in2000.toStdString();
    EXPECT_TRUE(in2000.contains(QStringLiteral("Bishkek Protocol"))) << in2000.toStdString();
    EXPECT_FALSE(in2000.contains(QStringLiteral("bishkek-protocol-1994")));

    const QString in2022 = hoverText(*w, kStepanakert, "2022-06-01");
    EXPECT_TRUE(in2022.contains(QStringLiteral("since 10 Nov 2020"))) << in2022.toStdString();
    EXPECT_TRUE(in2022.contains(QStringLiteral("Statement by President of the Republic of Azerbaijan"))) << in2022.toStdString();

    // The entity is gone by 2024: nothing to tell.
    EXPECT_TRUE(hoverText(*w, kStepanakert, "2024-06-01").isEmpty());

    const QString crimea = hoverText(*w, kSevastopol, "2015-06-01");
    EXPECT_TRUE(crimea.contains(QStringLiteral("Crimea"))) << crimea.toStdString();
    EXPECT_TRUE(crimea.contains(QStringLiteral("Controlled by Russia"))) << crimea.toStdString();
    EXPECT_TRUE(crimea.contains(QStringLiteral("claimed by Ukraine"))) << crimea.toStdString();
    EXPECT_TRUE(crimea.contains(QStringLiteral("since 18 Mar 2014"))) << crimea.toStdString();
    EXPECT_TRUE(crimea.contains(QStringLiteral("Treaty on the admission of the Republic of Crimea"))) << crimea.toStdString();

    // Before the annexation Sevastopol is plain Ukraine.
    EXPECT_TRUE(hoverText(*w, kSevastopol, "2013-06-01").isEmpty());
}

// Mutation tried: territoryClicked not connected (the panel shows
// Azerbaijan's country briefing, with no "On 1 Jun 2022" heading).
TEST_F(TerritoryHoverTest, ClickingAnAreaBriefsOnItAndFollowsTheDate)
{
    auto w = openWindow();
    w->timelineBar()->setDate(day("2022-06-01"));
    MapView *map = w->mapView();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->pixelOf(kStepanakert).toPoint());
    QString text = w->briefingPanel()->view()->toPlainText();
    EXPECT_TRUE(text.startsWith(QStringLiteral("Nagorno-Karabakh"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("On 1 Jun 2022"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Controlled by Nagorno-Karabakh Republic"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("since 10 Nov 2020"))) << text.toStdString();

    w->timelineBar()->setDate(day("2000-06-01"));
    text = w->briefingPanel()->view()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("since 12 May 1994"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Bishkek Protocol"))) << text.toStdString();

    w->timelineBar()->setDate(day("2024-06-01"));
    text = w->briefingPanel()->view()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("No disputed or controlled territory"))) << text.toStdString();

    // Clicking a plain country goes back to its briefing.
    QTest::mouseClick(map, Qt::LeftButton, {}, map->pixelOf({49.8671, 40.4093}).toPoint());
    EXPECT_EQ(w->briefingPanel()->country(), QStringLiteral("AZE"));
}
