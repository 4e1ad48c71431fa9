// SPDX-License-Identifier: GPL-3.0-or-later
// The window's legend panel lists what the export legend lists: territory
// marks and overlaps of fill and hatching included.
#include "gui_fixture.h"

#include "render/legend.h"
#include "ui/legend_panel.h"
#include "ui/timeline_bar.h"

using namespace crossroads;
using test::day;

class LegendPanelRowsTest : public test::GuiTest
{
};

// Mutation tried: the panel without its rows of no layer (as before) ->
// the territory rows are missing.
TEST_F(LegendPanelRowsTest, ThePanelShowsEveryRowOfTheExportLegend)
{
    auto w = openWindow();
    for (const char *iso : {"2020-01-01", "2026-02-19"}) {
        SCOPED_TRACE(iso);
        w->timelineBar()->setDate(day(iso));
        QCoreApplication::processEvents();
        const QStringList rows = w->legendPanel()->rowTexts();
        const std::vector<LegendItem> items =
            legendItems(*test::shippedAtlas(), w->mapView()->settings(), test::shippedRenderer()->style());
        bool territory = false;
        for (const LegendItem &item : items) {
            territory = territory || item.section == QLatin1String("Territory");
            EXPECT_TRUE(rows.contains(QStringLiteral("%1: %2").arg(item.section, item.label))) << item.label.toStdString();
        }
        EXPECT_TRUE(territory) << "the record holds disputed territory on this date";
    }
}
